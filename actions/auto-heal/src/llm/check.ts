import type { FileEdit } from '../../../../packages/shared/src/types.js';
import { createPathPolicy, normaliseEditPath } from './allow-list.js';
import type { ReadFile } from './context.js';
import type { LlmOptions } from './options.js';
import type { AnswerEdit } from './schema.js';

/** Checks a proposed file (workflow files by GitHub's parser, YAML and JSON by parsing). */
export type EditValidator = (
  edit: FileEdit,
) => { ok: boolean; errors: string[] } | Promise<{ ok: boolean; errors: string[] }>;

export interface CheckSettings
  extends Pick<LlmOptions, 'allowedPaths' | 'allowCreate' | 'maxFiles' | 'maxFileBytes' | 'maxTotalBytes'> {}

export interface CheckContext {
  settings: CheckSettings;
  readFile: ReadFile;
  /** Files the prompt showed, and whether whole: `replace_file` needs a file seen whole. */
  shownFiles: ReadonlyMap<string, 'complete' | 'excerpt'>;
  validateEdit: EditValidator;
}

export type CheckResult = { ok: true; edits: FileEdit[] } | { ok: false; reasons: string[] };

/**
 * Turns the model's edits into FileEdits, or lists every reason they cannot be applied:
 * each path normalised and allowed, the file existing (or creation allowed), each
 * search text found exactly once, sizes and file count within limits, nothing a no-op,
 * and every resulting file valid. Edits to one path apply in order.
 */
export async function checkEdits(edits: readonly AnswerEdit[], context: CheckContext): Promise<CheckResult> {
  const { settings } = context;
  const allowed = createPathPolicy(settings.allowedPaths);
  const reasons: string[] = [];
  const files = new Map<string, { before: string | null; after: string | null }>();
  /** Paths with a failed edit: their end state means nothing, so it is not judged. */
  const failed = new Set<string>();

  for (const [i, edit] of edits.entries()) {
    const at = `edits[${i}]`;
    const normal = normaliseEditPath(edit.path);
    if (!normal.ok) {
      reasons.push(`${at}: ${normal.reason}`);
      continue;
    }
    const policy = allowed(normal.path);
    if (!policy.ok) {
      reasons.push(`${at}: ${policy.reason}`);
      continue;
    }
    const path = normal.path;
    let file = files.get(path);
    if (!file) {
      const before = await context.readFile(path);
      file = { before, after: before };
      files.set(path, file);
    }
    const reject = (why: string) => {
      reasons.push(`${at}: ${why}`);
      failed.add(path);
    };
    if (file.before?.includes('\u0000')) {
      reject(`"${path}" is a binary file and cannot be edited as text`);
      continue;
    }
    if (edit.kind === 'replace_file') {
      const content = edit.content ?? '';
      if (file.before === null) {
        if (!settings.allowCreate) {
          reject(`"${path}" does not exist at the failing commit, and creating files is not allowed`);
          continue;
        }
      } else if (context.shownFiles.get(path) !== 'complete') {
        reject(
          `replace_file on "${path}" is not allowed because you were not shown the whole file; use search_replace`,
        );
        continue;
      }
      file.after = content;
      continue;
    }
    if (file.after === null) {
      reject(`"${path}" does not exist at the failing commit, so there is nothing to search in`);
      continue;
    }
    const applied = replaceOnce(file.after, edit.search ?? '', edit.replace ?? '');
    if (!applied.ok) {
      reject(`in "${path}", ${applied.reason}`);
      continue;
    }
    file.after = applied.text;
  }

  const result: FileEdit[] = [];
  let totalBytes = 0;
  for (const [path, { before, after }] of files) {
    if (after === null || failed.has(path)) continue;
    if (after === before) {
      reasons.push(`the edits to "${path}" change nothing`);
      continue;
    }
    const bytes = Buffer.byteLength(after, 'utf8');
    totalBytes += bytes;
    if (bytes > settings.maxFileBytes) {
      reasons.push(`"${path}" would be ${bytes} bytes, more than the ${settings.maxFileBytes}-byte limit per file`);
    }
    result.push({ path, before, after });
  }
  if (files.size > settings.maxFiles) {
    reasons.push(`the answer changes ${files.size} files; at most ${settings.maxFiles} are allowed`);
  }
  if (totalBytes > settings.maxTotalBytes) {
    reasons.push(`the changed files total ${totalBytes} bytes, more than the ${settings.maxTotalBytes}-byte limit`);
  }
  if (reasons.length > 0) return { ok: false, reasons };

  for (const edit of result) {
    const verdict = await context.validateEdit(edit);
    if (!verdict.ok) {
      for (const error of verdict.errors) reasons.push(`"${edit.path}" would be invalid: ${error}`);
      if (verdict.errors.length === 0) reasons.push(`"${edit.path}" would be invalid`);
    }
  }
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, edits: result };
}

type Replaced = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Replaces the one occurrence of `search`. Models write LF; when the file uses CRLF and the
 * LF text is not found, the CRLF form of both texts is tried.
 */
export function replaceOnce(text: string, search: string, replace: string): Replaced {
  if (!search) return { ok: false, reason: 'the search text is empty' };
  const found = occurrences(text, search);
  if (found === 1) return { ok: true, text: spliceOnce(text, search, replace) };
  if (found === 0 && text.includes('\r\n') && !search.includes('\r')) {
    const crlfSearch = search.replace(/\n/g, '\r\n');
    if (occurrences(text, crlfSearch) === 1) {
      return { ok: true, text: spliceOnce(text, crlfSearch, replace.replace(/\r?\n/g, '\r\n')) };
    }
  }
  const preview = JSON.stringify(search.length > 80 ? `${search.slice(0, 80)}…` : search);
  return found === 0
    ? { ok: false, reason: `the search text ${preview} was not found; copy it exactly from the file` }
    : {
        ok: false,
        reason: `the search text ${preview} occurs ${found} times; include more surrounding lines so it occurs once`,
      };
}

/** Occurrences, overlapping ones included: `aa` is in `aaa` twice, which is ambiguous. */
function occurrences(text: string, search: string): number {
  let count = 0;
  for (let i = text.indexOf(search); i !== -1; i = text.indexOf(search, i + 1)) count += 1;
  return count;
}

function spliceOnce(text: string, search: string, replace: string): string {
  const i = text.indexOf(search);
  return text.slice(0, i) + replace + text.slice(i + search.length);
}
