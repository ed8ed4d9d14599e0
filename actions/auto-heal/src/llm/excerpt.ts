import { estimateTokens } from './tokens.js';

export interface Excerpt {
  text: string;
  /** Every line, whole: the text is the input (line endings aside). */
  complete: boolean;
}

/** Lines longer than this are cut: minified files and base64 blobs say nothing useful. */
export const MAX_LINE_CHARS = 2_000;

/**
 * The lines that fit in `budget` tokens: all of them when they fit; otherwise windows
 * growing one line at a time around each focus line (0-based, in the given order), or the
 * first lines when there is no focus. Gaps become `[... lines a-b omitted ...]` markers.
 * Deterministic: the same lines, budget and focus give the same text.
 */
export function excerptLines(lines: readonly string[], budget: number, focus: readonly number[] = []): Excerpt {
  let cut = false;
  const shown = lines.map((line) => {
    if (line.length <= MAX_LINE_CHARS) return line;
    cut = true;
    return `${line.slice(0, MAX_LINE_CHARS)} [... ${line.length - MAX_LINE_CHARS} more characters omitted ...]`;
  });
  const cost = shown.map((line) => estimateTokens(`${line}\n`));
  const total = cost.reduce((a, b) => a + b, 0);
  if (total <= budget) return { text: shown.join('\n'), complete: !cut };

  const points = [...new Set(focus.filter((i) => i >= 0 && i < shown.length))];
  const gapsPossible = points.length + 1;
  let left = budget - gapsPossible * MARKER_TOKENS;
  const keep = new Array<boolean>(shown.length).fill(false);
  const take = (i: number): boolean => {
    if (keep[i]) return true;
    const c = cost[i] ?? 0;
    if (c > left) return false;
    keep[i] = true;
    left -= c;
    return true;
  };
  if (points.length === 0) {
    for (let i = 0; i < shown.length && take(i); i += 1);
  } else {
    grow: for (let radius = 0; radius < shown.length; radius += 1) {
      for (const p of points) {
        for (const i of radius === 0 ? [p] : [p - radius, p + radius]) {
          if (i < 0 || i >= shown.length) continue;
          if (!take(i)) break grow;
        }
      }
    }
  }
  return { text: render(shown, keep), complete: false };
}

const MARKER_TOKENS = estimateTokens('[... lines 100000-100000 omitted ...]\n');

function render(lines: readonly string[], keep: readonly boolean[]): string {
  const out: string[] = [];
  let gapStart = -1;
  const flush = (end: number) => {
    if (gapStart === -1) return;
    out.push(
      gapStart === end
        ? `[... line ${gapStart + 1} omitted ...]`
        : `[... lines ${gapStart + 1}-${end + 1} omitted ...]`,
    );
    gapStart = -1;
  };
  lines.forEach((line, i) => {
    if (keep[i]) {
      flush(i - 1);
      out.push(line);
    } else if (gapStart === -1) gapStart = i;
  });
  flush(lines.length - 1);
  return out.join('\n');
}
