import { readMarker, renderMarker } from './github/markers.js';
import { CATEGORIES, type Diagnosis, type FailureRecord } from './types.js';

// Issue bodies can be edited by anyone with triage rights, so a record read back from one is
// untrusted: every field is checked for type and shape before auto-heal acts on it.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isFactValue = (v: unknown): boolean =>
  isString(v) ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (Array.isArray(v) && v.length <= 200 && v.every((x) => isString(x, 1000)));

export function isDiagnosis(v: unknown): v is Diagnosis {
  if (!isObject(v)) return false;
  return (
    (CATEGORIES as readonly unknown[]).includes(v.category) &&
    isString(v.ruleId, 200) &&
    isString(v.summary, 2000) &&
    Array.isArray(v.lines) &&
    v.lines.length <= 500 &&
    v.lines.every((l) => isObject(l) && isCount(l.n) && isString(l.text, 20_000)) &&
    isObject(v.facts) &&
    Object.keys(v.facts).length <= 50 &&
    Object.values(v.facts).every(isFactValue) &&
    isString(v.ecosystem, 50) &&
    isString(v.fingerprint, 200) &&
    typeof v.transient === 'boolean' &&
    typeof v.confidence === 'number' &&
    v.confidence >= 0 &&
    v.confidence <= 1
  );
}

export function isFailureRecord(v: unknown): v is FailureRecord {
  if (!isObject(v) || !isObject(v.run) || !isObject(v.job)) return false;
  const { run, job } = v;
  const step = job.step;
  return (
    isString(v.fingerprint, 200) &&
    isDiagnosis(v.diagnosis) &&
    isString(run.owner, 100) &&
    isString(run.repo, 100) &&
    isCount(run.runId) &&
    isCount(run.attempt) &&
    isString(run.workflowName, 500) &&
    isString(run.workflowPath, 500) &&
    isString(run.headBranch, 500) &&
    isString(run.headSha, 64) &&
    isString(run.event, 100) &&
    isString(run.htmlUrl, 1000) &&
    isCount(job.id) &&
    isString(job.name, 500) &&
    isString(job.htmlUrl, 1000) &&
    (step === undefined || (isObject(step) && isString(step.name, 500) && isCount(step.number))) &&
    isCount(v.occurrences) &&
    isString(v.firstSeen, 40) &&
    isString(v.lastSeen, 40)
  );
}

const FAILURE_MARKER = 'failure';

/** The hidden marker that carries a failure record, last in an issue body. */
export function renderFailureMarker(record: FailureRecord): string {
  return renderMarker(FAILURE_MARKER, record);
}

/** The failure record of an issue body, or null when it has none or it does not validate. */
export function readFailureRecord(body: string | null | undefined): FailureRecord | null {
  return readMarker(body, FAILURE_MARKER, isFailureRecord);
}

/** `body` with its failure marker replaced by one for `record`; the readable text stays as it is. */
export function replaceFailureMarker(body: string, record: FailureRecord): string {
  const marker = renderFailureMarker(record);
  const at = body.lastIndexOf(`<!-- self-heal:${FAILURE_MARKER} `);
  return at >= 0 ? `${body.slice(0, at)}${marker}` : `${body.trimEnd()}\n\n${marker}`;
}

/**
 * A record small enough for a marker in any body: the marker is never trimmed, so the lines it
 * carries are bounded (the readable body shows them all, trimmed to fit).
 */
export function boundedRecord(record: FailureRecord, maxLines = 40, maxLineLength = 500): FailureRecord {
  const { diagnosis } = record;
  return {
    ...record,
    diagnosis: {
      ...diagnosis,
      summary: diagnosis.summary.slice(0, 500),
      lines: diagnosis.lines.slice(0, maxLines).map((l) => ({ n: l.n, text: l.text.slice(0, maxLineLength) })),
    },
  };
}

/** What failure-monitor records in its comment on a fix verification, read back by auto-heal. */
export interface VerificationRecord {
  runId: number;
  /** The run attempt; absent in records written before it was recorded. */
  attempt?: number;
  /** The fix branch commit the run tested. */
  headSha: string;
  conclusion: string;
  /** The first failure of the run, when it failed. */
  diagnosis?: Diagnosis;
}

const VERIFICATION_MARKER = 'verification';

export function renderVerificationMarker(record: VerificationRecord): string {
  const diagnosis = record.diagnosis
    ? boundedRecord({ diagnosis: record.diagnosis } as FailureRecord).diagnosis
    : undefined;
  return renderMarker(VERIFICATION_MARKER, { ...record, ...(diagnosis ? { diagnosis } : {}) });
}

export function isVerificationRecord(v: unknown): v is VerificationRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isCount(r.runId) &&
    (r.attempt === undefined || isCount(r.attempt)) &&
    isString(r.headSha, 64) &&
    isString(r.conclusion, 40) &&
    (r.diagnosis === undefined || isDiagnosis(r.diagnosis))
  );
}

export function readVerificationRecord(body: string | null | undefined): VerificationRecord | null {
  return readMarker(body, VERIFICATION_MARKER, isVerificationRecord);
}
