import type { CleanLine } from './clean-line.js';

/**
 * Where a CI log's steps begin and end, and which ones failed:
 * - GitHub Actions job logs: a step starts at `##[group]Run …` (post steps at `Post job cleanup.`),
 *   and a failed step ends with `##[error]Process completed with exit code N.`;
 * - Travis CI: `travis_time:start:…` before a command, `The command "…" exited with N.` after it;
 * - Jenkins: `Build step '…' marked build as failure`; GitLab: `ERROR: Job failed: …`.
 */

export type StepMarker =
  | { kind: 'start'; title?: string }
  | { kind: 'end'; failed: boolean; exitCode?: number; command?: string }
  | { kind: 'error' };

/** Literals every marker line contains; the scanner's prefilter must let these lines through. */
export const MARKER_LITERALS = [
  '##[',
  'travis_time:start',
  'exited with',
  'post job cleanup',
  'cleaning up orphan processes',
  'marked build as failure',
  'job failed',
];

const ACTIONS_EXIT = /^Process completed with exit code (\d+)/;
const TRAVIS_EXIT = /^The command "([\s\S]*)" exited with (\d+)\.\s*$/;
const TRAVIS_FAILED = /^The command "([\s\S]*)" failed(?: and exited with (\d+))?/;
// The last line of a multi-line Travis command: `fi" exited with 1.`
const TRAVIS_EXIT_TAIL = /" exited with (\d+)\.\s*$/;
const JENKINS_FAILED = /^Build step '(.+)' marked build as failure/;
const GITLAB_FAILED = /^ERROR: Job failed: (.*)/;

export function stepMarker(line: CleanLine): StepMarker | undefined {
  const { body, level } = line;
  if (level === 'group') return body.startsWith('Run ') ? { kind: 'start', title: body } : undefined;
  if (level === 'error') {
    const m = ACTIONS_EXIT.exec(body);
    if (m) {
      const exitCode = Number(m[1]);
      return { kind: 'end', failed: exitCode !== 0, exitCode };
    }
    return { kind: 'error' };
  }
  if (level) return undefined;
  const c = body.charCodeAt(0);
  if (c === 80 /* P */ && body.startsWith('Post job cleanup')) return { kind: 'start', title: 'Post job cleanup' };
  if (c === 67 /* C */ && body.startsWith('Cleaning up orphan processes'))
    return { kind: 'start', title: 'Complete job' };
  if (c === 116 /* t */ && body.startsWith('travis_time:start')) return { kind: 'start' };
  if (c === 84 /* T */) {
    let m = TRAVIS_EXIT.exec(body);
    if (m) {
      const exitCode = Number(m[2]);
      return { kind: 'end', failed: exitCode !== 0, exitCode, command: m[1] as string };
    }
    m = TRAVIS_FAILED.exec(body);
    if (m) {
      const end: StepMarker = { kind: 'end', failed: true, command: m[1] as string };
      if (m[2]) end.exitCode = Number(m[2]);
      return end;
    }
  }
  if (c === 66 /* B */) {
    const m = JENKINS_FAILED.exec(body);
    if (m) return { kind: 'end', failed: true, command: m[1] as string };
  }
  if (c === 69 /* E */) {
    const m = GITLAB_FAILED.exec(body);
    if (m) return { kind: 'end', failed: true, command: m[1] as string };
  }
  const tail = TRAVIS_EXIT_TAIL.exec(body);
  if (tail && !body.includes('The command "')) {
    const exitCode = Number(tail[1]);
    return { kind: 'end', failed: exitCode !== 0, exitCode, command: body.slice(0, tail.index) };
  }
  return undefined;
}

/** A step (or, in logs without markers, the whole log). Line numbers are 1-based, inclusive. */
export interface Section {
  /** 1-based position among the log's sections. */
  index: number;
  start: number;
  end: number;
  /** `Run npm test`, `Post job cleanup`, or the Travis/Jenkins command. */
  title?: string;
  /** The command that failed, when the log names it. */
  command?: string;
  exitCode?: number;
  /** Ended with a failure marker or contains `##[error]`. */
  failed: boolean;
  /** Ended with an explicit success marker (`exited with 0`). */
  succeeded: boolean;
  /** Line of the failure marker. */
  failedAt?: number;
}

/** Builds sections from markers as lines stream by. */
export class StepTracker {
  readonly sections: Section[] = [];
  private current: Section = { index: 1, start: 1, end: 0, failed: false, succeeded: false };

  /** Feeds the marker found on line n (the caller only calls this for marker lines). */
  mark(n: number, marker: StepMarker): void {
    const cur = this.current;
    if (marker.kind === 'error') {
      cur.failed = true;
      cur.failedAt ??= n;
      return;
    }
    if (marker.kind === 'start') {
      this.open(n, marker.title);
      return;
    }
    cur.end = n;
    if (marker.command !== undefined) {
      cur.command = marker.command;
      cur.title ??= marker.command;
    }
    if (marker.exitCode !== undefined) cur.exitCode = marker.exitCode;
    if (marker.failed) {
      cur.failed = true;
      cur.failedAt = n;
    } else if (!cur.failed) cur.succeeded = true;
    this.open(n + 1, undefined);
  }

  private open(start: number, title: string | undefined): void {
    this.current.end = start - 1;
    this.push(this.current);
    const next: Section = { index: 0, start, end: start - 1, failed: false, succeeded: false };
    if (title !== undefined) next.title = title;
    this.current = next;
  }

  /** Empty sections (between an end marker and the next start) are dropped. */
  private push(section: Section): void {
    if (section.end < section.start) return;
    section.index = this.sections.length + 1;
    this.sections.push(section);
  }

  /** Closes the last section at the log's last line. */
  finish(totalLines: number): Section[] {
    this.current.end = totalLines;
    this.push(this.current);
    this.current = { index: 0, start: totalLines + 1, end: totalLines, failed: false, succeeded: false };
    if (this.sections.length === 0) {
      this.sections.push({ index: 1, start: 1, end: Math.max(totalLines, 0), failed: false, succeeded: false });
    }
    return this.sections;
  }
}

/** Normalises a step name for matching: `Run npm test` and `npm test` are the same step. */
function stepKey(name: string): string {
  return name
    .trim()
    .replace(/^Run\s+/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The sections a step name or number selects (empty when none matches). */
export function selectSections(sections: readonly Section[], step?: string, stepNumber?: number): Section[] {
  if (step) {
    const key = stepKey(step);
    const exact = sections.filter((s) => s.title !== undefined && stepKey(s.title) === key);
    if (exact.length) return exact;
    const prefix = sections.filter((s) => s.title !== undefined && key.length >= 3 && stepKey(s.title).startsWith(key));
    if (prefix.length) return prefix;
  }
  if (stepNumber !== undefined) {
    const s = sections.find((x) => x.index === stepNumber);
    if (s) return [s];
  }
  return [];
}
