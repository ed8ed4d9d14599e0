import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../../../shared/src/errors.js';
import type { AnalyzeOptions } from '../../../shared/src/log/analyze-log.js';
import { analyzeLog, analyzeRunLogsZip } from '../../../shared/src/log/analyze-log.js';
import { CATALOG } from '../../../shared/src/log/catalog/index.js';
import type { Rule } from '../../../shared/src/log/rule.js';
import { loadRules, RuleError } from '../../../shared/src/log/rule.js';
import { isZip, ZipError } from '../../../shared/src/log/run-logs-zip.js';
import type { Section } from '../../../shared/src/log/steps.js';
import { selectSections } from '../../../shared/src/log/steps.js';
import type { Diagnosis } from '../../../shared/src/types.js';
import type { CliIo } from '../io.js';
import { reportInputError, reportUsage, UsageError } from '../io.js';

/**
 * Bytes per read when analysing a log file. Node's default (64 KiB) leaves the analyser idle
 * for a read round trip 16 times as often; the analyser's memory does not depend on it.
 */
export const LOG_READ_CHUNK = 1 << 20;

const HELP = `Usage: self-heal analyze FILE|ZIP|- [options]

Finds and classifies what failed in a CI log: a GitHub Actions job log, a run-logs zip
(as downloaded from the Actions API), or any plain log (Travis, Jenkins, a local run).
'-' reads the log from standard input.

Options:
  --json              print the diagnosis as one JSON object
  --step NAME         only look at this step (e.g. "Run npm test", as the jobs API names it)
  --step-number N     only look at this step number (1 is "Set up job"); when the log has no
                      such step, the whole log is analysed and a note on stderr says so
  --job NAME          in a run-logs zip, the job to look at
  --rules FILE        extra rules (a YAML or JSON list, or a mapping with a 'rules' list),
                      tried with the built-in catalog; the best-scoring hit wins, and a rule
                      without 'priority' ranks at 50 (built-in rules go up to 97); a rule with
                      a built-in rule's id replaces it
  -h, --help          show this help

Exit status: 0 analysed (whatever the log shows), 2 bad usage or unreadable input
(a missing file, a directory, a bad --rules file, a broken zip).
`;

const OPTIONS = {
  json: { type: 'boolean' },
  step: { type: 'string' },
  'step-number': { type: 'string' },
  job: { type: 'string' },
  rules: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Zips are read whole (their directory is at the end); logs are streamed. */
const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024;

export async function analyze(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return reportUsage(io, 'analyze', (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    return reportUsage(io, 'analyze', `expected one FILE, ZIP or '-', got ${positionals.length}`);
  }
  let diagnosis: Diagnosis;
  try {
    const options: AnalyzeOptions = {};
    if (values.step) options.step = values.step;
    if (values.job) options.job = values.job;
    const stepNumber = parseStepNumber(values['step-number']);
    if (stepNumber !== undefined) options.stepNumber = stepNumber;
    if (values.rules) {
      // A rule with a built-in rule's id takes its place: the way to tune a built-in rule.
      const own = await readRules(values.rules);
      const ids = new Set(own.map((r) => r.id));
      options.rules = [...own, ...CATALOG.filter((r) => !ids.has(r.id))];
    }
    diagnosis = await diagnoseInput(positionals[0] as string, io, options);
  } catch (error) {
    return reportInputError(io, 'analyze', error);
  }
  io.stdout(values.json ? `${JSON.stringify(diagnosis)}\n` : render(diagnosis));
  return 0;
}

/** `--step-number` (analyze, fix): plain decimal digits, at least 1; not '0x5', '1e1', '1.5' or '-3'. */
export function parseStepNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--step-number must be a positive integer, got '${raw}'`);
  }
  return n;
}

async function readRules(file: string): Promise<Rule[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read the rules file ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new UserError(`${file} is not valid YAML or JSON: ${(error as Error).message}`);
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && 'rules' in data)
    data = (data as { rules: unknown }).rules;
  try {
    return loadRules(data);
  } catch (error) {
    if (error instanceof RuleError) throw new UserError(`${file}: ${error.message}`);
    throw error;
  }
}

/**
 * Diagnoses a log file, a run-logs zip, or standard input ('-'), as `analyze` and `fix --log`
 * read them. Notes go to stderr: which file of a zip was analysed, and that the whole log was
 * analysed because the asked-for step is not in it. Input that cannot be read is a UserError.
 */
export async function diagnoseInput(input: string, io: CliIo, options: AnalyzeOptions): Promise<Diagnosis> {
  const { diagnosis, from } = await diagnose(input, io, options);
  if (from) io.stderr(`analysed ${from} from the zip\n`);
  return diagnosis;
}

async function diagnose(
  input: string,
  io: CliIo,
  options: AnalyzeOptions,
): Promise<{ diagnosis: Diagnosis; from?: string }> {
  try {
    if (input === '-') return await fromStdin(io, options);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError(
        code === 'ENOENT' ? `no such file: ${input}` : `cannot read ${input}: ${(error as Error).message}`,
      );
    }
    if (info.isDirectory()) throw new UserError(`${input} is a directory; give a log file, a run-logs zip or '-'`);
    if (await startsLikeZip(input)) {
      if (info.size > MAX_ZIP_BYTES) throw new UserError(`${input} is larger than ${MAX_ZIP_BYTES} bytes`);
      return fromZip(await readFile(input), options);
    }
    return { diagnosis: await analyzePlain(createReadStream(input, { highWaterMark: LOG_READ_CHUNK }), io, options) };
  } catch (error) {
    if (error instanceof ZipError) throw new UserError(`${input}: ${error.message}`);
    if ((error as NodeJS.ErrnoException).code && !(error instanceof UserError)) {
      throw new UserError(`cannot read ${input}: ${(error as Error).message}`);
    }
    throw error;
  }
}

async function startsLikeZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return isZip(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

function fromZip(zip: Uint8Array, options: AnalyzeOptions): { diagnosis: Diagnosis; from: string } {
  const { diagnosis, file } = analyzeRunLogsZip(zip, options);
  return { diagnosis, from: file.name };
}

/** Streams standard input, unless it starts like a zip, which is then read whole. */
async function fromStdin(io: CliIo, options: AnalyzeOptions): Promise<{ diagnosis: Diagnosis; from?: string }> {
  const iterator = (io.stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  const rest: AsyncIterable<Buffer | string> = { [Symbol.asyncIterator]: () => iterator };
  if (isZip(head)) {
    const parts = [head];
    let size = head.length;
    for await (const chunk of rest) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > MAX_ZIP_BYTES) throw new UserError(`the zip on standard input is larger than ${MAX_ZIP_BYTES} bytes`);
      parts.push(buf);
    }
    return fromZip(Buffer.concat(parts), options);
  }
  async function* all(): AsyncGenerator<Buffer | string> {
    if (first.done) return;
    yield head;
    yield* rest;
  }
  return { diagnosis: await analyzePlain(all(), io, options) };
}

/**
 * Analyses a log that is not a zip. When --step or --step-number selects no step in it, the
 * whole log is analysed (a step's custom `name:` is not in the log), and a note says so.
 */
async function analyzePlain(
  source: AsyncIterable<Uint8Array | string>,
  io: CliIo,
  options: AnalyzeOptions,
): Promise<Diagnosis> {
  if (!options.step && options.stepNumber === undefined) return analyzeLog(source, options);
  let note: string | undefined;
  const diagnosis = await analyzeLog(source, {
    ...options,
    onSections: (chosen, all) => {
      if (chosen.length === 0) note = wholeLogNote(all, options);
    },
  });
  if (note) io.stderr(`${note}\n`);
  return diagnosis;
}

/** Why a step asked for was not used (the analysis looked at the whole log instead). */
function wholeLogNote(sections: readonly Section[], { step, stepNumber }: AnalyzeOptions): string {
  const reasons: string[] = [];
  if (step) reasons.push(`no step '${step}' in the log`);
  if (stepNumber !== undefined) {
    const count = `${sections.length} step${sections.length === 1 ? '' : 's'}`;
    reasons.push(
      selectSections(sections, undefined, stepNumber).length
        ? `step ${stepNumber} did not fail`
        : `no step ${stepNumber} in the log (it has ${count})`,
    );
  }
  return `${reasons.join(' and ')}; analysed the whole log`;
}

/** A readable report: what failed, why, and the lines that show it. */
export function render(d: Diagnosis): string {
  const out: string[] = [];
  out.push(`Category:    ${d.category}${d.ruleId !== 'unknown' ? ` (rule ${d.ruleId})` : ''}`);
  out.push(`Summary:     ${d.summary}`);
  out.push(`Ecosystem:   ${d.ecosystem}`);
  out.push(`Transient:   ${d.transient ? 'yes, a re-run may pass' : 'no'}`);
  out.push(`Confidence:  ${d.confidence.toFixed(2)}`);
  const facts = Object.entries(d.facts);
  if (facts.length) {
    out.push('Facts:');
    for (const [k, v] of facts) out.push(`  ${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  }
  out.push(`Fingerprint: ${d.fingerprint}`);
  if (d.lines.length) {
    out.push('', 'Lines:');
    const width = String(d.lines[d.lines.length - 1]?.n ?? 0).length;
    let previous: number | undefined;
    for (const line of d.lines) {
      if (previous !== undefined && line.n > previous + 1) out.push(`${' '.repeat(width)} ┆`);
      out.push(`${String(line.n).padStart(width)} │ ${line.text}`);
      previous = line.n;
    }
  } else {
    out.push('', 'No failure lines found.');
  }
  return `${out.join('\n')}\n`;
}
