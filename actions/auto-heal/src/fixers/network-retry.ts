/**
 * A step that failed on the network or a rate limit: run its script up to three times with a growing pause,
 * and authenticate calls to api.github.com when the log shows they were made without a token.
 */
import { isMap, isScalar, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Diagnosis } from '../../../../packages/shared/src/types.js';
import { jobRunnerOses } from './runner-os.js';
import { eolOf, nextLineStart, type Splice } from './text-splice.js';
import type { FixContext, Fixer, FixOutcome, FixPlanContext } from './types.js';
import { noFix } from './types.js';
import { indentLines, insertPair, literalBlock, spliceWorkflow } from './workflow-edit.js';
import { isLocateError, stringAt } from './workflow-locate.js';
import { isNoFix, locateTarget, workflowPathOf } from './workflow-target.js';

const ID = 'network-retry';
export const ATTEMPTS = 3;
const MARKER = '# self-heal: retry';
/** Scripts whose repetition could repeat a side effect (publish twice, deploy twice). */
const SIDE_EFFECTS =
  /\b(npm|yarn|pnpm|cargo|gem|poetry) publish\b|\btwine upload\b|\bgit push\b|\bgh release\b|\bdeploy\b/i;
const TOKEN_ENV = 'GITHUB_TOKEN';
const TOKEN_VALUE = '${{ secrets.GITHUB_TOKEN }}';

/**
 * The script wrapped in a retry loop. It runs in a subshell with `set -e` re-enabled, outside any `&&`/`||`
 * list (where bash would ignore `-e` for every line but the last), so a multi-line script fails at its first
 * failing line exactly as before. The script's lines are not indented: heredoc terminators keep working.
 */
export function retryScript(script: string, attempts = ATTEMPTS): string {
  const body = script.replace(/\n+$/, '');
  return [
    `${MARKER} transient failures (${attempts} attempts)`,
    `for attempt in ${Array.from({ length: attempts }, (_, i) => i + 1).join(' ')}; do`,
    '  set +e',
    '  (',
    '  set -e',
    body,
    '  )',
    '  status=$?',
    '  set -e',
    '  if [ "$status" -eq 0 ]; then break; fi',
    `  if [ "$attempt" -eq ${attempts} ]; then exit "$status"; fi`,
    '  echo "::warning::attempt $attempt failed with exit code $status; retrying in $((attempt * 15))s"',
    '  sleep $((attempt * 15))',
    'done',
    '',
  ].join('\n');
}

/** True when the log shows GitHub API calls that were rate limited for lack of a token. */
export function unauthenticatedGitHubApi(d: Diagnosis): boolean {
  const facts = [d.facts.host, d.facts.url].filter((f) => typeof f === 'string').join(' ');
  const text = d.lines.map((l) => l.text).join('\n');
  const github = /\bapi\.github\.com\b/.test(facts) || /\bapi\.github\.com\b/.test(text);
  const subject = d.facts.subject;
  if (github && typeof subject === 'string' && /^(\d{1,3}\.){3}\d{1,3}\.?$|^[0-9a-f:]+:[0-9a-f:]*\.?$/i.test(subject))
    return true;
  const anonymous =
    /rate limit exceeded for (\d{1,3}\.){3}\d{1,3}|rate limit exceeded for [0-9a-f:]+\b|unauthenticated requests|Authenticated requests get a higher rate limit/i.test(
      text,
    );
  return github && anonymous;
}

/** `curl` calls to api.github.com without credentials get a bearer token header. */
function authenticateCurl(script: string): string {
  return script
    .split('\n')
    .map((line) =>
      /api\.github\.com/.test(line) && !/Authorization|\s-u\s|--user\b/.test(line)
        ? line.replace(/\bcurl\s/, 'curl -H "Authorization: Bearer $GITHUB_TOKEN" ')
        : line,
    )
    .join('\n');
}

function shellOf(step: YAMLMap, job: YAMLMap, workflow: unknown): string | undefined {
  const fromDefaults = (m: unknown) => {
    const run = isMap(m) ? m.getIn(['defaults', 'run', 'shell']) : undefined;
    return typeof run === 'string' ? run : undefined;
  };
  return stringAt(step, 'shell') ?? fromDefaults(job) ?? fromDefaults(workflow);
}

function envHas(map: unknown, names: readonly string[]): boolean {
  const env = isMap(map) ? map.get('env', true) : undefined;
  return isMap(env) && names.some((n) => env.has(n));
}

export const networkRetryFixer: Fixer = {
  id: ID,
  appliesTo: (d: Diagnosis) => d.category === 'network' || d.category === 'rate-limit',
  needs: (ctx: FixPlanContext) => workflowPathOf(ctx),
  fix(ctx: FixContext): FixOutcome {
    const target = locateTarget(ctx, ID, { step: true });
    if (isNoFix(target)) return target;
    const { wf, job, step } = target;
    if (!step) return noFix(ID, 'the failing step was not found');
    const stepName = ctx.step?.name ?? `step ${step.index + 1}`;
    const runPair = step.map.items.find((p) => isScalar(p.key) && p.key.value === 'run') as
      | Pair<Scalar, Scalar>
      | undefined;
    const script = stringAt(step.map, 'run');
    if (!runPair || script === undefined) {
      return noFix(
        ID,
        `step "${stepName}" runs an action, not a script; it cannot be wrapped in a retry loop`,
        'Re-run the failed job; if it keeps failing, check the service status or pass the action a token.',
      );
    }
    if (script.includes(MARKER)) return noFix(ID, `step "${stepName}" already retries`);
    if (SIDE_EFFECTS.test(script)) {
      return noFix(ID, `step "${stepName}" publishes or deploys; retrying it could repeat the side effect`);
    }
    const shell = shellOf(step.map, job.map, wf.doc.contents);
    const oses = jobRunnerOses(job);
    if (shell === undefined ? oses.has('Windows') : !/^(bash|sh)$/.test(shell)) {
      return noFix(
        ID,
        `step "${stepName}" does not run in bash or sh (shell: ${shell ?? 'pwsh, the Windows default'})`,
      );
    }

    const addToken =
      unauthenticatedGitHubApi(ctx.diagnosis) &&
      !envHas(step.map, [TOKEN_ENV, 'GH_TOKEN']) &&
      !envHas(job.map, [TOKEN_ENV, 'GH_TOKEN']) &&
      !envHas(wf.doc.contents, [TOKEN_ENV, 'GH_TOKEN']);
    const newScript = retryScript(addToken ? authenticateCurl(script) : script);

    // Replace the run value with a literal block; a comment after a one-line value moves to the header.
    const node = runPair.value as Scalar;
    const range = node.range;
    const keyRange = runPair.key.range;
    if (!range || !keyRange) return noFix(ID, 'the run value has no source position');
    const eol = eolOf(wf.text);
    const blockValue = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    let end = range[1];
    let header = literalBlock(newScript).header;
    if (blockValue) {
      const headerLine = wf.text.slice(range[0], nextLineStart(wf.text, range[0])).trim();
      const comment = /\s(#.*)$/.exec(headerLine)?.[1];
      if (comment) header += ` ${comment}`;
    } else {
      const lineEnd = nextLineStart(wf.text, end);
      const rest = wf.text.slice(end, lineEnd).replace(/\r?\n$/, '');
      if (!/^\s*(#.*)?$/.test(rest)) return noFix(ID, `cannot rewrite the run value of step "${stepName}"`);
      if (rest.trim() !== '') header += ` ${rest.trim()}`;
      end += rest.length;
    }
    const keyColumn = keyRange[0] - (wf.text.lastIndexOf('\n', keyRange[0] - 1) + 1);
    const body = indentLines(literalBlock(newScript).lines, keyColumn + 2).join(eol);
    const splices: Splice[] = [
      { start: range[0], end, text: `${header}${eol}${body}${blockValue && wf.text[end - 1] === '\n' ? eol : ''}` },
    ];
    const path = ['jobs', job.key, 'steps', step.index];
    if (addToken) {
      const env = step.map.get('env', true);
      const splice = isMap(env)
        ? insertPair(wf, env, TOKEN_ENV, [TOKEN_VALUE])
        : insertPair(wf, step.map, 'env', ['', `${TOKEN_ENV}: ${TOKEN_VALUE}`], { after: ['run'] });
      if (isLocateError(splice)) return noFix(ID, `cannot add ${TOKEN_ENV} to step "${stepName}": ${splice.error}`);
      splices.push(splice);
    }
    const edit = spliceWorkflow(wf, splices, (doc) => {
      doc.setIn([...path, 'run'], newScript);
      if (addToken) doc.setIn([...path, 'env', TOKEN_ENV], TOKEN_VALUE);
    });
    if (isLocateError(edit)) return noFix(ID, edit.error);
    return {
      fixer: ID,
      edits: [edit],
      explanation:
        `Step "${stepName}" of job \`${job.key}\` failed on a ${ctx.diagnosis.category === 'rate-limit' ? 'rate limit' : 'network error'}. ` +
        `Its script now runs up to ${ATTEMPTS} times, waiting 15 s and then 30 s between attempts; each attempt stops at its first failing command as before.` +
        (addToken
          ? ` The log shows unauthenticated calls to api.github.com, so the step gets \`${TOKEN_ENV}\` (the workflow's own token), and \`curl\` calls to the API send it.`
          : ''),
    };
  },
};
