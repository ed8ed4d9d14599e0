import { Buffer } from 'node:buffer';

/** Flags in the low bits of a table entry: a triggering literal ended, a newline, any literal ended. */
const ACCEPT = 1;
const NEWLINE = 2;
const ANY = 4;
const FLAGS = ACCEPT | NEWLINE;
const ALL_FLAGS = ACCEPT | NEWLINE | ANY;

/**
 * An Aho–Corasick automaton over bytes that finds, in one pass, the lines containing any of
 * a set of literals (ASCII case-insensitive). It is the scanner's prefilter: one table lookup
 * per byte, whatever the number of literals, where a regular-expression alternation of a
 * few hundred literals cannot skip ahead and slows down with every literal added.
 */
export class LiteralAutomaton {
  /** next[state * 256 + byte] = following state * 256, plus the ACCEPT / NEWLINE flags. */
  private readonly next: Uint32Array;
  /** Literal ids ending at each state (its own and those reached by failure links), as CSR arrays. */
  private readonly outputStart: Int32Array;
  private readonly outputIds: Int32Array;
  readonly states: number;

  /** `triggers[i]` false: literal i is reported by literalsIn but does not make scanLines stop. */
  constructor(literals: readonly string[], triggers?: readonly boolean[]) {
    const gotos: Array<Map<number, number>> = [new Map()];
    const out: boolean[] = [false];
    const trigger: boolean[] = [false];
    const ends: number[][] = [[]];
    for (const [id, literal] of literals.entries()) {
      const bytes = Buffer.from(literal.toLowerCase(), 'utf8');
      if (bytes.length === 0) continue;
      let s = 0;
      for (const b of bytes) {
        const map = gotos[s] as Map<number, number>;
        let n = map.get(b);
        if (n === undefined) {
          n = gotos.length;
          gotos.push(new Map());
          out.push(false);
          trigger.push(false);
          ends.push([]);
          map.set(b, n);
        }
        s = n;
      }
      out[s] = true;
      if (triggers?.[id] ?? true) trigger[s] = true;
      (ends[s] as number[]).push(id);
    }
    const states = gotos.length;
    const delta = new Uint32Array(states * 256);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let b = 0; b < 256; b++) {
      const n = (gotos[0] as Map<number, number>).get(b);
      delta[b] = n ?? 0;
      if (n !== undefined) queue.push(n);
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head] as number;
      const f = fail[s] as number;
      if (out[f]) out[s] = true;
      if (trigger[f]) trigger[s] = true;
      // BFS order: the failure state's outputs and row are complete before this state's.
      for (const id of ends[f] as number[]) (ends[s] as number[]).push(id);
      delta.copyWithin(s * 256, f * 256, f * 256 + 256);
      for (const [b, n] of gotos[s] as Map<number, number>) {
        fail[n] = delta[f * 256 + b] as number;
        delta[s * 256 + b] = n;
        queue.push(n);
      }
    }
    // Fold ASCII case into the table and pre-multiply the targets by 256; the low bits of an
    // entry say what happened, so the hot loop tests one value per byte: ACCEPT when a literal
    // ends there, NEWLINE on '\n' (which also returns to the start: no match spans lines).
    const next = new Uint32Array(states * 256);
    for (let s = 0; s < states; s++) {
      for (let b = 0; b < 256; b++) {
        const folded = b >= 65 && b <= 90 ? b + 32 : b;
        const target = delta[s * 256 + folded] as number;
        next[s * 256 + b] = target * 256 + (trigger[target] ? ACCEPT : 0) + (out[target] ? ANY : 0);
      }
      next[s * 256 + 10] = NEWLINE;
    }
    this.next = next;
    this.outputStart = new Int32Array(states + 1);
    let total = 0;
    for (let s = 0; s < states; s++) {
      this.outputStart[s] = total;
      total += (ends[s] as number[]).length;
    }
    this.outputStart[states] = total;
    this.outputIds = new Int32Array(total);
    for (let s = 0, k = 0; s < states; s++) for (const id of ends[s] as number[]) this.outputIds[k++] = id;
    this.states = states;
  }

  /**
   * Scans `buf[from..to)` (whole lines) and calls `onHit(lineStart, lineEnd, lineIndex)` for
   * each line holding a triggering literal, where lineIndex counts newlines from `from`.
   * When onHit returns k > 0, lines holding any literal are reported for the next k lines
   * (and `widen` lines at the start of the range). Returns the number of newlines seen.
   */
  scanLines(
    buf: Uint8Array,
    from: number,
    to: number,
    onHit: (start: number, end: number, index: number) => number,
    widen = 0,
  ): number {
    const next = this.next;
    let state = 0;
    let lines = 0;
    let lineStart = from;
    let mask = widen > 0 ? FLAGS | ANY : FLAGS;
    let widenUntil = widen;
    for (let i = from; i < to; i++) {
      state = next[(state & ~ALL_FLAGS) + (buf[i] as number)] as number;
      if ((state & mask) === 0) continue;
      if ((state & NEWLINE) !== 0) {
        lines++;
        lineStart = i + 1;
        if (lines >= widenUntil) mask = FLAGS;
        continue;
      }
      let end = buf.indexOf(10, i);
      if (end < 0 || end > to) end = to;
      const more = onHit(lineStart, end, lines);
      if (more > 0 && lines + 1 + more > widenUntil) {
        widenUntil = lines + 1 + more;
        mask = FLAGS | ANY;
      }
      if (end >= to) return lines;
      lines++;
      i = end;
      lineStart = end + 1;
      state = 0;
      if (lines >= widenUntil) mask = FLAGS;
    }
    return lines;
  }

  /** Ids (indexes into the constructor's list) of the literals `text` contains, each once. */
  literalsIn(text: string): number[] {
    const found: number[] = [];
    const next = this.next;
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    const bytes = ascii ? undefined : Buffer.from(text, 'utf8');
    const length = bytes ? bytes.length : text.length;
    let state = 0;
    for (let i = 0; i < length; i++) {
      state = next[(state & ~ALL_FLAGS) + (bytes ? (bytes[i] as number) : text.charCodeAt(i))] as number;
      if ((state & ANY) === 0) continue;
      const s = state >>> 8;
      const end = this.outputStart[s + 1] as number;
      for (let k = this.outputStart[s] as number; k < end; k++) {
        const id = this.outputIds[k] as number;
        if (!found.includes(id)) found.push(id);
      }
    }
    return found;
  }
}
