import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../../packages/shared/src/errors.js';

/**
 * Writes `path` whole or not at all: the text goes to a temporary file in the same folder (same file
 * system, so the rename is atomic), which then replaces `path`. A reader never sees half a report, and a
 * failure leaves the previous file as it was. `what` names the file in the error ("the report").
 */
export async function writeFileAtomic(path: string, text: string, what: string): Promise<void> {
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
