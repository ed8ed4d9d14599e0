// Test support: temporary data files for the reader tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempFiles {
  dir: string;
  /** Writes `name` in the temporary folder and returns its path. */
  write(name: string, contents: string | Uint8Array | ArrayBuffer): string;
  remove(): void;
}

export function tempFiles(): TempFiles {
  const dir = mkdtempSync(join(tmpdir(), 'drift-read-'));
  return {
    dir,
    write(name, contents) {
      const path = join(dir, name);
      writeFileSync(path, contents instanceof ArrayBuffer ? new Uint8Array(contents) : contents);
      return path;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
