import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../../../packages/shared/src/errors.js';

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

/**
 * Writes `path` whole or not at all: the text goes to a temporary file in the same folder (same file
 * system, so the rename is atomic), which then replaces `path`. A reader never sees half a report, and a
 * failure leaves the previous file as it was. `what` names the file in the error ("the report"); the files in
 * `keep` (the data the report was computed from) are never replaced.
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  what: string,
  keep: readonly string[] = [],
): Promise<void> {
  if (keep.some((file) => samePath(file, path))) {
    throw new UserError(`Refusing to write ${what} to ${path}: that is one of the data files it was computed from.`);
  }
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(
      `Cannot write ${what} to ${path} (${reason}): check that the path is a writable file location.`,
    );
  }
}
