/**
 * Add a dependency to pyproject.toml: a PEP 621 array (`[project] dependencies`, an extra of
 * `[project.optional-dependencies]`, a PEP 735 `[dependency-groups]` group) or a Poetry table, in the file's
 * own style (quotes, one item per line or inline, trailing commas).
 */
import { scanToml, type TomlArrayItem, type TomlEntry, type TomlTable } from '../validate/toml-scan.js';
import { applySplices, columnAt, eolOf, lineStartAt, type Splice } from './text-splice.js';
import { normalisePythonName } from './untrusted.js';
import type { Located } from './workflow-locate.js';

export type PyprojectTarget =
  | { kind: 'pep621'; group?: { table: 'project.optional-dependencies' | 'dependency-groups'; name: string } }
  | { kind: 'poetry'; table: string };

export interface PyprojectEdit {
  after: string;
  /** Where it went, e.g. `[project] dependencies` or `[tool.poetry.group.dev.dependencies]`. */
  where: string;
}

function stringValue(item: TomlArrayItem): string | undefined {
  const m = /^(["'])(.*)\1$/s.exec(item.text.trim());
  return m?.[2];
}

function findTable(tables: readonly TomlTable[], name: string): TomlTable | undefined {
  return tables.find((t) => t.name === name && !t.isArrayTable);
}

/** A splice adding `requirement` to a TOML array entry, sorted when the items are, in the array's style. */
function arraySplice(text: string, entry: TomlEntry, requirement: string): Located<Splice> {
  const items = entry.items ?? [];
  const quote = items[0]?.text.trim().startsWith("'") ? "'" : '"';
  const literal = `${quote}${requirement}${quote}`;
  const keys = items.map((i) => normalisePythonName(stringValue(i) ?? ''));
  const wanted = normalisePythonName(requirement.replace(/[<>=!~;@\s].*$/, ''));
  if (keys.some((k) => k.replace(/[<>=!~;@\s].*$/, '') === wanted)) return { error: 'already listed' };
  const names = keys.map((k) => k.replace(/[<>=!~;@\s].*$/, ''));
  const sorted = names.length >= 2 && names.every((n, i) => i === 0 || (names[i - 1] as string) <= n);
  const nextIndex = sorted ? names.findIndex((n) => n > wanted) : -1;
  const multiline = text.slice(entry.valueStart, entry.valueEnd).includes('\n');
  const eol = eolOf(text);
  const closing = entry.valueEnd - 1; // the `]`

  if (!multiline) {
    if (items.length === 0) return { start: closing, end: closing, text: literal };
    const next = items[nextIndex];
    if (next) return { start: next.start, end: next.start, text: `${literal}, ` };
    const last = items[items.length - 1] as TomlArrayItem;
    return { start: last.end, end: last.end, text: `, ${literal}` };
  }
  const first = items[0];
  const indent = first ? ' '.repeat(columnAt(text, first.start)) : '    ';
  const next = items[nextIndex];
  if (next) {
    const at = lineStartAt(text, next.start);
    if (text.slice(at, next.start).trim() !== '') return { error: 'the array puts several items on a line' };
    return { start: at, end: at, text: `${indent}${literal},${eol}` };
  }
  const last = items[items.length - 1];
  if (!last) {
    const at = lineStartAt(text, closing);
    return { start: at, end: at, text: `${indent}${literal},${eol}` };
  }
  if (text.slice(lineStartAt(text, last.start), last.start).trim() !== '') {
    return { error: 'the array puts several items on a line' };
  }
  // After the last item's line; it gets a comma when it had none.
  const afterLast = last.commaEnd ?? last.end;
  const lineEnd = text.indexOf('\n', afterLast);
  const at = lineEnd === -1 ? text.length : lineEnd + 1;
  const splices: Splice[] = [];
  if (last.commaEnd === undefined) splices.push({ start: last.end, end: last.end, text: ',' });
  const insert = `${indent}${literal},${eol}`;
  if (splices.length === 0) return { start: at, end: at, text: insert };
  // Two insertions at different places: express as one splice over the text between them.
  return { start: last.end, end: at, text: `,${text.slice(last.end, at)}${insert}` };
}

function addToArray(text: string, table: TomlTable, key: string, requirement: string, eol: string): Located<string> {
  const entry = table.entries.find((e) => e.key === key);
  if (entry) {
    if (!entry.items) return { error: `\`${key}\` in [${table.name}] is not an array` };
    const splice = arraySplice(text, entry, requirement);
    return 'error' in splice ? splice : applySplices(text, [splice]);
  }
  const lastEntry = table.entries[table.entries.length - 1];
  const at = lastEntry ? lastEntry.lineEnd : table.bodyStart;
  const lead = at === text.length && !text.endsWith('\n') ? eol : '';
  return applySplices(text, [
    { start: at, end: at, text: `${lead}${key} = [${eol}    "${requirement}",${eol}]${eol}` },
  ]);
}

export function addPyprojectDependency(
  path: string,
  text: string,
  target: PyprojectTarget,
  project: string,
  requirement: string,
): Located<PyprojectEdit> {
  const scan = scanToml(text);
  if (scan.errors.length > 0) return { error: `${path} could not be read: ${scan.errors[0]}` };
  const eol = eolOf(text);
  if (target.kind === 'poetry') {
    const table = findTable(scan.tables, target.table);
    if (!table) return { error: `${path} has no [${target.table}] table` };
    const wanted = normalisePythonName(project);
    if (table.entries.some((e) => normalisePythonName(e.key.replace(/^"|"$/g, '')) === wanted)) {
      return { error: `${path} already lists ${project} in [${target.table}]` };
    }
    const version = /==\s*([\w.]+)$/.exec(requirement)?.[1];
    const last = table.entries[table.entries.length - 1];
    const at = last ? last.lineEnd : table.bodyStart;
    const lead = at === text.length && !text.endsWith('\n') ? eol : '';
    const line = `${lead}${project} = "${version ? `^${version}` : '*'}"${eol}`;
    return { after: applySplices(text, [{ start: at, end: at, text: line }]), where: `[${target.table}]` };
  }

  const project621 = findTable(scan.tables, 'project');
  if (!project621) return { error: `${path} has no [project] table` };
  const dynamic = project621.entries.find((e) => e.key === 'dynamic');
  if (!target.group && dynamic?.items?.some((i) => stringValue(i) === 'dependencies')) {
    return { error: `${path} declares its dependencies as dynamic (setup.py or a requirements file provides them)` };
  }
  let table = project621;
  let key = 'dependencies';
  let where = '[project] dependencies';
  if (target.group) {
    const groupTable = findTable(scan.tables, target.group.table);
    key = target.group.name;
    where = `[${target.group.table}] ${key}`;
    if (groupTable) table = groupTable;
    else {
      // Inline `optional-dependencies = { … }` in [project] is rare; only the table form is edited.
      if (project621.entries.some((e) => e.key.startsWith('optional-dependencies'))) {
        return { error: `${path} writes [project] optional-dependencies inline; not editing it` };
      }
      const at = project621.end;
      const before = text.slice(0, at);
      const gap = before.endsWith(`${eol}${eol}`) || at === 0 ? '' : before.endsWith('\n') ? eol : eol + eol;
      const block = `${gap}[${target.group.table}]${eol}${key} = [${eol}    "${requirement}",${eol}]${eol}${at < text.length ? eol : ''}`;
      return { after: applySplices(text, [{ start: at, end: at, text: block }]), where };
    }
  }
  const after = addToArray(text, table, key, requirement, eol);
  if (typeof after !== 'string') {
    return {
      error:
        after.error === 'already listed' ? `${path} already lists ${project} in ${where}` : `${path}: ${after.error}`,
    };
  }
  return { after, where };
}
