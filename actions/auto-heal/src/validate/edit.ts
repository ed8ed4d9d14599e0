/**
 * Validate a proposed file edit before it is committed: the path stays inside the repository, and the new
 * contents still parse as what the file is (workflow, YAML, JSON, package.json, TOML, requirements file).
 */
import { parseAllDocuments } from 'yaml';
import type { FileEdit } from '../../../../packages/shared/src/types.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { checkPackageJsonShape } from './package-json.js';
import { repoPathProblem } from './repo-path.js';
import { checkRequirementsTxt } from './requirements-txt.js';
import { scanToml } from './toml-scan.js';
import { isWorkflowPath, type ValidationResult, validateWorkflow } from './workflow.js';

function verdict(errors: string[]): ValidationResult {
  return { ok: errors.length === 0, errors };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** JSON with comments and trailing commas (tsconfig.json, devcontainer.json) as strict JSON. */
function stripJsonc(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function jsonError(path: string, text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = jsonErrorOffset(text);
  if (at === undefined) return `${path}: invalid JSON: ${message}`;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return `${path} (line ${line}, column ${at - before.lastIndexOf('\n')}): invalid JSON: ${message}`;
}

/** A leading byte-order mark, which JSON.parse rejects and npm and editors accept. */
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

function checkJson(edit: FileEdit): string[] {
  let strict = true;
  if (edit.before !== null) {
    try {
      JSON.parse(withoutBom(edit.before));
    } catch {
      strict = false; // the file was JSON with comments before; keep judging it as such
    }
  }
  const after = withoutBom(edit.after);
  const text = strict ? after : stripJsonc(after);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [jsonError(edit.path, text, error)];
  }
  return basename(edit.path) === 'package.json' ? checkPackageJsonShape(edit.path, value) : [];
}

function checkYaml(path: string, text: string): string[] {
  return parseAllDocuments(text).flatMap((doc) =>
    doc.errors.map((e) => `${path}: ${(e.message.split('\n', 1)[0] ?? e.message).replace(/:\s*$/, '')}`),
  );
}

/** Checks one edit; `ok` is false with every problem found, each naming the file. */
export async function validateEdit(edit: FileEdit): Promise<ValidationResult> {
  const pathProblem = repoPathProblem(edit.path);
  if (pathProblem) return verdict([`${JSON.stringify(edit.path)}: ${pathProblem}`]);
  if (typeof edit.after !== 'string') return verdict([`${edit.path}: the new contents are not text`]);
  if (isWorkflowPath(edit.path)) return validateWorkflow(edit.path, edit.after);
  const name = basename(edit.path).toLowerCase();
  if (/\.ya?ml$/.test(name)) return verdict(checkYaml(edit.path, edit.after));
  if (name.endsWith('.json')) return verdict(checkJson(edit));
  if (name.endsWith('.toml')) return verdict(scanToml(edit.after).errors.map((e) => `${edit.path}: ${e}`));
  if (/^requirements.*\.(txt|in)$/.test(name)) return verdict(checkRequirementsTxt(edit.path, edit.after));
  return verdict([]);
}

/** Checks every edit of a fix; the edits are independent files. */
export async function validateEdits(edits: readonly FileEdit[]): Promise<ValidationResult> {
  const results = await Promise.all(edits.map(validateEdit));
  const paths = edits.map((e) => e.path);
  const duplicate = paths.find((p, i) => paths.indexOf(p) !== i);
  const errors = results.flatMap((r) => r.errors);
  if (duplicate !== undefined) errors.push(`${duplicate}: edited twice in one fix`);
  return verdict(errors);
}
