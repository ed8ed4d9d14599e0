import type { Readable } from 'node:stream';
import { UserError } from '../../shared/src/errors.js';

/** Where a command reads and writes, so tests can run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: Readable;
}

export function processIo(): CliIo {
  return {
    // Once stdout failed (see watchOutput), the rest of the output has nowhere to go.
    stdout: (text) => {
      if (!process.stdout.destroyed) process.stdout.write(text);
    },
    stderr: (text) => {
      if (!process.stderr.destroyed) process.stderr.write(text);
    },
    stdin: process.stdin,
  };
}

/**
 * Exit statuses, the same for every command: 0 success, 1 a negative result (no fix found,
 * drift with --fail-on-drift) or an unexpected error (a bug, printed with its stack),
 * 2 bad usage or bad input.
 */
const EXIT_USAGE = 2;

/** Wrong use of a command (an option's value, a missing argument): one line and a pointer to --help, exit 2. */
export class UsageError extends UserError {
  override name = 'UsageError';
}

/** Reports bad usage of `self-heal COMMAND` as one line and where the options are; returns the exit status. */
export function reportUsage(io: CliIo, command: string, message: string): number {
  io.stderr(`self-heal ${command}: ${message}\nRun 'self-heal ${command} --help' for the options.\n`);
  return EXIT_USAGE;
}

/**
 * Reports an error in a command's usage or input and returns the exit status, 2: a UsageError
 * as reportUsage does, a UserError (a missing file, a bad rules file) as its message alone.
 * Anything else is rethrown: a bug, which `run` prints with its stack (exit 1).
 */
export function reportInputError(io: CliIo, command: string, error: unknown): number {
  if (error instanceof UsageError) return reportUsage(io, command, error.message);
  if (error instanceof UserError) {
    io.stderr(`self-heal ${command}: ${error.message}\n`);
    return EXIT_USAGE;
  }
  throw error;
}

/**
 * Handles failed writes to the process's output, which would otherwise end it with an unhandled
 * 'error' event and a stack trace:
 * - EPIPE on stdout: the reader stopped reading (`self-heal analyze big.log | head`). That is the
 *   reader's choice, not a failure of ours: the rest of the output is dropped quietly and the
 *   exit status stays the command's (0 for a diagnosis, 1 for no fix). Not 141, as a shell shows
 *   for a process killed by SIGPIPE: that would fail `set -o pipefail` scripts whose reader
 *   only wanted the first lines, and would hide the command's own answer.
 * - any other stdout error (ENOSPC with `> /dev/full`, EIO): the output is incomplete, so one
 *   line on stderr and exit 1 at once.
 * - stderr errors: there is nowhere left to report them; the exit status still tells.
 */
export function watchOutput(
  stdout: NodeJS.EventEmitter,
  stderr: NodeJS.EventEmitter & { write(text: string): unknown },
  exit: (code: number) => void,
): void {
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    stderr.write(`self-heal: cannot write output: ${error.message}\n`);
    exit(1);
  });
  stderr.on('error', () => {});
}
