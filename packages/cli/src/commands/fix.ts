import type { CliIo } from '../io.js';

export async function fix(_args: string[], io: CliIo): Promise<number> {
  io.stderr('self-heal fix: not implemented yet\n');
  return 2;
}
