import * as core from '@actions/core';
import { readActionContext } from '../../../packages/shared/src/action/context.js';
import { runAction } from '../../../packages/shared/src/action/run-action.js';
import { createGitHubClient } from '../../../packages/shared/src/github/client.js';
import { explainGitHubError } from '../../../packages/shared/src/github/errors.js';
import { parseInputs } from './inputs.js';
import { monitor } from './monitor.js';
import { monitorSummary } from './summary.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = parseInputs((name) => core.getInput(name));
    const ctx = readActionContext();
    const gh = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: { warn: core.warning } });
    const result = await monitor(gh, ctx, inputs).catch((error) => {
      throw explainGitHubError(error, {
        'actions: read': 'read workflow runs, jobs and logs',
        'issues: write': 'file and comment on issues',
      });
    });
    const first = result.failures[0];
    const filing = result.failures.find((f) => f.filing)?.filing;
    core.setOutput('action', result.action);
    const issue = filing?.number ?? result.verification?.issue;
    core.setOutput('issue-number', issue ? String(issue) : '');
    core.setOutput(
      'issue-url',
      filing?.url ?? (issue ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/issues/${issue}` : ''),
    );
    core.setOutput('category', first?.diagnosis.category ?? '');
    core.setOutput('fingerprint', first?.diagnosis.fingerprint ?? '');
    if (result.reason) core.info(`failure-monitor: ${result.action}: ${result.reason}`);
    await core.summary.addRaw(monitorSummary(result)).write();
  });
}
