// `npm run demo`: the whole self-healing loop against a local GitHub API emulator (and a local
// OpenAI-compatible server), with no GitHub account. Each action runs its real main() the way the
// runner would: inputs as INPUT_* variables, the event payload in a file.
import { run as autoHeal } from '../actions/auto-heal/src/main.js';
import { run as failureMonitor } from '../actions/failure-monitor/src/main.js';
import { createGitHubClient } from '../packages/shared/src/github/client.js';
import { runActionInProcess } from '../test-support/action-runner.js';
import { startGitHubEmulator } from '../test-support/github-emulator/index.js';
import { SHOP, seedShop } from '../test-support/sample/shop-repo.js';

const TOKEN = 'ghs_demoToken00000000000000000000000000';
const bold = (s: string) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[0m` : s);
const dim = (s: string) => (process.stdout.isTTY ? `\u001b[2m${s}\u001b[0m` : s);
const say = (s = '') => console.log(s);
const heading = (n: number, s: string) => say(`\n${bold(`${n}. ${s}`)}\n`);
const indent = (text: string, max = 40) => {
  const lines = text.split('\n');
  const shown = lines.slice(0, max).map((l) => `    ${l}`);
  if (lines.length > max) shown.push(dim(`    … ${lines.length - max} more lines`));
  return shown.join('\n');
};

const gh = await startGitHubEmulator();
const client = createGitHubClient({ token: TOKEN, baseUrl: gh.url, msPerSecond: 1 });
const [owner, repo] = SHOP.split('/') as [string, string];
const act = (run: () => Promise<void>, eventName: string, payload: unknown, inputs: Record<string, string> = {}) =>
  runActionInProcess(run, {
    repository: SHOP,
    eventName,
    payload,
    apiUrl: gh.url,
    inputs: { token: TOKEN, ...inputs },
    env: { SELF_HEAL_MS_PER_SECOND: '1' },
  });
const runPayload = async (runId: number) => {
  const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
  return { action: 'completed', workflow_run: data, repository: data.repository };
};

try {
  say(bold('self-healing-actions demo'));
  say(dim(`GitHub API emulator on ${gh.url} (every request checked against GitHub's OpenAPI description)`));

  heading(1, `CI fails in ${SHOP}`);
  const runId = seedShop(gh);
  say(`Repository ${SHOP}: a Python service, workflow .github/workflows/ci.yml, requirements.txt without "requests".`);
  say(`Workflow run ${runId} failed in job "test", step "Run tests".`);

  heading(2, 'failure-monitor (on: workflow_run) files an issue');
  const monitored = await act(failureMonitor, 'workflow_run', await runPayload(runId));
  if (monitored.failed) throw new Error(`failure-monitor failed: ${monitored.failed}`);
  const issueNumber = Number(monitored.outputs['issue-number']);
  const issue = gh.repo(SHOP).issues.get(issueNumber);
  say(`outputs: ${JSON.stringify(monitored.outputs)}`);
  say(`Issue #${issueNumber}: ${bold(issue?.title ?? '')}`);
  say(`labels: ${issue?.labels.join(', ')}`);
  say(
    indent(
      (issue?.body ?? '').replace(
        /<!-- self-heal:.*-->/,
        '<!-- self-heal:failure v1 … (hidden record for auto-heal) -->',
      ),
      45,
    ),
  );

  heading(3, 'auto-heal (on: issues labeled auto-heal) opens a fix pull request');
  const { data: issueData } = await client.rest.issues.get({ owner, repo, issue_number: issueNumber });
  const healed = await act(autoHeal, 'issues', { action: 'labeled', label: { name: 'auto-heal' }, issue: issueData });
  if (healed.failed) throw new Error(`auto-heal failed: ${healed.failed}`);
  say(`outputs: ${JSON.stringify(healed.outputs)}`);
  const pr = gh.repo(SHOP).issues.get(Number(healed.outputs['pr-number']));
  say(`Pull request #${pr?.number}: ${bold(pr?.title ?? '')}`);
  const diff = /```diff\n([\s\S]*?)\n```/.exec(pr?.body ?? '')?.[1] ?? '';
  say(indent(diff));
  const dispatch = gh.repo(SHOP).dispatches.at(-1);
  say(`Verification: dispatched ${dispatch?.workflowPath} on ${dispatch?.ref}.`);

  heading(4, 'the verification run passes; failure-monitor reports it');
  const branch = healed.outputs.branch as string;
  const verifyRun = gh.seed.run(SHOP, {
    workflow: 'ci.yml',
    event: 'workflow_dispatch',
    headBranch: branch,
    jobs: [{ name: 'test', conclusion: 'success', log: '3 passed in 0.41s\n' }],
  }).id;
  const verified = await act(failureMonitor, 'workflow_run', await runPayload(verifyRun));
  say(`outputs: ${JSON.stringify(verified.outputs)}`);
  say(
    `PR #${pr?.number} labels: ${gh
      .repo(SHOP)
      .issues.get(pr?.number ?? 0)
      ?.labels.join(', ')}`,
  );
  say(indent(gh.repo(SHOP).comments.at(-1)?.body ?? ''));

  say(
    `\n${bold('Done.')} ${gh.requests.length} API requests, ${gh.invalidRequests.length} rejected by the OpenAPI check.`,
  );
  if (gh.invalidRequests.length) process.exitCode = 1;
} finally {
  await gh.stop();
}
