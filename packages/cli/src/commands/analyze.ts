import type { CliIo } from '../io.js';

export async function analyze(_args: string[], io: CliIo): Promise<number> {
  io.stderr('self-heal analyze: not implemented yet\n');
  return 2;
}
