/**
 * Add a dependency to package.json by splicing one line into the right object, keeping the file's
 * indentation (2 spaces, 4 spaces or tabs), key order, line endings and final newline.
 */
import { isDeepStrictEqual } from 'node:util';
import { applySplices, eolOf, lineStartAt, type Splice } from './text-splice.js';
import type { Located } from './workflow-locate.js';

interface JsonMember {
  key: string;
  keyStart: number;
  valueStart: number;
  valueEnd: number;
}

interface JsonObject {
  start: number;
  end: number;
  members: JsonMember[];
}

/** Positions of an object's members (values are skipped over, not converted). */
function scanObject(text: string, start: number): JsonObject {
  let i = start + 1;
  const members: JsonMember[] = [];
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const string = () => {
    const from = i++;
    while (text[i] !== '"') {
      if (i >= text.length) throw new Error('unterminated string');
      if (text[i] === '\\') i++;
      i++;
    }
    i++;
    return JSON.parse(text.slice(from, i)) as string;
  };
  const value = () => {
    const c = text[i];
    if (c === '"') string();
    else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      while (text[i] !== close) {
        if (i >= text.length) throw new Error('unterminated value');
        if (c === '{') {
          string();
          ws();
          i++; // ':'
          ws();
        }
        value();
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else {
      while (i < text.length && !/[\s,}\]]/.test(text[i] as string)) i++;
    }
  };
  ws();
  while (text[i] !== '}') {
    if (i >= text.length) throw new Error('unterminated object');
    const keyStart = i;
    const key = string();
    ws();
    i++; // ':'
    ws();
    const valueStart = i;
    value();
    members.push({ key, keyStart, valueStart, valueEnd: i });
    ws();
    if (text[i] === ',') i++;
    ws();
  }
  return { start, end: i + 1, members };
}

/** The file's indentation unit, from the first indented line. */
function indentUnit(text: string): string {
  return /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
}

export type DependencySection = 'dependencies' | 'devDependencies';

export function addPackageJsonDependency(
  path: string,
  text: string,
  section: DependencySection,
  name: string,
  spec: string,
): Located<string> {
  // npm reads a file that starts with a byte-order mark; so do we, and the mark stays.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const result = addDependency(path, text.slice(bom.length), section, name, spec);
  return typeof result === 'string' ? bom + result : result;
}

function addDependency(
  path: string,
  text: string,
  section: DependencySection,
  name: string,
  spec: string,
): Located<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { error: `${path} is not an object` };
  const pkg = parsed as Record<string, Record<string, unknown> | undefined>;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    if (pkg[field] && Object.hasOwn(pkg[field], name)) return { error: `${path} already lists ${name} in ${field}` };
  }

  const eol = eolOf(text);
  const unit = indentUnit(text);
  const root = scanObject(text, text.indexOf('{'));
  const entry = `${JSON.stringify(name)}: ${JSON.stringify(spec)}`;
  const member = root.members.find((m) => m.key === section);
  let splice: Splice;
  if (member) {
    if (text[member.valueStart] !== '{') return { error: `${path}: "${section}" is not an object` };
    const object = scanObject(text, member.valueStart);
    const keys = object.members.map((m) => m.key);
    const sorted = keys.every((k, i) => i === 0 || (keys[i - 1] as string) <= k);
    const next = sorted ? object.members.find((m) => m.key > name) : undefined;
    const last = object.members[object.members.length - 1];
    const innerIndent = last ? text.slice(lineStartAt(text, last.keyStart), last.keyStart) : undefined;
    if (innerIndent !== undefined && innerIndent.trim() !== '') {
      return { error: `${path}: "${section}" puts several entries on a line; not editing it` };
    }
    if (next) {
      const at = lineStartAt(text, next.keyStart);
      splice = { start: at, end: at, text: `${innerIndent}${entry},${eol}` };
    } else if (last) {
      splice = { start: last.valueEnd, end: last.valueEnd, text: `,${eol}${innerIndent}${entry}` };
    } else {
      const outer = text.slice(lineStartAt(text, member.keyStart), member.keyStart);
      if (outer.trim() !== '') return { error: `${path} puts several keys on a line; not editing it` };
      splice = { start: object.start, end: object.end, text: `{${eol}${outer}${unit}${entry}${eol}${outer}}` };
    }
  } else {
    // A new section after "dependencies" (or last), at the top level's indentation.
    const after = root.members.find((m) => m.key === 'dependencies') ?? root.members[root.members.length - 1];
    if (!after) return { error: `${path} is an empty object` };
    const outer = text.slice(lineStartAt(text, after.keyStart), after.keyStart);
    if (outer.trim() !== '') return { error: `${path} puts several keys on a line; not editing it` };
    const block = `,${eol}${outer}${JSON.stringify(section)}: {${eol}${outer}${unit}${entry}${eol}${outer}}`;
    splice = { start: after.valueEnd, end: after.valueEnd, text: block };
  }
  const result = applySplices(text, [splice]);
  const want = JSON.parse(text) as typeof pkg;
  want[section] = { ...(want[section] ?? {}), [name]: spec };
  let got: unknown;
  try {
    got = JSON.parse(result);
  } catch {
    got = undefined;
  }
  // Same content, with the new key in the section (key order is checked by the tests, not here).
  if (!isDeepStrictEqual(got, want)) return { error: `the edit of ${path} does not produce the intended change` };
  return result;
}
