import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { DataReadError } from './read-error.js';

/**
 * The files a path or glob names, sorted (so a table's rows have one order). A pattern without glob
 * characters is returned as is (its existence is checked when it is read). `**` matches across folders;
 * hidden files and folders are matched only when the pattern names them.
 */
export async function expandPattern(pattern: string): Promise<string[]> {
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return [pattern];
  const base = scan.base === '' ? '.' : scan.base;
  const isMatch = picomatch(scan.glob, { dot: false });
  // Without ** a pattern can only reach as many folders deep as it has segments.
  const maxDepth = scan.glob.includes('**') ? Number.POSITIVE_INFINITY : scan.glob.split('/').length;
  const found: string[] = [];
  const walk = async (folder: string, relative: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (depth === 1) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new DataReadError({ path: pattern }, `cannot list folder '${base}' (${code ?? String(error)})`);
      }
      return;
    }
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (depth < maxDepth) await walk(join(folder, entry.name), path, depth + 1);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isMatch(path)) {
        found.push(base === '.' && scan.prefix === '' ? path : join(base, path));
      }
    }
  };
  await walk(base, '', 1);
  if (found.length === 0) throw new DataReadError({ path: pattern }, 'no files match this pattern');
  return found.sort();
}
