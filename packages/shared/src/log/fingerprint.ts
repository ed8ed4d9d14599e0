import { createHash } from 'node:crypto';
import type { FactValue } from '../types.js';

/**
 * Same failure → same fingerprint, across runs, commits and days: what varies between
 * runs (timestamps, durations, ids, hashes, temporary paths, workspace roots, ports,
 * addresses, line numbers, counts) is normalised away before hashing.
 */

const REPLACEMENTS: Array<[RegExp, string]> = [
  // ISO and common log timestamps, clock times.
  [/\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>'],
  [/\b\d{1,2}:\d\d:\d\d(?:[.,]\d+)?\b/g, '<time>'],
  // UUIDs, long hex (commit SHAs, digests, object ids), memory addresses.
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>'],
  [/\b0x[0-9a-f]+\b/gi, '<addr>'],
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b/gi, '<hash>'],
  [/sha\d+:[0-9a-f]+/gi, '<hash>'],
  // Temporary directories and per-run workspace roots.
  [/(?:\/private)?\/var\/folders\/[^\s'"`:)]+/g, '<tmp>'],
  [/\/tmp\/[^\s'"`:)]+/g, '<tmp>'],
  [/[A-Za-z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp\\[^\s'"`:)]+/g, '<tmp>'],
  [/\/home\/runner\/work\/_temp\/[^\s'"`:)]+/g, '<tmp>'],
  [/\/home\/runner\/work\/[^/\s]+\/[^/\s]+/g, '<ws>'],
  [/[A-Za-z]:\\a\\[^\\\s]+\\[^\\\s]+/g, '<ws>'],
  [/\/Users\/runner\/work\/[^/\s]+\/[^/\s]+/g, '<ws>'],
  [/\/home\/travis\/build\/[^/\s]+\/[^/\s]+/g, '<ws>'],
  [/\/Users\/travis\/build\/[^/\s]+\/[^/\s]+/g, '<ws>'],
  [/\/builds\/[^/\s]+\/[^/\s]+/g, '<ws>'],
  [/\/github\/workspace/g, '<ws>'],
  // Durations such as 12ms, 3.4 s, (0.02s), 1m30s.
  [/\b\d+(?:\.\d+)?\s?(?:ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)\b/gi, '<dur>'],
  // Everything else numeric: run ids, ports, pids, line/column numbers, counts.
  [/\d+(?:\.\d+)*/g, '<n>'],
];

/** Normalises one line of text for fingerprinting. */
export function normalizeForFingerprint(text: string): string {
  let s = text;
  for (const [re, by] of REPLACEMENTS) s = s.replace(re, by);
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Facts that identify a failure; line and column numbers move with unrelated edits. */
const VOLATILE_FACTS = new Set(['line', 'column', 'minutes', 'exitCode', 'count']);

/**
 * Hex sha256 (first 24 chars) of the rule id, the identifying facts and the first failure lines, all normalised.
 */
export function fingerprint(ruleId: string, facts: Record<string, FactValue>, lines: readonly string[]): string {
  const keyFacts = Object.keys(facts)
    .filter((k) => !VOLATILE_FACTS.has(k))
    .sort()
    .map((k) => {
      const v = facts[k];
      const value = Array.isArray(v) ? [...v].map(normalizeForFingerprint).sort().join(',') : String(v);
      return `${k}=${normalizeForFingerprint(value)}`;
    });
  const firstLines = lines
    .map(normalizeForFingerprint)
    .filter((l) => l.length > 0)
    .slice(0, 3);
  const material = [ruleId, ...keyFacts, '--', ...firstLines].join('\n');
  return createHash('sha256').update(material).digest('hex').slice(0, 24);
}
