import * as core from '@actions/core';
import { readActionContext } from '../../../packages/shared/src/action/context.js';
import { runAction } from '../../../packages/shared/src/action/run-action.js';
import { createGitHubClient } from '../../../packages/shared/src/github/client.js';
import { explainGitHubError } from '../../../packages/shared/src/github/errors.js';
import { heal } from './heal.js';
import { parseInputs } from './inputs.js';
import { createOpenAIChatClient } from './llm/client.js';
import { healSummary } from './summary.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = parseInputs((name) => core.getInput(name));
    const ctx = readActionContext();
    const gh = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: { warn: core.warning } });
    const chat = inputs.llm
      ? createOpenAIChatClient({ ...inputs.llm, log: { info: core.info, warn: core.warning } })
      : undefined;
    if (inputs.llm) core.setSecret(inputs.llm.apiKey);
    const outcome = await heal(gh, ctx, inputs, chat ? { chat } : {}).catch((error) => {
      throw explainGitHubError(error, {
        'issues: write': 'read the issue and comment on it',
        'contents: write': 'push the fix branch',
        'pull-requests: write': 'open the pull request',
        'actions: write': 'dispatch the verification run',
      });
    });
    core.setOutput('result', outcome.result);
    core.setOutput('pr-number', outcome.pr ? String(outcome.pr.number) : '');
    core.setOutput('pr-url', outcome.pr?.url ?? '');
    core.setOutput('branch', outcome.branch ?? '');
    core.setOutput('fixer', outcome.fixer ?? '');
    core.info(`auto-heal: ${outcome.result}${outcome.reason ? `: ${outcome.reason}` : ''}`);
    await core.summary.addRaw(healSummary(outcome)).write();
  });
}
