import { parseArgs } from 'node:util';
import { createOpenAIChatClient } from '../../../../actions/auto-heal/src/llm/client.js';
import { resolveLlmOptions } from '../../../../actions/auto-heal/src/llm/options.js';
import { unifiedDiff } from '../../../../actions/auto-heal/src/messages.js';
import { type FileSource, produceFix } from '../../../../actions/auto-heal/src/produce-fix.js';
import { listInput } from '../../../shared/src/action/inputs.js';
import { UserError } from '../../../shared/src/errors.js';
import { redactDeep } from '../../../shared/src/redact.js';
import type { Diagnosis, FailureRecord } from '../../../shared/src/types.js';
import type { CliIo } from '../io.js';
import { reportInputError, reportUsage } from '../io.js';
import { applyEdits, localRepo } from '../local-repo.js';
import { diagnoseInput, parseStepNumber } from './analyze.js';

const HELP = `Usage: self-heal fix --log FILE --repo DIR [options]

Diagnoses the log, runs auto-heal's fixers on the checkout in DIR and prints the fix as a diff.
Nothing is written unless --write is given.

Options:
  --log FILE          the failed job's log (a GitHub Actions job log, a run-logs zip or any
                      CI log); '-' reads it from standard input
  --repo DIR          the repository checkout (default: .)
  --workflow PATH     the workflow that failed (default: the only file in .github/workflows)
  --job NAME          the failed job (default: the workflow's only job)
  --step NAME         the failed step, as GitHub names it (e.g. "Run pytest -q")
  --step-number N     the failed step's number in the jobs API (1 is "Set up job")
  --write             apply the fix to the checkout
  --json              print {diagnosis, fix, declined} as JSON
  --llm               ask a model when no rule fits (OPENAI_API_KEY; --model, --openai-base-url)
  --model NAME        model for --llm
  --openai-base-url URL  OpenAI-compatible endpoint for --llm
  --allowed-paths GLOBS  files the model may change, comma separated (default: source and
                      test folders such as src/**, lib/**, tests/**; never .github/ or secrets)
  -h, --help          show this help

Exit status: 0 a fix was found, 1 no fix (the reasons are printed) or the model failed,
2 bad usage or input (an unreadable --log, a --repo that is not a directory, --llm without
OPENAI_API_KEY, several workflows and no --workflow).
`;

const OPTIONS = {
  log: { type: 'string' },
  repo: { type: 'string', default: '.' },
  workflow: { type: 'string' },
  job: { type: 'string' },
  step: { type: 'string' },
  'step-number': { type: 'string' },
  write: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  llm: { type: 'boolean', default: false },
  model: { type: 'string' },
  'openai-base-url': { type: 'string' },
  'allowed-paths': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type FixArgs = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true }>>['values'];
type LlmSetup = NonNullable<Parameters<typeof produceFix>[2]['llm']>;

export async function fix(args: string[], io: CliIo): Promise<number> {
  let values: FixArgs;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true }));
  } catch (error) {
    return reportUsage(io, 'fix', (error as Error).message);
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values.log) return reportUsage(io, 'fix', '--log FILE is required');
  let setup: { diagnosis: Diagnosis; record: FailureRecord; source: FileSource; llm?: LlmSetup };
  try {
    setup = await prepare(values, values.log, io);
  } catch (error) {
    return reportInputError(io, 'fix', error);
  }
  const { diagnosis, record, source, llm } = setup;
  const attempt = await produceFix(record, source, { fix: {}, ...(llm ? { llm } : {}) });
  if (values.json) {
    io.stdout(`${JSON.stringify({ diagnosis, fix: attempt.fix ?? null, declined: attempt.declined }, null, 2)}\n`);
  } else {
    io.stdout(`${diagnosis.category} (${diagnosis.ruleId}): ${diagnosis.summary}\n`);
    for (const d of attempt.declined) io.stdout(`  ${d.fixer}: ${d.reason}${d.hint ? ` (hint: ${d.hint})` : ''}\n`);
    if (attempt.llm?.status === 'no-fix') io.stdout(`  llm: ${attempt.llm.summary}\n`);
    if (attempt.fix)
      io.stdout(`\nFix (${attempt.fix.fixer}): ${attempt.fix.explanation}\n\n${unifiedDiff(attempt.fix.edits)}\n`);
    else io.stdout('\nNo fix found.\n');
  }
  if (attempt.fix && values.write) {
    applyEdits(values.repo, attempt.fix.edits);
    io.stderr(`self-heal fix: wrote ${attempt.fix.edits.map((e) => e.path).join(', ')}\n`);
  }
  return attempt.fix ? 0 : 1;
}

/**
 * Checks the options and reads the inputs; whatever goes wrong here is the user's to fix
 * (a UsageError or UserError, exit 2). The cheap checks come first, before the log is read.
 */
async function prepare(
  values: FixArgs,
  log: string,
  io: CliIo,
): Promise<{ diagnosis: Diagnosis; record: FailureRecord; source: FileSource; llm?: LlmSetup }> {
  const stepNumber = parseStepNumber(values['step-number']);
  const llm = values.llm ? llmSetup(values, io) : undefined;
  const source = localRepo(values.repo);
  const workflowPath = values.workflow ?? soleWorkflow(source.tree);
  if (values.workflow !== undefined && (await source.read(values.workflow)) === null) {
    throw new UserError(`--workflow ${values.workflow}: no such file in ${values.repo}`);
  }
  if (!workflowPath) {
    io.stderr(
      `self-heal fix: no workflow file under .github/workflows in ${values.repo}${source.tree.length === 0 ? ' (git tracks no files there?)' : ''}; fixes to the workflow are not tried (name it with --workflow)\n`,
    );
  }
  const diagnosis = redactDeep(
    await diagnoseInput(log, io, {
      ...(values.step ? { step: values.step } : {}),
      ...(stepNumber !== undefined ? { stepNumber } : {}),
    }),
  );
  const record: FailureRecord = {
    fingerprint: diagnosis.fingerprint,
    diagnosis,
    run: {
      owner: 'local',
      repo: 'local',
      runId: 0,
      attempt: 1,
      workflowName: workflowPath,
      workflowPath,
      headBranch: '',
      headSha: '',
      event: 'local',
      htmlUrl: '',
    },
    job: {
      id: 0,
      name: values.job ?? (await soleJob(source, workflowPath)) ?? '',
      htmlUrl: '',
      ...(values.step ? { step: { name: values.step, number: stepNumber ?? 0 } } : {}),
    },
    occurrences: 1,
    firstSeen: '',
    lastSeen: '',
  };
  return { diagnosis, record, source, ...(llm ? { llm } : {}) };
}

/** The model client for --llm, from OPENAI_API_KEY, --model and --openai-base-url. */
function llmSetup(values: FixArgs, io: CliIo): LlmSetup {
  const apiKey = process.env.OPENAI_API_KEY ?? '';
  if (!apiKey) throw new UserError('--llm needs the OPENAI_API_KEY environment variable.');
  const baseURL = values['openai-base-url'];
  // The action's `allowed-paths` input, read the same way.
  const allowedPaths = listInput(() => values['allowed-paths'] ?? '', 'allowed-paths');
  const options = resolveLlmOptions({
    apiKey,
    ...(values.model ? { model: values.model } : {}),
    ...(baseURL ? { baseURL } : {}),
    ...(allowedPaths.length ? { allowedPaths } : {}),
  });
  // The SDK's retry notices on stderr: a slow endpoint shows progress instead of silence.
  const log = {
    info: (m: string) => io.stderr(`self-heal fix: ${m}\n`),
    warn: (m: string) => io.stderr(`self-heal fix: ${m}\n`),
  };
  return { options, chat: createOpenAIChatClient({ ...options, log }), attemptsUsed: 0 };
}

function soleWorkflow(tree: readonly string[]): string {
  const workflows = tree.filter((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p));
  if (workflows.length === 1) return workflows[0] as string;
  if (workflows.length === 0) return '';
  throw new UserError(
    `the checkout has ${workflows.length} workflows: name the failed one with --workflow (${workflows.join(', ')})`,
  );
}

async function soleJob(
  source: { read(path: string): Promise<string | null> },
  workflowPath: string,
): Promise<string | undefined> {
  if (!workflowPath) return undefined;
  const { parse } = await import('yaml');
  try {
    const jobs = Object.keys((parse((await source.read(workflowPath)) ?? '') as { jobs?: object })?.jobs ?? {});
    return jobs.length === 1 ? jobs[0] : undefined;
  } catch {
    return undefined;
  }
}
