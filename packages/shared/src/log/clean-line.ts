/**
 * One raw log line → what a reader sees: without the GitHub Actions timestamp prefix,
 * ANSI escape sequences, byte-order mark and carriage returns. Workflow commands
 * (`##[error]`, `##[warning]`, `##[group]`, …) are split off as the line's level.
 */

export type LineLevel = 'error' | 'warning' | 'notice' | 'group' | 'endgroup' | 'command' | 'debug' | undefined;

export interface CleanLine {
  /** Display text: timestamp and escape codes removed, workflow command kept. */
  text: string;
  /** Text for matching: also without a leading `##[level]`. */
  body: string;
  level: LineLevel;
}

// 2024-05-01T12:00:00.1234567Z (GitHub Actions job logs put this before every line).
const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// CSI (colours, cursor moves), OSC (titles, hyperlinks), charset selection and two-byte escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape codes are what we strip
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[()*+][ -~]|[@-Z\\-_])/g;
const WORKFLOW_COMMAND = /^##\[(error|warning|notice|group|endgroup|command|debug)\]/;

/** Removes the timestamp prefix, escape codes, BOM and carriage returns. */
export function stripLine(raw: string): string {
  let s = raw;
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  if (s.length > 20 && s.charCodeAt(4) === 45 /* - */ && s.charCodeAt(10) === 84 /* T */) s = s.replace(TIMESTAMP, '');
  if (s.includes('\u001b')) s = s.replace(ANSI, '');
  if (s.includes('\r')) {
    // A progress bar rewrites the line with \r: the terminal shows the last non-empty segment.
    const parts = s.split('\r').filter((p) => p.length > 0);
    s = parts.length ? (parts[parts.length - 1] as string) : '';
  }
  return s;
}

export function cleanLine(raw: string): CleanLine {
  const text = stripLine(raw);
  if (text.charCodeAt(0) === 35 /* # */) {
    const m = WORKFLOW_COMMAND.exec(text);
    if (m) return { text, body: text.slice(m[0].length), level: m[1] as LineLevel };
  }
  return { text, body: text, level: undefined };
}
