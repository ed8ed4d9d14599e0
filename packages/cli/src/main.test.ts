import { EventEmitter } from 'node:events';
import { watchOutput } from './io.js';

/** Stand-ins for process.stdout and process.stderr, and what was written and exited with. */
function streams() {
  const stdout = new EventEmitter();
  const written: string[] = [];
  const stderr = Object.assign(new EventEmitter(), { write: (text: string) => written.push(text) });
  const exits: number[] = [];
  watchOutput(stdout, stderr, (code) => exits.push(code));
  return { stdout, stderr, written, exits };
}

const writeError = (code: string, message: string) =>
  Object.assign(new Error(`${code}: ${message}, write`), { code, syscall: 'write' });

describe('watchOutput', () => {
  it('drops the output quietly when the reader went away (EPIPE), keeping the exit status', () => {
    const { stdout, written, exits } = streams();
    expect(() => stdout.emit('error', writeError('EPIPE', 'broken pipe'))).not.toThrow();
    expect(written).toEqual([]);
    expect(exits).toEqual([]);
  });

  it('says in one line that the output could not be written, and exits 1, on other errors', () => {
    const { stdout, written, exits } = streams();
    stdout.emit('error', writeError('ENOSPC', 'no space left on device'));
    expect(written).toEqual(['self-heal: cannot write output: ENOSPC: no space left on device, write\n']);
    expect(exits).toEqual([1]);
  });

  it('ignores errors writing stderr, where they cannot be reported', () => {
    const { stderr, written, exits } = streams();
    expect(() => stderr.emit('error', writeError('EPIPE', 'broken pipe'))).not.toThrow();
    expect(written).toEqual([]);
    expect(exits).toEqual([]);
  });
});
