/**
 * Edit a workflow file without reformatting it. The yaml Document API finds the nodes and their source ranges;
 * the change is spliced into the text at those ranges; then the result is parsed again and must equal the
 * original document with the same change made through the Document API. Untouched bytes stay identical.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Document, isMap, isScalar, type Node, type Pair, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FileEdit } from '../../../../packages/shared/src/types.js';
import { applySplices, columnAt, lineStartAt, linesToInsert, nextLineStart, type Splice } from './text-splice.js';
import { firstLine, type Located, type ParsedWorkflow } from './workflow-locate.js';

/** Where a new key goes in a mapping: after the first of `after` present, else before the first of `before`. */
export interface KeyPlacement {
  after?: readonly string[];
  before?: readonly string[];
}

function nodeRange(node: unknown): [number, number, number] | undefined {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1], range[2]] : undefined;
}

function pairKey(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** Offset of the line after the one holding the last character of a pair's value (or key, when it has none). */
function afterPair(text: string, pair: Pair): number {
  const end = nodeRange(pair.value)?.[1] ?? nodeRange(pair.key)?.[1];
  if (end === undefined) throw new Error('pair without source range');
  return nextLineStart(text, Math.max(end - 1, 0));
}

/** Moves a line-start offset up over the comment lines directly above it (they describe what follows). */
function aboveLeadingComments(text: string, at: number): number {
  let start = at;
  while (start > 0) {
    const prev = lineStartAt(text, start - 1);
    if (!/^[ \t]*#/.test(text.slice(prev, start))) break;
    start = prev;
  }
  return start;
}

function blockMapIndent(text: string, map: YAMLMap): Located<number> {
  if (map.flow) return { error: 'the mapping is written in flow style ({ … }); not editing it' };
  const first = map.items[0];
  const start = first ? nodeRange(first.key)?.[0] : undefined;
  if (start === undefined) return { error: 'the mapping is empty' };
  return columnAt(text, start);
}

/**
 * A splice inserting `key: …` into a block mapping. `valueLines` are the lines after `key:` relative to the
 * key's column: one line (`['60']`) becomes `key: 60`; several become `key: first` + indented continuation.
 * A nested block (`['', 'A: 1']`) becomes `key:` followed by the lines indented two more spaces.
 */
export function insertPair(
  wf: ParsedWorkflow,
  map: YAMLMap,
  key: string,
  valueLines: readonly string[],
  placement: KeyPlacement = {},
): Located<Splice> {
  const indent = blockMapIndent(wf.text, map);
  if (typeof indent !== 'number') return indent;
  if (map.has(key)) return { error: `the mapping already has \`${key}\`` };
  const pad = ' '.repeat(indent);
  const [head = '', ...rest] = valueLines;
  const lines = [`${pad}${key}:${head === '' ? '' : ` ${head}`}`, ...rest.map((l) => (l === '' ? '' : `${pad}  ${l}`))];

  const pairs = map.items;
  const anchor = placement.after?.map((k) => pairs.find((p) => pairKey(p) === k)).find((p) => p !== undefined);
  let at: number | undefined;
  if (anchor) at = afterPair(wf.text, anchor);
  else {
    const next = placement.before?.map((k) => pairs.find((p) => pairKey(p) === k)).find((p) => p !== undefined);
    const nextStart = next ? nodeRange(next.key)?.[0] : undefined;
    if (next && nextStart !== undefined && next !== pairs[0]) {
      at = aboveLeadingComments(wf.text, lineStartAt(wf.text, nextStart));
    }
  }
  const last = pairs[pairs.length - 1];
  if (at === undefined && last) at = afterPair(wf.text, last);
  if (at === undefined) return { error: 'the mapping is empty' };
  return { start: at, end: at, text: linesToInsert(wf.text, at, lines) };
}

/** A splice replacing the source of a scalar value (`valueSource` is YAML, e.g. `60` or `'a: b'`). */
export function replaceScalar(node: unknown, valueSource: string): Located<Splice> {
  const range = nodeRange(node);
  if (!isScalar(node) || !range) return { error: 'the value is not a scalar' };
  return { start: range[0], end: range[1], text: valueSource };
}

/**
 * A splice inserting a new step before step `index` of a block sequence. `stepLines` are the step's lines
 * relative to its first key (`['name: X', 'run: y']`); they get the same `- ` prefix and indentation as the
 * step they precede, and go above the comment lines that describe it.
 */
export function insertStepBefore(
  wf: ParsedWorkflow,
  steps: YAMLSeq,
  index: number,
  stepLines: readonly string[],
): Located<Splice> {
  if (steps.flow) return { error: 'the steps are written in flow style ([ … ]); not editing them' };
  const target = steps.items[index];
  const start = nodeRange(target)?.[0];
  if (!isMap(target) || start === undefined) return { error: `step ${index + 1} is not a mapping` };
  const lineStart = lineStartAt(wf.text, start);
  const prefix = wf.text.slice(lineStart, start);
  if (!/^[ ]*-[ ]+$/.test(prefix)) return { error: `step ${index + 1} does not start its own \`- \` line` };
  const pad = ' '.repeat(prefix.length);
  const lines = stepLines.map((l, i) => (i === 0 ? prefix + l : l === '' ? '' : pad + l));
  const at = aboveLeadingComments(wf.text, lineStart);
  return { start: at, end: at, text: linesToInsert(wf.text, at, lines) };
}

/**
 * A literal block scalar (`|`) holding exactly `content`: the header (with an indentation indicator when the
 * first line starts with a space, and the chomping that keeps the trailing newlines) and the content lines,
 * not yet indented.
 */
export function literalBlock(content: string): { header: string; lines: string[] } {
  const trailing = /\n*$/.exec(content)?.[0].length ?? 0;
  const lines = content.slice(0, content.length - trailing).split('\n');
  const indicator = /^[ \t]/.test(lines[0] ?? '') ? '2' : '';
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  for (let i = 1; i < trailing; i++) lines.push('');
  return { header: `|${indicator}${chomp}`, lines };
}

/** Lines indented by `indent` spaces; empty lines stay empty. */
export function indentLines(lines: readonly string[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  return lines.map((l) => (l === '' ? '' : pad + l));
}

/**
 * Applies splices to a workflow and checks the result: it must parse without errors and equal the original
 * document after `expected` changed it through the Document API.
 */
export function spliceWorkflow(
  wf: ParsedWorkflow,
  splices: readonly Splice[],
  expected: (doc: Document) => void,
): Located<FileEdit> {
  const after = applySplices(wf.text, splices);
  const result = parseDocument(after);
  const error = result.errors[0];
  if (error) return { error: `the edited ${wf.path} does not parse: ${firstLine(error.message)}` };
  const want = parseDocument(wf.text);
  expected(want);
  if (!isDeepStrictEqual(result.toJS(), want.toJS())) {
    return { error: `the text edit of ${wf.path} does not produce the intended change; not proposing it` };
  }
  return { path: wf.path, before: wf.text, after };
}
