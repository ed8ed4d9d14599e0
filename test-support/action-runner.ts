// Runs an action's run() in this process the way the runner would: inputs as INPUT_* variables,
// the event payload in a file, outputs and the job summary in files. Tests and the demo use it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';

export interface ActionRun {
  inputs?: Record<string, string>;
  eventName: string;
  payload: unknown;
  repository: string;
  apiUrl: string;
  serverUrl?: string;
  workflowRef?: string;
  env?: Record<string, string>;
}

export interface ActionResult {
  outputs: Record<string, string>;
  summary: string;
  /** Everything the action wrote to stdout (workflow commands included). */
  log: string;
  /** The message of `::error::` when the action failed. */
  failed?: string;
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` records that @actions/core writes to GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name as string] = value.join('\n');
  }
  return outputs;
}

export async function runActionInProcess(run: () => Promise<void>, spec: ActionRun): Promise<ActionResult> {
  const dir = mkdtempSync(join(tmpdir(), 'self-heal-action-'));
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(spec.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: spec.repository,
    GITHUB_API_URL: spec.apiUrl,
    GITHUB_SERVER_URL: spec.serverUrl ?? 'https://github.com',
    GITHUB_WORKFLOW_REF: spec.workflowRef ?? `${spec.repository}/.github/workflows/self-heal.yml@refs/heads/main`,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...spec.env,
  };
  for (const [name, value] of Object.entries(spec.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  // @actions/core's summary remembers the first GITHUB_STEP_SUMMARY it saw; each run has its own.
  Object.assign(core.summary, { _filePath: undefined });
  core.summary.emptyBuffer();
  const saved = { ...process.env };
  const savedExitCode = process.exitCode;
  const write = process.stdout.write.bind(process.stdout);
  let log = '';
  for (const name of Object.keys(process.env))
    if (name.startsWith('INPUT_') || name.startsWith('GITHUB_')) delete process.env[name];
  Object.assign(process.env, env);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    await run();
  } finally {
    process.stdout.write = write;
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
  const failed = /^::error::(.*)$/m.exec(log)?.[1];
  process.exitCode = savedExitCode;
  return {
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    log,
    ...(failed !== undefined ? { failed: failed.replace(/%0A/g, '\n').replace(/%25/g, '%') } : {}),
  };
}
