import { errorMessage, UserError } from '../../shared/src/errors.js';
import { PRODUCT, VERSION } from '../../shared/src/version.js';
import type { CliIo } from './io.js';
import { processIo } from './io.js';

/** A subcommand: gets its own arguments, returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

// Loaded on demand so `self-heal --help` does not pay for the statistics or the LLM client.
const COMMANDS: Record<string, CommandEntry> = {
  analyze: {
    summary: 'analyze FILE|ZIP|-   find and classify what failed in a CI log',
    load: async () => (await import('./commands/analyze.js')).analyze,
  },
  fix: {
    summary: 'fix --log FILE --repo DIR   propose a fix for a failure in a local checkout',
    load: async () => (await import('./commands/fix.js')).fix,
  },
  drift: {
    summary: 'drift --reference A --current B   compare two data sets for drift',
    load: async () => (await import('./commands/drift.js')).drift,
  },
};

export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  self-heal ${c.summary}`);
  return [
    `${PRODUCT} ${VERSION}`,
    '',
    'Usage:',
    ...lines,
    '  self-heal --version',
    '  self-heal --help',
    '',
    "Run 'self-heal COMMAND --help' for a command's options.",
  ].join('\n');
}

export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`self-heal: unknown command '${name}'\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await (await entry.load())(rest, io);
  } catch (error) {
    // Commands report bad usage and bad input themselves (exit 2). What gets here went wrong
    // while working: a UserError (e.g. the model endpoint failed) says what to do; anything
    // else is a bug worth its stack.
    io.stderr(
      `self-heal ${name}: ${error instanceof UserError ? error.message : (error as Error)?.stack || errorMessage(error)}\n`,
    );
    return 1;
  }
}
