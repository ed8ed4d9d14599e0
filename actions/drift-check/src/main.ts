import * as core from '@actions/core';
import { readActionContext } from '../../../packages/shared/src/action/context.js';
import { runAction } from '../../../packages/shared/src/action/run-action.js';
import { UserError } from '../../../packages/shared/src/errors.js';
import { createGitHubClient, type GitHubClient } from '../../../packages/shared/src/github/client.js';
import { explainGitHubError } from '../../../packages/shared/src/github/errors.js';
import { type ArtifactUpload, uploadReportArtifact } from './artifact.js';
import { writeFileAtomic } from './atomic-write.js';
import {
  type DispatchResult,
  dispatchInputs,
  dispatchRetraining,
  isGitHubEnterpriseServer,
  MAX_INPUTS_GHES,
  MAX_INPUTS_GITHUB_COM,
} from './dispatch.js';
import { checkDrift, dataFilesOf } from './drift.js';
import { reportDriftIssue } from './drift-issue.js';
import type { DriftReport } from './drift-report.js';
import { type DriftCheckInputs, parseInputs } from './inputs.js';
import { decidePolicy, type PolicyDecision, recordDispatch } from './policy.js';
import { type ActionOutcome, actionSummary } from './report/action-summary.js';
import { driftHtml } from './report/html.js';
import { reportJson } from './report/json.js';
import { driftMarkdown, sideName } from './report/markdown.js';
import { loadDriftState, saveDriftState } from './state-file.js';

const PERMISSIONS = {
  'actions: write': 'dispatch the retraining workflow',
  'issues: write': 'open and comment on the data-drift issue',
  'contents: read': 'read the repository',
};

/** The HTML page beside the JSON report: `drift-report.json` → `drift-report.html`. */
export function htmlPathFor(reportPath: string): string {
  return reportPath.toLowerCase().endsWith('.json') ? `${reportPath.slice(0, -5)}.html` : `${reportPath}.html`;
}

/** Links to this run, from the runner's environment (empty off GitHub). */
function runLinks(env: NodeJS.ProcessEnv) {
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const runUrl = repository ? `${serverUrl}/${repository}/actions${runId ? `/runs/${runId}` : ''}` : '';
  return { serverUrl, owner, repo, runId, runUrl };
}

function warnSchemaChanges(report: DriftReport): void {
  const { only_in_reference, only_in_current, type_changes, empty_columns } = report.schema;
  if (only_in_reference.length) core.warning(`Columns missing from the current data: ${only_in_reference.join(', ')}`);
  if (only_in_current.length)
    core.warning(`New columns in the current data (not compared): ${only_in_current.join(', ')}`);
  for (const change of type_changes) {
    core.warning(
      `Column ${change.column} is ${change.reference} in the reference but ${change.current} in the current data; compared as categories.`,
    );
  }
  for (const empty of empty_columns) {
    core.warning(`Column ${empty.column} has no values in ${sideName(empty.side)}; not compared.`);
  }
}

async function upload(
  inputs: DriftCheckInputs,
  files: string[],
  links: ReturnType<typeof runLinks>,
): Promise<ArtifactUpload | null> {
  if (!inputs.artifactName) return null;
  try {
    const result = await uploadReportArtifact({ name: inputs.artifactName, files, ...links });
    if (!result.uploaded) core.notice(`Report artifact not uploaded: ${result.reason}.`);
    return result;
  } catch (error) {
    // The report is on disk and the decision does not depend on it: warn and carry on.
    core.warning(`Uploading the report artifact "${inputs.artifactName}" failed: ${(error as Error).message}`);
    return { uploaded: false, reason: `upload failed: ${(error as Error).message}` };
  }
}

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = parseInputs((name) => core.getInput(name));
    const now = new Date();
    const { report, timings } = await checkDrift(
      { reference: inputs.reference, current: inputs.current },
      inputs.settings,
      now,
    );
    core.info(
      `drift-check: read ${(timings.readMs / 1000).toFixed(2)} s, statistics ${(timings.computeMs / 1000).toFixed(2)} s`,
    );
    warnSchemaChanges(report);

    const decision = report.dataset.decision;
    core.setOutput('drift-detected', String(decision.dataset_drift));
    core.setOutput('drift-share', String(decision.share));
    core.setOutput('drifted-columns', decision.drifted_columns.join(','));
    core.setOutput('report-path', inputs.reportPath);
    core.setOutput('dispatched', 'false');

    const htmlPath = htmlPathFor(inputs.reportPath);
    const data = dataFilesOf(report);
    await writeFileAtomic(inputs.reportPath, reportJson(report), 'the drift report', data);
    await writeFileAtomic(htmlPath, driftHtml(report), 'the HTML drift report', data);
    const links = runLinks(process.env);
    const artifact = await upload(inputs, [inputs.reportPath, htmlPath], links);
    const reportUrl = artifact?.uploaded ? artifact.url : links.runUrl;

    const state = await loadDriftState(
      inputs.statePath,
      (message) => (inputs.consecutive > 1 || inputs.cooldownMs > 0 ? core.warning(message) : core.info(message)),
      now,
    );
    const policy = decidePolicy(state, decision.dataset_drift, inputs, now);
    core.info(`drift-check: ${policy.reason}`);
    core.setOutput('drift-confirmed', String(policy.confirmed));

    const outcome: ActionOutcome = { policy, artifact, dispatch: null, issue: null, error: null };
    let next = policy.next;
    try {
      let gh: GitHubClient | null = null;
      const github = () => {
        gh ??= createGitHubClient({
          token: inputs.token,
          baseUrl: readActionContext().apiUrl,
          log: { warn: core.warning },
        });
        return gh;
      };
      if (policy.act && inputs.retrainWorkflow !== null) {
        outcome.dispatch = await dispatch(github(), inputs, report, policy, reportUrl, links);
        next = recordDispatch(next, now);
        core.setOutput('dispatched', 'true');
      }
      if (policy.confirmed && inputs.createIssue) {
        const { owner, repo } = readActionContext();
        outcome.issue = await reportDriftIssue(github(), report, {
          owner,
          repo,
          runUrl: links.runUrl,
          reportUrl: artifact?.uploaded ? artifact.url : null,
          retraining: retrainingSentence(inputs, outcome.dispatch, policy),
        }).catch((error) => {
          throw explainGitHubError(error, PERMISSIONS);
        });
        core.setOutput('issue-number', String(outcome.issue.number));
      }
    } catch (error) {
      outcome.error = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      // The state records what happened, even when a later step failed: a dispatch that went out counts.
      await saveDriftState(inputs.statePath, next);
      await core.summary
        .addRaw(driftMarkdown(report))
        .addRaw(actionSummary(inputs, outcome))
        .write()
        .catch((error: Error) => core.warning(`Cannot write the job summary: ${error.message}`));
    }

    if (inputs.failOnDrift && decision.dataset_drift) {
      throw new UserError(
        `Data drift detected: ${decision.n_drifted} of ${decision.n_columns} columns drifted (${decision.drifted_columns.join(', ')}); fail-on-drift is set.`,
      );
    }
  });
}

async function dispatch(
  gh: GitHubClient,
  inputs: DriftCheckInputs,
  report: DriftReport,
  policy: PolicyDecision,
  reportUrl: string,
  links: ReturnType<typeof runLinks>,
): Promise<DispatchResult & { workflow: string | number }> {
  const ctx = readActionContext();
  const ghes = isGitHubEnterpriseServer(ctx.serverUrl);
  const workflowInputs = dispatchInputs(
    {
      share: report.dataset.decision.share,
      driftedColumns: report.dataset.decision.drifted_columns,
      reportUrl,
      runId: links.runId,
    },
    inputs.retrainInputs,
    ghes ? MAX_INPUTS_GHES : MAX_INPUTS_GITHUB_COM,
  );
  const workflow = inputs.retrainWorkflow as string | number;
  const result = await dispatchRetraining(gh, {
    owner: ctx.owner,
    repo: ctx.repo,
    workflow,
    ref: inputs.retrainRef,
    inputs: workflowInputs,
    returnRunDetails: !ghes,
  }).catch((error) => {
    throw explainGitHubError(error, PERMISSIONS);
  });
  core.info(`drift-check: dispatched ${workflow} on ${result.ref} (${policy.reason})`);
  return { ...result, workflow };
}

function retrainingSentence(
  inputs: DriftCheckInputs,
  dispatch: (DispatchResult & { workflow: string | number }) | null,
  policy: PolicyDecision,
): string {
  if (dispatch) return `Retraining dispatched: ${dispatch.workflow} on ${dispatch.ref}.`;
  if (inputs.retrainWorkflow === null) return 'No retraining workflow is configured.';
  return `Retraining not dispatched: ${policy.reason}.`;
}
