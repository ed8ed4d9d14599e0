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
  /** [start, end, line index] of each line holding a triggering literal, from the last findTriggerLines. */
  private readonly found: number[] = [];
  private readonly foundSecond: number[] = [];

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
    const newlines = this.findTriggerLines(buf, from, to);
    const found = this.found;
    let k = 0;
    let pos = from;
    let line = 0;
    let widenUntil = widen;
    while (pos < to) {
      let start: number;
      let end: number;
      if (line < widenUntil) {
        // Watching: every line holding any literal counts; walk line by line.
        start = pos;
        end = buf.indexOf(10, pos);
        if (end < 0 || end > to) end = to;
        while (k < found.length && (found[k] as number) < end) k += 3;
        if (!this.holdsLiteral(buf, start, end)) {
          if (end >= to) break;
          pos = end + 1;
          line++;
          continue;
        }
      } else {
        if (k >= found.length) break;
        start = found[k] as number;
        end = found[k + 1] as number;
        line = found[k + 2] as number;
        k += 3;
      }
      const more = onHit(start, end, line);
      if (more > 0 && line + 1 + more > widenUntil) widenUntil = line + 1 + more;
      if (end >= to) break;
      pos = end + 1;
      line++;
    }
    return newlines;
  }

  /**
   * Fills `found` with the lines of `buf[from..to)` holding a triggering literal; returns the
   * number of newlines. The range is cut in two at a line start (no literal spans lines) and
   * both halves are scanned in one loop: each byte's table lookup depends on the previous one,
   * and two independent chains of lookups let the CPU overlap them (about 1.5× the speed of one).
   */
  private findTriggerLines(buf: Uint8Array, from: number, to: number): number {
    const next = this.next;
    const first = this.found;
    const second = this.foundSecond;
    first.length = 0;
    second.length = 0;
    let mid = to - from >= 4096 ? buf.indexOf(10, from + ((to - from) >> 1)) + 1 : to;
    if (mid <= from || mid > to) mid = to;
    let i = from;
    let j = mid;
    let si = 0;
    let sj = 0;
    let lineI = 0;
    let lineJ = 0;
    let startI = from;
    let startJ = mid;
    while (i < mid && j < to) {
      si = next[(si & ~ALL_FLAGS) + (buf[i] as number)] as number;
      sj = next[(sj & ~ALL_FLAGS) + (buf[j] as number)] as number;
      if (((si | sj) & FLAGS) !== 0) {
        if ((si & NEWLINE) !== 0) {
          lineI++;
          startI = i + 1;
        } else if ((si & ACCEPT) !== 0) {
          // The first half ends after a newline, so its lines end before `mid`.
          const end = buf.indexOf(10, i);
          first.push(startI, end, lineI);
          lineI++;
          i = end;
          startI = end + 1;
          si = 0;
        }
        if ((sj & NEWLINE) !== 0) {
          lineJ++;
          startJ = j + 1;
        } else if ((sj & ACCEPT) !== 0) {
          let end = buf.indexOf(10, j);
          if (end < 0 || end > to) end = to;
          second.push(startJ, end, lineJ);
          if (end >= to) {
            // An unterminated last line: the second half is done (j reaches `to` below).
            j = to - 1;
            sj = 0;
          } else {
            lineJ++;
            startJ = end + 1;
            j = end;
            sj = 0;
          }
        }
      }
      i++;
      j++;
    }
    lineI = this.scanRest(buf, i, mid, si, startI, lineI, first);
    lineJ = this.scanRest(buf, j, to, sj, startJ, lineJ, second);
    for (let k = 0; k < second.length; k += 3) {
      first.push(second[k] as number, second[k + 1] as number, (second[k + 2] as number) + lineI);
    }
    return lineI + lineJ;
  }

  /** One chain of findTriggerLines to the end of its half; returns its newline count. */
  private scanRest(
    buf: Uint8Array,
    from: number,
    to: number,
    state: number,
    lineStart: number,
    lines: number,
    out: number[],
  ): number {
    const next = this.next;
    let s = state;
    let start = lineStart;
    let n = lines;
    for (let i = from; i < to; i++) {
      s = next[(s & ~ALL_FLAGS) + (buf[i] as number)] as number;
      if ((s & FLAGS) === 0) continue;
      if ((s & NEWLINE) !== 0) {
        n++;
        start = i + 1;
        continue;
      }
      let end = buf.indexOf(10, i);
      if (end < 0 || end > to) end = to;
      out.push(start, end, n);
      if (end >= to) return n;
      n++;
      i = end;
      start = end + 1;
      s = 0;
    }
    return n;
  }

  /** Whether `buf[start..end)` (one line) holds any literal, triggering or not. */
  private holdsLiteral(buf: Uint8Array, start: number, end: number): boolean {
    const next = this.next;
    let s = 0;
    for (let i = start; i < end; i++) {
      s = next[(s & ~ALL_FLAGS) + (buf[i] as number)] as number;
      if ((s & ANY) !== 0) return true;
    }
    return false;
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
