import type { CleanLine } from './clean-line.js';
import type { CompiledRule } from './rule.js';
import type { Section } from './steps.js';

/**
 * Which lines of a log show a failure: each hit's block (its rule's context, stack traces
 * in full), blocks close together merged with the lines between them, and what directly
 * follows (the tool's summary, the step's failure marker).
 */

/** A rule's match on one kept line, scored. */
export interface Hit {
  rule: CompiledRule;
  n: number;
  groups: Record<string, string>;
  score: number;
  section: Section | undefined;
}

/** Most lines a diagnosis shows. */
export const MAX_LINES = 400;
/** Blocks this close (in lines) are one cluster; the lines between them are shown too. */
const CLUSTER_GAP = 8;
/** Stack frames of Java/JS/C#/Python/Ruby/Go/Rust, shown in full after an error (up to MAX_FRAMES). */
const STACK_FRAME =
  /^(?:\s+at |\s+\.\.\. \d+ (?:more|common frames omitted)|Caused by: |\s*Suppressed: |\s+File "[^"]+", line \d+|\s+from \S+:\d+:in |\s*#\d+ +0x[0-9a-f]+ |\s+\S+\.go:\d+ |\s+\d+: +(?:0x[0-9a-f]+ - )?\S|stack backtrace:)/;
const MAX_FRAMES = 150;

function isBlank(line: CleanLine | undefined): boolean {
  return line === undefined || line.body.trim() === '';
}

/** The hit line and its neighbours that belong to it, by the rule's context. */
function block(hit: Hit, lines: Map<number, CleanLine>, limit: Section | undefined): number[] {
  const r = hit.rule;
  const lo = limit?.start ?? 1;
  const hi = limit?.end ?? Number.MAX_SAFE_INTEGER;
  const out: number[] = [];
  let taken = 0;
  for (let n = hit.n - 1; taken < r.before && n >= lo; n--) {
    const line = lines.get(n);
    if (line === undefined) break;
    if (isBlank(line)) {
      if (r.beforeWhile) continue;
      break;
    }
    if (r.beforeWhile && !r.beforeWhile.test(line.body)) break;
    out.push(n);
    taken++;
  }
  out.reverse();
  out.push(hit.n);
  let blanks = 0;
  let frames = 0;
  taken = 0;
  for (let n = hit.n + 1; taken < r.after && n <= hi; n++) {
    const line = lines.get(n);
    if (line === undefined) break;
    if (isBlank(line)) {
      if (++blanks >= 2) break;
      continue;
    }
    if (line.level === 'group' || line.level === 'endgroup') break;
    if (r.until?.test(line.body)) break;
    const frame = STACK_FRAME.test(line.body);
    if (!frame && !r.while.test(line.body)) break;
    blanks = 0;
    out.push(n);
    // A stack trace belongs to the error above it, however deep it is.
    if (!frame || ++frames > MAX_FRAMES) taken++;
  }
  return out;
}

/**
 * The lines to show: each picked hit's block, blocks close together merged into clusters
 * (with the lines between), the best hit's cluster first, then the others in log order,
 * at most MAX_LINES.
 */
export function selectLines(
  best: Hit,
  picked: readonly Hit[],
  hits: readonly Hit[],
  lines: Map<number, CleanLine>,
): number[] {
  const blocks = picked
    .map((h) => ({ hit: h, ns: block(h, lines, h.section) }))
    .sort((a, b) => (a.ns[0] as number) - (b.ns[0] as number));
  interface Cluster {
    ns: number[];
    score: number;
    last: number;
    hasBest: boolean;
  }
  const clusters: Cluster[] = [];
  for (const { hit, ns } of blocks) {
    const cur = clusters[clusters.length - 1];
    const first = ns[0] as number;
    if (cur && first - cur.last <= CLUSTER_GAP + 1) {
      for (let n = cur.last + 1; n < first; n++) if (!isBlank(lines.get(n))) cur.ns.push(n);
      for (const n of ns) if (n > cur.last) cur.ns.push(n);
      cur.last = Math.max(cur.last, ns[ns.length - 1] as number);
      cur.score = Math.max(cur.score, hit.score);
      cur.hasBest ||= hit === best;
    } else {
      clusters.push({ ns: [...ns], score: hit.score, last: ns[ns.length - 1] as number, hasBest: hit === best });
    }
  }
  // What directly follows the best cluster in its step (the tool's failure summary, the step's
  // failure marker) belongs to it, unless another category's hit says otherwise.
  const main = clusters.find((c) => c.hasBest);
  if (main) {
    const category = best.rule.rule.category;
    const trailing = hits
      .filter(
        (h) =>
          h.section === best.section &&
          h.n > main.last &&
          (h.rule.rule.category === 'unknown' || h.rule.rule.category === category),
      )
      .sort((a, b) => a.n - b.n);
    for (const h of trailing) {
      if (h.n <= main.last) continue;
      if (h.n - main.last > CLUSTER_GAP + 1) break;
      for (let n = main.last + 1; n < h.n; n++) if (!isBlank(lines.get(n))) main.ns.push(n);
      for (const n of block(h, lines, h.section)) if (n > main.last) main.ns.push(n);
      main.last = Math.max(main.last, main.ns[main.ns.length - 1] as number);
    }
  }
  // The best hit's cluster first, then the others in log order (the first failure is often the cause).
  const ordered = [...clusters].sort(
    (a, b) => Number(b === main) - Number(a === main) || (a.ns[0] as number) - (b.ns[0] as number),
  );
  const out = new Set<number>();
  for (const c of ordered) {
    let ns = c.ns;
    const room = MAX_LINES - out.size;
    if (ns.length > room && c === main) {
      // Too long: show the part around the best hit, mostly what follows it.
      const at = Math.max(0, ns.indexOf(best.n));
      const from = Math.max(0, Math.min(at - Math.floor(room / 5), ns.length - room));
      ns = ns.slice(from, from + room);
    }
    for (const n of ns) {
      if (out.size >= MAX_LINES) break;
      out.add(n);
    }
    if (out.size >= MAX_LINES) break;
  }
  return [...out].sort((a, b) => a - b);
}
