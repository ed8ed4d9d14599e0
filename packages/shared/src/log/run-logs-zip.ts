import { Buffer } from 'node:buffer';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

/**
 * The run-logs zip from `GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs`:
 * a folder per job holding a file per step (`<job>/<N>_<step name>.txt`), and at the
 * root one file per job with its whole log (`<N>_<job>.txt`).
 */

export interface RunLogFile {
  /** Path inside the zip. */
  name: string;
  /** Folder (job) of a step file, or the job name of a root job file. */
  job: string;
  /** Step number of a step file; job position of a root job file. */
  number: number;
  /** Step name (or job name for a root job file), as the file name spells it. */
  title: string;
  kind: 'step' | 'job';
  /** Uncompressed size in bytes. */
  size: number;
}

export class ZipError extends Error {
  override name = 'ZipError';
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

const STEP_FILE = /^(.+)\/(\d+)_(.*)\.txt$/;
const JOB_FILE = /^(\d+)_(.*)\.txt$/;

/** The log files in a run-logs zip, in job and step order. */
export function listRunLogFiles(zip: Uint8Array): RunLogFile[] {
  const files: RunLogFile[] = [];
  try {
    unzipSync(zip, {
      filter(info) {
        const step = STEP_FILE.exec(info.name);
        if (step) {
          files.push({
            name: info.name,
            job: step[1] as string,
            number: Number(step[2]),
            title: step[3] as string,
            kind: 'step',
            size: info.originalSize,
          });
        } else {
          const job = JOB_FILE.exec(info.name);
          if (job) {
            const title = job[2] as string;
            files.push({
              name: info.name,
              job: title,
              number: Number(job[1]),
              title,
              kind: 'job',
              size: info.originalSize,
            });
          }
        }
        return false;
      },
    });
  } catch (error) {
    throw new ZipError(`not a readable zip archive: ${(error as Error).message}`);
  }
  return files.sort((a, b) => (a.job === b.job ? a.number - b.number : a.job < b.job ? -1 : 1));
}

/** Streams one entry's decompressed bytes to `onChunk`, in pieces of bounded size. */
export function readZipEntry(zip: Uint8Array, name: string, onChunk: (chunk: Uint8Array) => void): void {
  let found = false;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    if (file.name !== name) return;
    found = true;
    file.ondata = (err, data) => {
      if (err) failure = err;
      else if (data.length) onChunk(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const slice = 64 * 1024;
  try {
    for (let i = 0; i < zip.length; i += slice) {
      unzip.push(zip.subarray(i, Math.min(i + slice, zip.length)), i + slice >= zip.length);
      if (failure) break;
    }
  } catch (error) {
    throw new ZipError(`cannot read ${name} from the zip archive: ${(error as Error).message}`);
  }
  if (failure) throw new ZipError(`cannot read ${name} from the zip archive: ${failure.message}`);
  if (!found) throw new ZipError(`the zip archive has no entry ${name}`);
}

/** Letters and digits only, lower case: file names drop characters such as '/' and ':'. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function containsErrorMarker(zip: Uint8Array, name: string): boolean {
  const needle = Buffer.from('##[error]');
  let tail: Buffer = Buffer.alloc(0);
  let hit = false;
  readZipEntry(zip, name, (chunk) => {
    if (hit) return;
    const buf = Buffer.concat([tail, Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)]);
    if (buf.indexOf(needle) >= 0) hit = true;
    tail = buf.subarray(Math.max(0, buf.length - needle.length));
  });
  return hit;
}

export interface RunLogSelection {
  job?: string;
  step?: string;
  stepNumber?: number;
}

/**
 * The log file to analyse: the named or numbered step (of the named job), else the first
 * step file holding `##[error]`, else the first job's whole log.
 */
export function pickRunLogFile(zip: Uint8Array, selection: RunLogSelection = {}): RunLogFile {
  let files = listRunLogFiles(zip);
  if (files.length === 0)
    throw new ZipError('the zip archive holds no job logs (<job>/<N>_<step>.txt or <N>_<job>.txt)');
  if (selection.job) {
    const key = nameKey(selection.job);
    const ofJob = files.filter((f) => nameKey(f.job) === key);
    if (ofJob.length === 0) {
      const jobs = [...new Set(files.map((f) => f.job))].join(', ');
      throw new ZipError(`the zip archive has no job '${selection.job}'; it has: ${jobs}`);
    }
    files = ofJob;
  }
  const steps = files.filter((f) => f.kind === 'step');
  if (selection.stepNumber !== undefined) {
    const byNumber = steps.find((f) => f.number === selection.stepNumber);
    if (byNumber) return byNumber;
  }
  if (selection.step) {
    const key = nameKey(selection.step);
    const byName =
      steps.find((f) => nameKey(f.title) === key) ??
      steps.find((f) => nameKey(`Run ${f.title}`) === key || nameKey(f.title) === nameKey(`Run ${selection.step}`));
    if (byName) return byName;
  }
  for (const f of steps) if (containsErrorMarker(zip, f.name)) return f;
  const jobs = files.filter((f) => f.kind === 'job');
  for (const f of jobs) if (containsErrorMarker(zip, f.name)) return f;
  return (jobs[0] ?? steps[steps.length - 1]) as RunLogFile;
}
