/**
 * Byte-exact text edits. Fixers change files by splicing new text in at offsets found by a parser, so every
 * byte they did not mean to touch (comments, quoting, blank lines, line endings) stays as it was.
 */

/** Replace `source[start, end)` with `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (in any order). Throws when two overlap: that is a bug in the caller. */
export function applySplices(source: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end < s.start || s.end > source.length) {
      throw new Error(`overlapping or out-of-range splice [${s.start}, ${s.end}) in a text of ${source.length} chars`);
    }
    out += source.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + source.slice(at);
}

/** `\r\n` when the text uses it, else `\n`. */
export function eolOf(source: string): string {
  return /\r\n/.test(source) ? '\r\n' : '\n';
}

/** Offset of the first character of the line holding `offset`. */
export function lineStartAt(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the newline ending the line that holds `offset` (source length at the last line). */
export function nextLineStart(source: string, offset: number): number {
  const nl = source.indexOf('\n', offset);
  return nl === -1 ? source.length : nl + 1;
}

/** Column (0-based, in characters) of `offset` within its line. */
export function columnAt(source: string, offset: number): number {
  return offset - lineStartAt(source, offset);
}

/**
 * Text to insert at line start `at`: the lines joined with the file's line ending, ending with one;
 * when `at` is the end of a file whose last line has no newline, one is added first.
 */
export function linesToInsert(source: string, at: number, lines: readonly string[]): string {
  const eol = eolOf(source);
  const body = lines.map((l) => l + eol).join('');
  const needsLeadingEol = at === source.length && source.length > 0 && !source.endsWith('\n');
  return needsLeadingEol ? eol + body : body;
}

/** Lines of a text without their line endings (a final newline does not start another line). */
export function splitLines(source: string): string[] {
  const lines = source.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
