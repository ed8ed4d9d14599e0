import type { CliIo } from '../io.js';

export async function drift(_args: string[], io: CliIo): Promise<number> {
  io.stderr('self-heal drift: not implemented yet\n');
  return 2;
}
