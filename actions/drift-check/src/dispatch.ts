/**
 * Dispatching the retraining workflow: the inputs it gets (a summary of the drift plus the user's
 * `retrain-inputs`), within GitHub's limits, and the 422s GitHub answers when the workflow cannot take
 * them, turned into errors that say what to add to the workflow file.
 */
import { UserError } from '../../../packages/shared/src/errors.js';
import type { GitHubClient } from '../../../packages/shared/src/github/client.js';

/**
 * GitHub's limits on `inputs` of a workflow dispatch: 25 properties on github.com and GHE.com
 * (10 before December 2025, and still 10 on GitHub Enterprise Server), and 65,535 characters in all.
 */
export const MAX_INPUTS_GITHUB_COM = 25;
export const MAX_INPUTS_GHES = 10;
export const MAX_INPUTS_PAYLOAD = 65_535;
/** drifted_columns is cut to this many characters, at a column boundary. */
export const MAX_COLUMNS_INPUT = 1_000;

/** The inputs drift-check sends, in this order; the retraining workflow declares the ones it reads. */
export const SUMMARY_INPUTS = ['drift_share', 'drifted_columns', 'drift_report_url', 'drift_run_id'] as const;

export interface DriftSummary {
  share: number;
  driftedColumns: readonly string[];
  /** The report artifact's page, or the run's page when there is no artifact. */
  reportUrl: string;
  /** The drift-check run, for actions/download-artifact's `run-id`. */
  runId: string;
}

/** github.com and *.ghe.com take 25 inputs; any other server is GitHub Enterprise Server (the test @actions/artifact uses). */
export function isGitHubEnterpriseServer(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname.toLowerCase();
  return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
}

/** "a,b,c" cut to `limit` characters at a column boundary, ending in "…(+N more)" when cut. */
export function columnList(columns: readonly string[], limit = MAX_COLUMNS_INPUT): string {
  const all = columns.join(',');
  if (all.length <= limit) return all;
  for (let kept = columns.length - 1; kept >= 0; kept--) {
    const text = `${columns.slice(0, kept).join(',')}${kept > 0 ? ',' : ''}…(+${columns.length - kept} more)`;
    if (text.length <= limit) return text;
  }
  return `…(+${columns.length} more)`;
}

/**
 * The dispatch inputs: the drift summary, then the user's `retrain-inputs` (which win on a name clash).
 * Throws when they break GitHub's limits, naming the count or size.
 */
export function dispatchInputs(
  summary: DriftSummary,
  extra: Record<string, string>,
  maxInputs: number,
): Record<string, string> {
  const inputs: Record<string, string> = {
    drift_share: String(Number(summary.share.toFixed(4))),
    drifted_columns: columnList(summary.driftedColumns),
    drift_report_url: summary.reportUrl,
    drift_run_id: summary.runId,
    ...extra,
  };
  const count = Object.keys(inputs).length;
  if (count > maxInputs) {
    throw new UserError(
      `The retraining dispatch would have ${count} inputs (${SUMMARY_INPUTS.length} from drift-check, ${Object.keys(extra).length} from \`retrain-inputs\`), but GitHub accepts at most ${maxInputs}: send fewer \`retrain-inputs\`.`,
    );
  }
  const size = JSON.stringify(inputs).length;
  if (size > MAX_INPUTS_PAYLOAD) {
    throw new UserError(
      `The retraining dispatch inputs are ${size} characters, over GitHub's ${MAX_INPUTS_PAYLOAD}: shorten the values in \`retrain-inputs\`.`,
    );
  }
  return inputs;
}

/** The `on: workflow_dispatch` block a retraining workflow needs to accept these inputs. */
export function dispatchTriggerSnippet(names: readonly string[]): string {
  const lines = ['on:', '  workflow_dispatch:', '    inputs:'];
  for (const name of names) lines.push(`      ${name}:`, '        type: string', '        required: false');
  return lines.join('\n');
}

interface RequestErrorLike {
  status?: number;
  message?: string;
}

export interface DispatchTarget {
  owner: string;
  repo: string;
  workflow: string | number;
  /** Null: the default branch. */
  ref: string | null;
  inputs: Record<string, string>;
  /** github.com only: ask for the new run's id and URL. */
  returnRunDetails: boolean;
}

export interface DispatchResult {
  ref: string;
  runUrl: string | null;
}

export async function dispatchRetraining(gh: GitHubClient, target: DispatchTarget): Promise<DispatchResult> {
  const { owner, repo, workflow, inputs } = target;
  const ref = target.ref ?? (await gh.rest.repos.get({ owner, repo })).data.default_branch;
  try {
    const response = await gh.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: workflow,
      ref,
      inputs,
      ...(target.returnRunDetails ? { return_run_details: true } : {}),
    });
    const details = (response.data ?? {}) as { html_url?: string };
    return { ref, runUrl: details.html_url ?? null };
  } catch (error) {
    throw explainDispatchError(error, { workflow, ref, owner, repo, inputs });
  }
}

/** A 404 or 422 from the dispatch as an error that names the fix; others pass through. */
export function explainDispatchError(
  error: unknown,
  where: { workflow: string | number; ref: string; owner: string; repo: string; inputs: Record<string, string> },
): unknown {
  const e = error as RequestErrorLike;
  const message = e?.message ?? '';
  const name =
    typeof where.workflow === 'number' ? `workflow ${where.workflow}` : `.github/workflows/${where.workflow}`;
  if (e?.status === 404) {
    return new UserError(
      `No workflow ${typeof where.workflow === 'number' ? `with id ${where.workflow}` : `file ${where.workflow}`} in ${where.owner}/${where.repo} (404): set \`retrain-workflow\` to the file name of a workflow in .github/workflows, e.g. retrain.yml (or the token lacks \`actions: write\`).`,
    );
  }
  if (e?.status !== 422) return error;
  if (/workflow_dispatch/i.test(message)) {
    return new UserError(
      `${name} on ${where.ref} cannot be dispatched: it has no \`workflow_dispatch\` trigger. Add to it:\n${dispatchTriggerSnippet(Object.keys(where.inputs))}`,
    );
  }
  const unexpected = /Unexpected inputs provided: (\[.*\])/i.exec(message);
  if (unexpected) {
    let names: string[] = [];
    try {
      names = JSON.parse(unexpected[1] as string) as string[];
    } catch {
      names = Object.keys(where.inputs);
    }
    return new UserError(
      `${name} on ${where.ref} does not declare the input${names.length === 1 ? '' : 's'} ${names.join(', ')} that drift-check sends. Declare ${names.length === 1 ? 'it' : 'them'} under its workflow_dispatch trigger:\n${dispatchTriggerSnippet(names)}`,
    );
  }
  const required = /Required input '([^']+)' not provided/i.exec(message);
  if (required) {
    return new UserError(
      `${name} on ${where.ref} requires the input ${required[1]}: give it a value in \`retrain-inputs\` (e.g. {"${required[1]}": "…"}) or a default in the workflow.`,
    );
  }
  if (/No ref found/i.test(message)) {
    return new UserError(`\`retrain-ref\` "${where.ref}" is not a branch or tag of ${where.owner}/${where.repo}.`);
  }
  return new UserError(`GitHub refused to dispatch ${name} on ${where.ref} (422: ${message}).`);
}
