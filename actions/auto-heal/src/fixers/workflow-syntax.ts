/**
 * A workflow file GitHub could not read: repair the common YAML mistakes — tabs as indentation, an unquoted
 * value holding `: `, a line indented off its block, a key written twice — one error at a time, keeping each
 * repair only when it removes that error, and proposing the result only when the workflow then parses and
 * passes the workflow schema.
 */
import { isDeepStrictEqual } from 'node:util';
import { isCollection, isMap, isScalar, isSeq, type Node, type Pair, parseDocument, visit, type YAMLError } from 'yaml';
import type { Diagnosis } from '../../../../packages/shared/src/types.js';
import { normaliseRepoPath } from '../validate/repo-path.js';
import { checkWorkflowSchema, isWorkflowPath } from '../validate/workflow.js';
import { splitLines } from './text-splice.js';
import type { FixContext, Fixer, FixOutcome, FixPlanContext } from './types.js';
import { noFix } from './types.js';

const ID = 'workflow-syntax';
const MAX_REPAIRS = 25;

interface Repair {
  text: string;
  what: string;
}

function targetFile(ctx: FixPlanContext): string | undefined {
  const file = ctx.diagnosis.facts.file;
  const fromFacts = typeof file === 'string' ? normaliseRepoPath(file) : undefined;
  if (fromFacts && isWorkflowPath(fromFacts)) return fromFacts;
  return isWorkflowPath(ctx.workflowPath) ? ctx.workflowPath : undefined;
}

function yamlErrors(text: string): YAMLError[] {
  return parseDocument(text).errors;
}

function errorLine(error: YAMLError): number {
  return error.linePos?.[0].line ?? 1;
}

/** True when `after` has fewer YAML errors than `before`, or as many but the first one comes later. */
function isProgress(before: YAMLError[], after: YAMLError[]): boolean {
  if (after.length !== before.length) return after.length < before.length;
  const a = before[0];
  const b = after[0];
  return a !== undefined && b !== undefined && errorLine(b) > errorLine(a);
}

function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function rebuild(text: string, lines: readonly string[]): string {
  const eol = lineEnding(text);
  return lines.join(eol) + (text.endsWith('\n') ? eol : '');
}

/** The indentation step of the file's space-indented lines (2 when none). */
function indentUnit(lines: readonly string[]): number {
  const indents = lines.map((l) => /^( +)\S/.exec(l)?.[1]?.length ?? 0).filter((n) => n > 0);
  return indents.length > 0 ? Math.min(...indents) : 2;
}

function replaceTabs(text: string, unit: number): Repair | undefined {
  const lines = splitLines(text);
  let changed = 0;
  const fixed = lines.map((line) => {
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (!lead.includes('\t')) return line;
    changed++;
    return lead.replace(/\t/g, ' '.repeat(unit)) + line.slice(lead.length);
  });
  if (changed === 0) return undefined;
  return {
    text: rebuild(text, fixed),
    what: `replaced tab indentation on ${changed} line(s) with ${unit} spaces per tab`,
  };
}

/** `key: a: b` → `key: 'a: b'` on one line. */
function quoteValue(text: string, line: number): Repair | undefined {
  const lines = splitLines(text);
  const current = lines[line - 1];
  if (current === undefined) return undefined;
  const m = /^(\s*(?:- )?[\w.-]+:[ \t]+)(.*?)([ \t]+#.*)?$/.exec(current);
  const value = m?.[2];
  if (!m || value === undefined || !value.includes(': ') || /^["'[{|>&*!]/.test(value)) return undefined;
  lines[line - 1] = `${m[1]}'${value.replace(/'/g, "''")}'${m[3] ?? ''}`;
  return { text: rebuild(text, lines), what: `quoted the value on line ${line}, which contains ": "` };
}

/** Re-indents one line to each indentation used above it, nearest first. */
function reindentCandidates(text: string, line: number): Repair[] {
  const lines = splitLines(text);
  const current = lines[line - 1];
  if (current === undefined || current.trim() === '') return [];
  const own = /^ */.exec(current)?.[0].length ?? 0;
  const above = new Set<number>();
  for (const l of lines.slice(0, line - 1)) {
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const indent = /^ */.exec(l)?.[0].length ?? 0;
    above.add(indent);
    if (/^\s*- /.test(l)) above.add(indent + 2);
  }
  return [...above]
    .filter((n) => n !== own)
    .sort((a, b) => Math.abs(a - own) - Math.abs(b - own) || a - b)
    .map((n) => {
      const copy = [...lines];
      copy[line - 1] = ' '.repeat(n) + current.trimStart();
      return { text: rebuild(text, copy), what: `re-indented line ${line} from ${own} to ${n} spaces` };
    });
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** A key written twice in one mapping: drop the copy when equal, else append its entries to the first. */
function mergeDuplicateKey(text: string, line: number): Repair | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  let found: [Pair, Pair] | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Map<unknown, Pair>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        const first = seen.get(key);
        const keyNode = pair.key as Node | null;
        if (first && keyNode?.range && lineOf(text, keyNode.range[0]) === line) {
          found = [first, pair];
          return visit.BREAK;
        }
        seen.set(key, pair);
      }
      return undefined;
    },
  });
  if (!found) return undefined;
  const [first, second] = found;
  const lines = splitLines(text);
  const secondKey = second.key as Node;
  const secondValue = second.value as Node | null;
  const firstValue = first.value as Node | null;
  if (!secondKey.range || !firstValue?.range) return undefined;
  const startLine = lineOf(text, secondKey.range[0]);
  const endLine = secondValue?.range ? lineOf(text, Math.max(secondValue.range[1] - 1, secondKey.range[0])) : startLine;
  const keyName = String((second.key as { value?: unknown }).value);

  const plain = (node: unknown) => (isCollection(node) || isScalar(node) ? node.toJSON() : node);
  if (isDeepStrictEqual(plain(first.value), plain(second.value))) {
    lines.splice(startLine - 1, endLine - startLine + 1);
    return { text: rebuild(text, lines), what: `removed the second, identical \`${keyName}:\` (line ${startLine})` };
  }
  const sameKind = (isMap(firstValue) && isMap(secondValue)) || (isSeq(firstValue) && isSeq(secondValue));
  if (!sameKind || !isCollection(firstValue) || !isCollection(secondValue) || firstValue.flow || secondValue.flow)
    return undefined;
  if (startLine === endLine) return undefined;
  if (isMap(firstValue) && isMap(secondValue)) {
    const keys = (m: typeof firstValue) => m.items.map((p) => (isScalar(p.key) ? p.key.value : p.key));
    if (keys(firstValue).some((k) => keys(secondValue).includes(k))) return undefined;
  }
  const firstEndLine = lineOf(text, firstValue.range[1] - 1);
  const firstCol = /^ */.exec(lines[lineOf(text, firstValue.range[0]) - 1] ?? '')?.[0].length ?? 0;
  const children = lines.slice(startLine, endLine);
  const childCol = Math.min(...children.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  const shift = firstCol - childCol;
  const moved = children.map((l) => (l.trim() === '' ? l : shift >= 0 ? ' '.repeat(shift) + l : l.slice(-shift)));
  lines.splice(startLine - 1, endLine - startLine + 1);
  lines.splice(firstEndLine, 0, ...moved);
  return { text: rebuild(text, lines), what: `merged the second \`${keyName}:\` (line ${startLine}) into the first` };
}

function candidates(text: string, error: YAMLError): Repair[] {
  const line = errorLine(error);
  switch (error.code) {
    case 'TAB_AS_INDENT': {
      const units = [...new Set([indentUnit(splitLines(text)), 2, 4, 8])];
      return units.flatMap((unit) => replaceTabs(text, unit) ?? []);
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const quoted = quoteValue(text, line);
      return [...(quoted ? [quoted] : []), ...reindentCandidates(text, line + 1), ...reindentCandidates(text, line)];
    }
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return [...reindentCandidates(text, line), ...reindentCandidates(text, line + 1)];
    case 'DUPLICATE_KEY': {
      const r = mergeDuplicateKey(text, line);
      return r ? [r] : [];
    }
    default:
      return [];
  }
}

/**
 * How good a candidate is, lower first: its YAML errors, then — once it is valid YAML — its schema errors.
 * The schema tells apart repairs YAML alone cannot (`strategy:` re-indented into the job, or out of it).
 */
function score(path: string, text: string, errors: YAMLError[]): [number, number] {
  return [errors.length, errors.length === 0 ? checkWorkflowSchema(path, text).errors.length : 0];
}

/** Repairs YAML errors one by one; the repaired text and what was done, or why it stopped. */
export function repairWorkflowYaml(
  path: string,
  text: string,
): { text: string; repairs: string[] } | { error: string } {
  let current = text;
  const repairs: string[] = [];
  for (let i = 0; i < MAX_REPAIRS; i++) {
    const errors = yamlErrors(current);
    const first = errors[0];
    if (!first) return { text: current, repairs };
    let best: { repair: Repair; score: [number, number] } | undefined;
    for (const candidate of candidates(current, first)) {
      const after = yamlErrors(candidate.text);
      if (!isProgress(errors, after)) continue;
      const s = score(path, candidate.text, after);
      if (!best || s[0] < best.score[0] || (s[0] === best.score[0] && s[1] < best.score[1]))
        best = { repair: candidate, score: s };
    }
    if (!best) {
      return { error: `no safe repair for "${first.message.split('\n', 1)[0]?.replace(/:\s*$/, '')}"` };
    }
    current = best.repair.text;
    repairs.push(best.repair.what);
  }
  return { error: `more than ${MAX_REPAIRS} YAML errors` };
}

export const workflowSyntaxFixer: Fixer = {
  id: ID,
  appliesTo: (d: Diagnosis) => d.category === 'workflow-config',
  needs: (ctx: FixPlanContext) => {
    const file = targetFile(ctx);
    return file ? [file] : [];
  },
  fix(ctx: FixContext): FixOutcome {
    const file = targetFile(ctx);
    if (!file) return noFix(ID, 'the diagnosis names no workflow file');
    const text = ctx.files.get(file);
    if (text === undefined) return noFix(ID, `${file} could not be read at the failing commit`);
    const before = checkWorkflowSchema(file, text);
    if (before.ok) return noFix(ID, `${file} parses and passes the workflow schema; the problem is not its syntax`);
    if (yamlErrors(text).length === 0) {
      return noFix(ID, `${file} is valid YAML but not a valid workflow: ${before.errors.join('; ')}`);
    }
    const repaired = repairWorkflowYaml(file, text);
    if ('error' in repaired) return noFix(ID, `${file}: ${repaired.error}`);
    const after = checkWorkflowSchema(file, repaired.text);
    if (!after.ok) return noFix(ID, `the repaired ${file} is still invalid: ${after.errors.join('; ')}`);
    return {
      fixer: ID,
      edits: [{ path: file, before: text, after: repaired.text }],
      explanation: `GitHub could not read \`${file}\`. This ${repaired.repairs.join('; ')}. The result parses and passes the workflow schema.`,
    };
  },
};
