/**
 * Workflow validation with GitHub's own parser (@actions/workflow-parser, the one behind the Actions
 * language service): YAML, the workflow schema, and the conversion checks (job graph, matrix, cron, …).
 */
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

export interface ValidationResult {
  ok: boolean;
  /** Each names the file and, where known, the line and column. */
  errors: string[];
}

/** A workflow file is any `.yml`/`.yaml` directly under `.github/workflows/`. */
export function isWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

/** The first line of a parser message, without the code frame YAML errors carry. */
function tidy(message: string): string {
  return (message.split('\n', 1)[0] ?? message).replace(/:\s*$/, '');
}

function result(errors: string[]): ValidationResult {
  const unique = [...new Set(errors.map(tidy))];
  return { ok: unique.length === 0, errors: unique };
}

/** YAML and schema checks only; synchronous, for fixers that search among candidate repairs. */
export function checkWorkflowSchema(path: string, content: string): ValidationResult {
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length === 0 && parsed.value === undefined) errors.push(`${path}: the workflow is empty`);
  return result(errors);
}

/** Everything GitHub checks before it runs a workflow, short of fetching reusable workflows it calls. */
export async function validateWorkflow(path: string, content: string): Promise<ValidationResult> {
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  const parseErrors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parseErrors.length > 0 || parsed.value === undefined) {
    return result(parseErrors.length > 0 ? parseErrors : [`${path}: the workflow is empty`]);
  }
  try {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    return result((template.errors ?? []).map((e) => e.Message));
  } catch (error) {
    return result([`${path}: the workflow parser failed: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
