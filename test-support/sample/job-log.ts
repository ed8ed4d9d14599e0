// Builds job logs in the format GitHub serves them: every line timestamped, each step's
// command echoed inside ##[group]Run …/##[endgroup], errors as ##[error].

export interface LogStep {
  /** The step as GitHub names it in the jobs API: `Run pytest -q`, or its `name:`. */
  name: string;
  /** What the step printed. */
  output: string[];
  /** The step's `run:` script, echoed by the runner; omitted for `uses:` steps. */
  script?: string;
  /** Exit code; non-zero ends the job with `##[error]Process completed with exit code N.` */
  exitCode?: number;
}

export function jobLog(steps: LogStep[], start = new Date('2026-11-20T09:14:03Z')): string {
  let t = start.getTime();
  const lines: string[] = [];
  const stamp = (text: string) => {
    t += 137;
    lines.push(`${new Date(t).toISOString().replace('Z', '0000Z')} ${text}`);
  };
  stamp("Current runner version: '2.329.0'");
  stamp('##[group]Operating System');
  stamp('Ubuntu');
  stamp('24.04.3');
  stamp('LTS');
  stamp('##[endgroup]');
  stamp('##[group]GITHUB_TOKEN Permissions');
  stamp('Contents: read');
  stamp('Metadata: read');
  stamp('##[endgroup]');
  for (const step of steps) {
    stamp(`##[group]Run ${step.script?.split('\n')[0] ?? step.name.replace(/^Run /, '')}`);
    for (const line of step.script?.split('\n') ?? []) stamp(`\u001b[36;1m${line}\u001b[0m`);
    if (step.script) stamp('shell: /usr/bin/bash -e {0}');
    stamp('##[endgroup]');
    for (const line of step.output) stamp(line);
    if (step.exitCode) {
      stamp(`##[error]Process completed with exit code ${step.exitCode}.`);
      break;
    }
  }
  stamp('Post job cleanup.');
  stamp('Cleaning up orphan processes');
  return `${lines.join('\n')}\n`;
}
