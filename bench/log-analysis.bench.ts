// Log analysis throughput and memory: generates a ~200 MB GitHub Actions job log (many steps of
// passing output, one failure near the end), then measures, in the same run:
//   - analyzeLog streaming the file (MB/s, peak RSS while analysing),
//   - `grep -E -c` over the same file with the catalog's line patterns as one alternation,
// and prints a Markdown table. `npx tsx bench/log-analysis.bench.ts [MB]` or `npm run bench -- log`.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOG_READ_CHUNK } from '../packages/cli/src/commands/analyze.js';
import { CATALOG } from '../packages/shared/src/log/catalog/index.js';

const TARGET_MB = Number(process.argv[2] ?? 200);

/** A small deterministic PRNG so every run writes the same log. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'user order cart invoice payment session token cache queue worker parser router render layout theme config schema'.split(
    ' ',
  );

/**
 * Output lines typical of passing CI steps (installs, builds, test runs), including the
 * benign mentions of failures and errors real logs have (`Failures: 0, Errors: 0`, `0 errors`)
 * at roughly the rate a Maven or pytest log has them.
 */
function passingLine(rnd: () => number, step: number, i: number): string {
  const w = () => WORDS[Math.floor(rnd() * WORDS.length)] as string;
  const ms = Math.floor(rnd() * 900);
  const r = Math.floor(rnd() * 64);
  if (r < 2) {
    return `[INFO] Tests run: ${ms % 40}, Failures: 0, Errors: 0, Skipped: ${ms % 3}, Time elapsed: 0.${ms} s - in com.example.${w()}.${w()}ServiceTest`;
  }
  if (r < 3) return `src/${w()}/${w()}.ts: 0 errors, 0 warnings`;
  if (r < 4) return `npm warn deprecated ${w()}@${step}.${ms % 10}.0: This package is no longer supported.`;
  switch (r % 14) {
    case 0:
      return `Collecting ${w()}-${w()}==${step}.${i % 10}.${ms % 7}`;
    case 1:
      return `  Downloading https://files.pythonhosted.org/packages/${ms}/${w()}-${step}.${i % 9}-py3-none-any.whl (${ms} kB)`;
    case 2:
      return `added ${ms} packages, and audited ${ms + 120} packages in ${ms % 30}s`;
    case 3:
      return `[INFO] Compiling ${ms} source files with javac [debug target 17] to target/classes`;
    case 4:
      return ` PASS  src/${w()}/${w()}.test.ts (${(ms / 100).toFixed(2)} s)`;
    case 5:
      return `  \u2713 handles ${w()} ${w()} correctly (${ms % 60} ms)`;
    case 6:
      return `tests/test_${w()}.py::test_${w()}_${w()} PASSED                     [ ${i % 100}%]`;
    case 7:
      return `\u001b[32m> Task :${w()}:compileJava\u001b[0m`;
    case 8:
      return `    ok ${i} - ${w()} ${w()} returns the expected ${w()}`;
    case 9:
      return `=== RUN   Test${w()}${w()}/case_${i % 50}`;
    case 10:
      return `--- PASS: Test${w()}${w()} (0.${ms % 99}s)`;
    case 11:
      return `   Compiling ${w()}-${w()} v0.${ms % 20}.${i % 10}`;
    case 12:
      return `[command]/usr/bin/git -c protocol.version=2 fetch --depth=1 origin +${ms}${i}:refs/remotes/origin/${w()}`;
    default:
      return `webpack compiled ${w()}.${w()}.js ${ms} KiB [emitted] [minimized] (name: ${w()})`;
  }
}

const FAILURE = [
  ' FAIL  src/checkout/cart.test.ts',
  '  \u25cf Cart \u203a applies the discount code',
  '',
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 90',
  '    Received: 100',
  '',
  '      40 |     cart.apply("SPRING10");',
  '    > 41 |     expect(cart.total()).toBe(90);',
  '         |                          ^',
  '',
  '      at Object.<anonymous> (src/checkout/cart.test.ts:41:26)',
  '',
  'Tests:       1 failed, 812 passed, 813 total',
  '##[error]Process completed with exit code 1.',
];

async function generate(file: string, targetBytes: number): Promise<{ lines: number; failureLine: number }> {
  const out = createWriteStream(file);
  const rnd = prng(42);
  let bytes = 0;
  let lines = 0;
  let step = 0;
  let clock = Date.UTC(2024, 4, 1, 12, 0, 0);
  const ts = () => `${new Date(clock).toISOString().replace('Z', '')}1234Z `;
  const batch: string[] = [];
  const push = (text: string) => {
    clock += Math.floor(rnd() * 40);
    const line = `${ts()}${text}\n`;
    batch.push(line);
    bytes += line.length;
    lines++;
  };
  const flush = async () => {
    if (!out.write(batch.join(''))) await once(out, 'drain');
    batch.length = 0;
  };
  push("\uFEFFCurrent runner version: '2.316.0'");
  while (bytes < targetBytes - 4096) {
    step++;
    push(`##[group]Run npm run step-${step}`);
    push(`\u001b[36;1mnpm run step-${step}\u001b[0m`);
    push('shell: /usr/bin/bash -e {0}');
    push('##[endgroup]');
    const stepLines = 20_000 + Math.floor(rnd() * 20_000);
    for (let i = 0; i < stepLines && bytes < targetBytes - 4096; i++) {
      push(passingLine(rnd, step, i));
      if (batch.length >= 5000) await flush();
    }
  }
  push('##[group]Run npm test');
  push('##[endgroup]');
  const failureLine = lines + 2;
  for (const text of FAILURE) push(text);
  push('Post job cleanup.');
  push('Cleaning up orphan processes');
  await flush();
  out.end();
  await once(out, 'finish');
  return { lines, failureLine };
}

// --- grep reference: the catalog's JavaScript patterns as POSIX ERE (an approximation: lookarounds dropped, per-rule flags ignored).
const CLASS_ESCAPES: Record<string, string> = { d: '0-9', w: '[:alnum:]_', s: '[:space:]' };
const ESCAPES: Record<string, string> = {
  d: '[0-9]',
  D: '[^0-9]',
  w: '[[:alnum:]_]',
  W: '[^[:alnum:]_]',
  s: '[[:space:]]',
  S: '[^[:space:]]',
  b: '\\b',
  B: '\\B',
  t: '\t',
};
const SPECIAL = /[.[\]()*+?{}|^$\\]/;

export function toEre(src: string): string {
  let out = '';
  let drop = 0;
  const groups: boolean[] = [];
  const emit = (s: string) => {
    if (drop === 0) out += s;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (e === 'x') {
        const ch = String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 4), 16));
        emit(SPECIAL.test(ch) ? `\\${ch}` : ch);
        i += 4;
      } else if (e in ESCAPES) {
        emit(ESCAPES[e] as string);
        i += 2;
      } else {
        emit(SPECIAL.test(e) ? `\\${e}` : e);
        i += 2;
      }
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      let body = '';
      const negate = src[j] === '^';
      if (negate) j++;
      let dash = false;
      let close = false;
      let open = false;
      while (j < src.length && src[j] !== ']') {
        if (src[j] === '\\') {
          const e = src[j + 1] as string;
          if (e in CLASS_ESCAPES) body += CLASS_ESCAPES[e];
          else if (e === '-') dash = true;
          else if (e === ']') close = true;
          else if (e === '[') open = true;
          else if (e === 'x') {
            body += String.fromCharCode(Number.parseInt(src.slice(j + 2, j + 4), 16));
            j += 2;
          } else if (e === 't') body += '\t';
          else body += e;
          j += 2;
          continue;
        }
        body += src[j];
        j++;
      }
      // In a POSIX bracket ']' goes first, '[' last before '-', and '-' last.
      emit(`[${negate ? '^' : ''}${close ? ']' : ''}${body}${open ? '[' : ''}${dash ? '-' : ''}]`);
      i = j + 1;
      continue;
    }
    if (c === '(') {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(src.slice(i, i + 4));
      if (look) {
        groups.push(true);
        drop++;
        i += look[0].length;
        continue;
      }
      groups.push(false);
      emit('(');
      if (src.startsWith('(?:', i)) i += 3;
      else if (src.startsWith('(?<', i)) i = src.indexOf('>', i) + 1;
      else i++;
      continue;
    }
    if (c === ')') {
      if (groups.pop()) drop--;
      else emit(')');
      i++;
      continue;
    }
    if ('*+?}'.includes(c) && src[i + 1] === '?') {
      emit(c);
      i += 2;
      continue;
    }
    emit(c);
    i++;
  }
  return out;
}

/**
 * The analysis runs in a child process of plain Node on a bundle of the analyser, so the
 * peak RSS is the analyser's (not the TypeScript loader's) and the parent's heap (the
 * generator) does not count.
 */
const CHILD = `
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
const { analyzeLog } = await import(process.argv[2]);
const file = process.argv[3];
const chunk = Number(process.argv[4]);
const hwm = () => { const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8')); return m ? Number(m[1]) * 1024 : 0; };
let reset = false;
try { writeFileSync('/proc/self/clear_refs', '5'); reset = true; } catch {}
const rssBefore = process.memoryUsage.rss();
let sampled = rssBefore;
const timer = setInterval(() => { sampled = Math.max(sampled, process.memoryUsage.rss()); }, 20);
const start = performance.now();
const d = await analyzeLog(createReadStream(file, { highWaterMark: chunk }));
const seconds = (performance.now() - start) / 1000;
clearInterval(timer);
sampled = Math.max(sampled, process.memoryUsage.rss());
let peak = sampled;
try { peak = Math.max(peak, hwm()); } catch {}
process.stdout.write(JSON.stringify({ seconds, peak, rssBefore, reset, category: d.category, ruleId: d.ruleId, lines: d.lines.map((l) => l.n) }));
`;

interface ChildResult {
  seconds: number;
  peak: number;
  rssBefore: number;
  reset: boolean;
  category: string;
  ruleId: string;
  lines: number[];
  runtime: string;
}

async function runAnalysis(dir: string, file: string): Promise<ChildResult> {
  const entry = join(import.meta.dirname, '../packages/shared/src/log/index.ts');
  const childFile = join(dir, 'child.mjs');
  writeFileSync(childFile, CHILD);
  let moduleUrl: string;
  let args: string[];
  let runtime: string;
  try {
    // esbuild comes with tsx; a bundle lets plain Node run the TypeScript sources.
    const { build } = await import('esbuild');
    const bundle = join(dir, 'analyzer.mjs');
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'error',
    });
    moduleUrl = pathToFileURL(bundle).href;
    args = [childFile, moduleUrl, file, String(LOG_READ_CHUNK)];
    runtime = 'node (esbuild bundle)';
  } catch {
    moduleUrl = pathToFileURL(entry).href;
    args = ['--import', 'tsx', childFile, moduleUrl, file, String(LOG_READ_CHUNK)];
    runtime = 'node --import tsx (includes the loader)';
  }
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (child.status !== 0) throw new Error(`analysis child failed: ${child.stderr}`);
  return { ...(JSON.parse(child.stdout) as Omit<ChildResult, 'runtime'>), runtime };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'self-heal-bench-'));
  try {
    const file = join(dir, 'job.log');
    const genStart = performance.now();
    const { lines, failureLine } = await generate(file, TARGET_MB * 1024 * 1024);
    const size = statSync(file).size;
    const mb = size / (1024 * 1024);
    console.log(
      `generated ${mb.toFixed(0)} MB, ${lines.toLocaleString('en')} lines in ${((performance.now() - genStart) / 1000).toFixed(1)} s`,
    );

    const patterns = CATALOG.filter((r) => r.target !== 'command').flatMap((r) => r.patterns);
    const patternFile = join(dir, 'patterns.ere');
    writeFileSync(patternFile, `${patterns.map((p) => `(${toEre(p)})`).join('|')}\n`);
    const grepArgs = ['-E', '-c', '-f', patternFile, file];
    const grepEnv = { ...process.env, LC_ALL: 'C' };
    spawnSync('grep', grepArgs, { env: grepEnv }); // warms the page cache for both
    const grepStart = performance.now();
    const grep = spawnSync('grep', grepArgs, { env: grepEnv, encoding: 'utf8' });
    const grepSeconds = (performance.now() - grepStart) / 1000;
    if (grep.status !== 0 && grep.status !== 1) throw new Error(`grep failed: ${grep.stderr}`);

    const ours = await runAnalysis(dir, file);
    const found = ours.lines.some((n) => n >= failureLine && n < failureLine + FAILURE.length);
    const rate = mb / ours.seconds;
    const grepRate = mb / grepSeconds;
    const MiB = 1024 * 1024;
    console.log('');
    console.log('| measure | value |');
    console.log('|---|---|');
    console.log(`| log | ${mb.toFixed(0)} MB, ${lines.toLocaleString('en')} lines, one failure near the end |`);
    console.log(
      `| analyzeLog, streaming the file as \`self-heal analyze\` reads it | ${rate.toFixed(0)} MB/s (${ours.seconds.toFixed(2)} s, ${ours.runtime}) |`,
    );
    console.log(
      `| grep -E -c, the catalog's ${patterns.length} line patterns as one alternation, LC_ALL=C | ${grepRate.toFixed(0)} MB/s (${grepSeconds.toFixed(2)} s) |`,
    );
    console.log(`| ratio, ours / grep | ${(rate / grepRate).toFixed(2)}× (target ≥ 0.5×) |`);
    console.log(
      `| peak RSS of the analysing process | ${(ours.peak / MiB).toFixed(0)} MB (${(ours.rssBefore / MiB).toFixed(0)} MB before the analysis; ${ours.reset ? 'VmHWM' : 'sampled'}; target < 150 MB) |`,
    );
    console.log(`| diagnosis | ${ours.category} / ${ours.ruleId}; failure lines found: ${found ? 'yes' : 'no'} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
