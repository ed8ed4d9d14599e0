import { neutraliseMarkers } from './github/markers.js';

/**
 * Markdown for issue, pull request and comment bodies that quote untrusted text (logs, file
 * contents, model answers): it cannot break out of its block, ping anyone, forge our marker,
 * or push the body past GitHub's limits.
 */

/** GitHub refuses a longer issue, pull request or comment body: "body is too long (maximum is 65536 characters)". */
export const GITHUB_BODY_LIMIT = 65_536;
/** GitHub refuses a longer issue or pull request title: "title is too long (maximum is 256 characters)". */
export const GITHUB_TITLE_LIMIT = 256;

// Lengths here are UTF-16 code units (String.length), never fewer than the characters GitHub
// counts, so a body within the limit here is within it there.

const ZERO_WIDTH_SPACE = '\u200b';
const SEPARATOR = '\n\n';

/**
 * A fenced code block whose fence is longer than any backtick run in `text`, so no line of the
 * text can close it. `language` is kept only when it is a plain word.
 */
export function codeBlock(text: string, language = ''): string {
  const content = neutraliseMarkers(text.replace(/\r\n?/g, '\n')).replace(/\n$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
  const info = /^[A-Za-z0-9_+-]{1,30}$/.test(language) ? language : '';
  return `${fence}${info}\n${content}\n${fence}`;
}

/** An inline code span on one line, delimited by more backticks than it contains. */
export function inlineCode(text: string): string {
  const content = neutraliseMarkers(text.replace(/\r\n?|\n/g, ' '));
  const ticks = '`'.repeat(longestBacktickRun(content) + 1);
  // Markdown strips one space from each end when both have one; pad so the text survives.
  const padded = /^[` ]|[` ]$/.test(content) ? ` ${content} ` : content;
  return `${ticks}${padded}${ticks}`;
}

/**
 * Untrusted text for one line of Markdown (a table cell, a sentence): line breaks become spaces,
 * Markdown and HTML characters are escaped, and @mentions and #references are broken with a
 * zero-width space so that log text notifies and links no one.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = neutraliseMarkers(text.replace(/\r\n?|\n/g, ' '));
  const escaped = oneLine
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^([ \t]*)([#=+-])/, '$1\\$2') // a heading, rule or list item at the start of a line
    .replace(/^([ \t]*\d{1,9})([.)])/, '$1\\$2'); // an ordered list item
  return neutraliseMentions(escaped);
}

/** A title for an issue or pull request: one line, at most `limit` characters, pinging no one. */
export function issueTitle(text: string, limit = GITHUB_TITLE_LIMIT): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  const oneLine = neutraliseMentions(text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim());
  return truncate(oneLine, limit, '…');
}

/**
 * A collapsed section. `summary` is untrusted text; `body` must already be Markdown built here
 * (a `codeBlock`, escaped text), because a raw `</details>` in it would close the section.
 */
export function details(summary: string, body: string, options: { open?: boolean } = {}): string {
  return `<details${options.open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>${SEPARATOR}${body}${SEPARATOR}</details>`;
}

/** Lines quoted from a log or file; `fitBody` drops lines from it, never from plain sections. */
export interface Excerpt {
  lines: readonly string[];
  /** The lines that survive trimming: the first, the last, or both ends (default). */
  keep?: 'head' | 'tail' | 'ends';
  /** Turns the kept text (with its "… trimmed N lines …" note) into Markdown; default `codeBlock`. */
  render?: (text: string) => string;
}

/** A plain Markdown section (never trimmed) or an excerpt (trimmable). */
export type BodySection = string | Excerpt;

export interface FitBodyOptions {
  /** Default GITHUB_BODY_LIMIT. */
  limit?: number;
  /** `renderMarker(...)`: appended last, never trimmed. */
  marker?: string;
  /** A longer line of an excerpt is cut, with a note; default 1000. */
  maxLineLength?: number;
}

/**
 * Joins `sections` with blank lines and appends `marker` last, dropping lines from the largest
 * excerpt first until the body fits `limit`. Every section goes through `neutraliseMarkers`, so
 * the appended marker is the only one `readMarker` can read. Throws when the plain sections and
 * the marker alone exceed the limit: shorten them or quote the long text as an excerpt.
 */
export function fitBody(sections: readonly BodySection[], options: FitBodyOptions = {}): string {
  const limit = options.limit ?? GITHUB_BODY_LIMIT;
  const maxLineLength = options.maxLineLength ?? 1000;
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`fitBody: limit must be a positive integer, got ${limit}`);
  if (!Number.isInteger(maxLineLength) || maxLineLength < 1) {
    throw new RangeError(`fitBody: maxLineLength must be a positive integer, got ${maxLineLength}`);
  }
  const marker = options.marker ?? '';

  const excerpts = new Map<number, TrimmableExcerpt>();
  const rendered = sections.map((section, index) => {
    if (typeof section === 'string') return neutraliseMarkers(section);
    const excerpt = new TrimmableExcerpt(section, maxLineLength, limit);
    excerpts.set(index, excerpt);
    return excerpt.render();
  });
  const assemble = (): string =>
    [...rendered.filter((part) => part !== ''), ...(marker ? [marker] : [])].join(SEPARATOR);

  let body = assemble();
  while (body.length > limit) {
    const [index, largest] = largestTrimmable(excerpts, rendered);
    if (!largest) {
      throw new Error(
        `fitBody: the body is ${body.length} characters with every excerpt emptied (marker: ${marker.length}), ` +
          `over the limit of ${limit}: shorten the plain sections or quote long text as an excerpt`,
      );
    }
    const target = (rendered[index] ?? '').length - (body.length - limit);
    rendered[index] = largest.shrinkTo(target);
    body = assemble();
  }
  return body;
}

class TrimmableExcerpt {
  private readonly lines: string[];
  private readonly keep: 'head' | 'tail' | 'ends';
  private readonly renderText: (text: string) => string;
  /** Characters of the first k lines (head) and of the last k lines (tail), newlines included. */
  private readonly headChars: number[] = [0];
  private readonly tailChars: number[] = [0];
  kept: number;

  constructor(excerpt: Excerpt, maxLineLength: number, limit: number) {
    this.lines = excerpt.lines.map((line) => capLine(line, maxLineLength));
    this.keep = excerpt.keep ?? 'ends';
    this.renderText = excerpt.render ?? ((text) => codeBlock(text));
    const n = this.lines.length;
    for (let i = 0; i < n; i++) {
      this.headChars.push((this.headChars[i] ?? 0) + (this.lines[i] ?? '').length + 1);
      this.tailChars.push((this.tailChars[i] ?? 0) + (this.lines[n - 1 - i] ?? '').length + 1);
    }
    // Lines that could never fit are dropped before rendering anything, so a huge log costs
    // one pass, not one render per trimming step.
    this.kept = largestAtMost(n, (k) => this.rawChars(k) <= limit);
  }

  render(kept = this.kept): string {
    const n = this.lines.length;
    const trimmed = n - kept;
    let shown: string[];
    if (trimmed === 0) shown = this.lines;
    else {
      const note = `… trimmed ${trimmed} line${trimmed === 1 ? '' : 's'} …`;
      const [head, tail] = this.split(kept);
      shown = [...this.lines.slice(0, head), note, ...this.lines.slice(n - tail)];
    }
    return neutraliseMarkers(this.renderText(shown.join('\n')));
  }

  /** Keeps the most lines whose rendering is at most `target` characters (fewer than now, at least none). */
  shrinkTo(target: number): string {
    this.kept = largestAtMost(this.kept - 1, (k) => this.render(k).length <= target);
    return this.render();
  }

  private split(kept: number): [head: number, tail: number] {
    if (this.keep === 'head') return [kept, 0];
    if (this.keep === 'tail') return [0, kept];
    return [Math.ceil(kept / 2), Math.floor(kept / 2)];
  }

  private rawChars(kept: number): number {
    const [head, tail] = this.split(kept);
    return (this.headChars[head] ?? 0) + (this.tailChars[tail] ?? 0);
  }
}

/** The excerpt whose rendering is longest among those that still keep a line. */
function largestTrimmable(
  excerpts: Map<number, TrimmableExcerpt>,
  rendered: string[],
): [number, TrimmableExcerpt | null] {
  let best: [number, TrimmableExcerpt | null] = [-1, null];
  let bestLength = -1;
  for (const [index, excerpt] of excerpts) {
    const length = (rendered[index] ?? '').length;
    if (excerpt.kept > 0 && length > bestLength) {
      best = [index, excerpt];
      bestLength = length;
    }
  }
  return best;
}

/** The largest k in [0, max] for which `fits(k)` holds, `fits` being monotone; 0 when none does. */
function largestAtMost(max: number, fits: (k: number) => boolean): number {
  let low = 0;
  let high = Math.max(0, max);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

function capLine(line: string, max: number): string {
  if (line.length <= max) return line;
  const cut = truncate(line, max, '');
  return `${cut} … (${line.length - cut.length} more characters)`;
}

/** At most `limit` code units, ending in `ellipsis` when cut, never splitting a surrogate pair. */
function truncate(text: string, limit: number, ellipsis: string): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - ellipsis.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + ellipsis;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}

/** `@user`, `@org/team`, `#123`, `GH-123`: a zero-width space after the sigil stops the link and the ping. */
function neutraliseMentions(text: string): string {
  return text
    .replace(/(^|[^A-Za-z0-9_`])@(?=[A-Za-z0-9])/g, `$1@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\bGH-(?=\d)/g, `GH-${ZERO_WIDTH_SPACE}`);
}

function escapeHtml(text: string): string {
  const oneLine = text.replace(/\r\n?|\n/g, ' ');
  const escaped = oneLine.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return neutraliseMentions(escaped);
}
