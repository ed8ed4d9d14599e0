import { Buffer } from 'node:buffer';
import type { CleanLine } from './clean-line.js';
import { cleanLine } from './clean-line.js';
import type { LiteralAutomaton } from './literal-automaton.js';
import type { Section } from './steps.js';
import { StepTracker, stepMarker } from './steps.js';

/**
 * Streams a log once, in bounded memory, and keeps what classification needs: the lines
 * the prefilter flags and a rule matches (with their context), the lines before each
 * failure marker, the log's last lines, and the step sections.
 *
 * Bytes are scanned as they are (splitting on '\n' is safe for UTF-8); only lines that
 * may matter are decoded, invalid UTF-8 becoming U+FFFD.
 */

export interface ScanLimits {
  /** A line longer than this many bytes is truncated; the rest up to its newline is skipped. */
  maxLineBytes: number;
  /** Kept lines are cut to this many bytes before decoding. */
  maxKeptBytes: number;
  /** Lines kept before and after a prefilter hit that `contextFor` has no opinion about (0: the hit is dropped). */
  before: number;
  after: number;
  /** Most lines kept before and after any hit, whatever `contextFor` asks. */
  maxBefore: number;
  maxAfter: number;
  /** Lines kept before each failure marker and at the end of the log. */
  tail: number;
  /** At most this many lines, and this many characters in all, are kept; the oldest go first. */
  maxKept: number;
  maxKeptChars: number;
  /** Bytes gathered before scanning, so tiny chunks do not multiply per-block work. */
  minBlockBytes: number;
}

/**
 * How many lines around a hit line to keep (undefined: the defaults, by default not even the
 * line), and for how many following lines to also stop on lines holding generic literals.
 */
export type ContextFor = (line: CleanLine) => { before: number; after: number; watch?: number } | undefined;

export const DEFAULT_LIMITS: ScanLimits = {
  maxLineBytes: 64 * 1024,
  maxKeptBytes: 2048,
  before: 0,
  after: 0,
  maxBefore: 150,
  maxAfter: 300,
  tail: 150,
  maxKept: 60_000,
  maxKeptChars: 24 * 1024 * 1024,
  minBlockBytes: 256 * 1024,
};

export interface ScanResult {
  /** Number of lines in the input. */
  totalLines: number;
  /** Kept lines by 1-based line number. */
  lines: Map<number, CleanLine>;
  sections: Section[];
  /** Lines that were truncated because they exceeded maxLineBytes. */
  truncatedLines: number;
}

const NEWLINE = 10;
const NEWLINE_BYTE = Buffer.from([NEWLINE]);

export class LogScanner {
  private readonly limits: ScanLimits;
  private readonly automaton: LiteralAutomaton;
  private readonly contextFor: ContextFor | undefined;
  private readonly steps = new StepTracker();
  private readonly kept = new Map<number, CleanLine>();
  /** Kept line numbers in insertion order, for evicting the oldest; `head` is the first live entry. */
  private order: number[] = [];
  private head = 0;
  private keptChars = 0;
  /** Lines completed so far; the next line is lineCount + 1. */
  private lineCount = 0;
  private carry: Buffer[] = [];
  private carryBytes = 0;
  private carryTruncated = false;
  private truncatedLines = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The last `tail` lines already scanned, each ending in '\n', for context before a hit (a view of prevStore). */
  private prev: Buffer = Buffer.alloc(0);
  private prevStore: Buffer = Buffer.alloc(0);
  /** Working buffer for the block being scanned. */
  private work: Buffer = Buffer.alloc(0);
  /** Lines at the start of the next block still to keep as after-context. */
  private pendingAfter = 0;
  /** Last line (number) to watch for generic literals, and how many of those are left for the next block. */
  private watchUntil = 0;
  private watchLeft = 0;

  /**
   * `automaton` flags candidate lines; `contextFor` says which of them to keep and with how
   * much context (e.g. a test failure header keeps its whole report).
   */
  constructor(automaton: LiteralAutomaton, limits: Partial<ScanLimits> = {}, contextFor?: ContextFor) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.automaton = automaton;
    this.contextFor = contextFor;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const first = buf.indexOf(NEWLINE);
    if (first < 0) {
      this.addCarry(buf);
      return;
    }
    this.addCarry(buf.subarray(0, first));
    this.pendLine();
    const last = buf.lastIndexOf(NEWLINE);
    if (last > first) this.pend(buf.subarray(first + 1, last + 1));
    this.addCarry(buf.subarray(last + 1));
    if (this.pendingBytes >= this.limits.minBlockBytes) this.flush();
  }

  end(): ScanResult {
    if (this.carryBytes > 0 || this.carryTruncated) this.pendLine();
    this.flush();
    // The end of the log is where a failure usually shows; keep it whatever the prefilter said.
    this.keepBefore(this.prev, this.prev.length, this.lineCount + 1, this.limits.tail, false);
    const sections = this.steps.finish(this.lineCount);
    const lines = new Map([...this.kept.entries()].sort((a, b) => a[0] - b[0]));
    return { totalLines: this.lineCount, lines, sections, truncatedLines: this.truncatedLines };
  }

  private addCarry(bytes: Buffer): void {
    if (bytes.length === 0 || this.carryTruncated) return;
    const room = this.limits.maxLineBytes - this.carryBytes;
    if (bytes.length > room) {
      if (room > 0) this.carry.push(bytes.subarray(0, room));
      this.carryBytes += Math.max(room, 0);
      this.carryTruncated = true;
      return;
    }
    this.carry.push(bytes);
    this.carryBytes += bytes.length;
  }

  /** Moves the completed partial line to the pending block. */
  private pendLine(): void {
    if (this.carryTruncated) this.truncatedLines++;
    this.carry.push(NEWLINE_BYTE);
    const line = Buffer.concat(this.carry);
    this.carry = [];
    this.carryBytes = 0;
    this.carryTruncated = false;
    this.pend(line);
  }

  private pend(bytes: Buffer): void {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    // The previous block's last lines (for context) followed by the new lines, copied into a
    // buffer reused from block to block: allocating one per block lets garbage pile up
    // outside the heap faster than the collector frees it.
    const size = this.prev.length + this.pendingBytes;
    if (this.work.length < size) this.work = Buffer.allocUnsafe(Math.max(size, this.work.length * 2));
    this.prev.copy(this.work, 0);
    let at = this.prev.length;
    for (const part of this.pending) at += part.copy(this.work, at);
    const text = this.work.subarray(0, size);
    const from = this.prev.length;
    this.pending = [];
    this.pendingBytes = 0;
    const firstLine = this.lineCount + 1;
    if (this.pendingAfter > 0) this.pendingAfter = this.keepAfter(text, from, firstLine, this.pendingAfter);
    const newlines = this.automaton.scanLines(
      text,
      from,
      text.length,
      (start, end, index) => this.hit(text, start, end, firstLine + index),
      this.watchLeft,
    );
    this.watchLeft = Math.max(0, this.watchUntil - (this.lineCount + newlines));
    this.lineCount += newlines;
    const tail = lastLinesStart(text, this.limits.tail, 256 * 1024);
    if (this.prevStore.length < text.length - tail) this.prevStore = Buffer.allocUnsafe(text.length - tail);
    const kept = text.copy(this.prevStore, 0, tail);
    this.prev = this.prevStore.subarray(0, kept);
  }

  /** Returns for how many following lines to watch for generic literals too. */
  private hit(text: Buffer, start: number, eol: number, n: number): number {
    const line = this.decode(text, start, eol);
    const marker = stepMarker(line);
    if (marker) {
      this.store(n, line);
      this.steps.mark(n, marker);
      // Failure markers close the output of what failed: keep what came before them.
      if (marker.kind === 'error' || (marker.kind === 'end' && marker.failed)) {
        this.keepBefore(text, start, n, this.limits.tail, false);
      }
    }
    const want = this.contextFor?.(line);
    const before = Math.min(want?.before ?? this.limits.before, this.limits.maxBefore);
    const after = Math.min(want?.after ?? this.limits.after, this.limits.maxAfter);
    if (!want && !marker && before === 0 && after === 0) return 0;
    this.store(n, line);
    if (!marker || marker.kind === 'start') this.keepBefore(text, start, n, before, true);
    const left = this.keepAfter(text, eol + 1, n + 1, after);
    if (left > this.pendingAfter) this.pendingAfter = left;
    const watch = want?.watch ?? 0;
    if (n + watch > this.watchUntil) this.watchUntil = n + watch;
    return watch;
  }

  /**
   * Keeps up to `count` lines before the line starting at `start` (line number n).
   * With `stopAtKept`, stops at a kept line: in a run of hits the earlier ones kept their context.
   */
  private keepBefore(text: Buffer, start: number, n: number, count: number, stopAtKept: boolean): void {
    const found: Array<[number, number, number]> = [];
    let end = start - 1; // the '\n' ending the previous line
    for (let i = 1; i <= count && end >= 0; i++) {
      const s = end > 0 ? text.lastIndexOf(NEWLINE, end - 1) + 1 : 0;
      if (this.kept.has(n - i)) {
        if (stopAtKept) break;
      } else found.push([n - i, s, end]);
      end = s - 1;
    }
    for (let i = found.length - 1; i >= 0; i--) {
      const [ln, s, e] = found[i] as [number, number, number];
      this.store(ln, this.decode(text, s, e));
    }
  }

  /** Keeps up to `count` lines from `start` (line number n); returns how many are left for the next block. */
  private keepAfter(text: Buffer, start: number, n: number, count: number): number {
    let pos = start;
    let i = 0;
    for (; i < count && pos < text.length; i++) {
      const eol = text.indexOf(NEWLINE, pos);
      if (eol < 0) break;
      if (!this.kept.has(n + i)) this.store(n + i, this.decode(text, pos, eol));
      pos = eol + 1;
    }
    return count - i;
  }

  private decode(text: Buffer, start: number, eol: number): CleanLine {
    return cleanLine(text.toString('utf8', start, Math.min(eol, start + this.limits.maxKeptBytes)));
  }

  private store(n: number, line: CleanLine): void {
    if (this.kept.has(n)) return;
    this.kept.set(n, line);
    this.order.push(n);
    this.keptChars += line.text.length;
    while (this.kept.size > this.limits.maxKept || this.keptChars > this.limits.maxKeptChars) {
      const oldest = this.order[this.head++] as number;
      const old = this.kept.get(oldest);
      if (old) {
        this.kept.delete(oldest);
        this.keptChars -= old.text.length;
      }
    }
    if (this.head > 4096 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }
}

/** Where the last `count` lines of text (which ends with '\n') start, at most maxBytes from its end. */
function lastLinesStart(text: Buffer, count: number, maxBytes: number): number {
  let start = text.length;
  let eol = text.length - 1;
  for (let i = 0; i < count; i++) {
    const prevEol = eol > 0 ? text.lastIndexOf(NEWLINE, eol - 1) : -1;
    if (text.length - (prevEol + 1) > maxBytes) break;
    start = prevEol + 1;
    if (prevEol < 0) break;
    eol = prevEol;
  }
  return start;
}
