import { Buffer } from 'node:buffer';

/**
 * The hidden machine-readable marker in issue, pull request and comment bodies:
 *
 *     <!-- self-heal:KIND v1 BASE64URL(JSON) -->
 *
 * base64url has no `>`, `!` or whitespace, so no data can close the comment early (`-->`, `--!>`);
 * the JSON inside is UTF-8. The marker stands on a line of its own, where Markdown takes it as an
 * HTML block and GitHub shows nothing.
 *
 * Which marker wins: bodies are rendered readable text first and the marker last (see `fitBody`),
 * and every copy of untrusted text in them goes through `neutraliseMarkers`, so the real marker
 * is the last one. `readMarker` therefore takes the LAST marker of the kind, and when that one is
 * corrupt it returns null rather than fall back to an earlier one (which could be a forgery quoted
 * from a log). Anyone who can edit a body can rewrite its marker anyway; comments, though, can be
 * written by anyone who can comment: read markers from comments only when the comment's author is
 * the account that wrote them.
 */

export const MARKER_VERSION = 1;

const KIND = /^[a-z][a-z0-9-]{0,39}$/;

// Whitespace is tolerated (a body edited by hand); the payload alphabet is strict.
const MARKER = /<!--[ \t]*self-heal:([a-z][a-z0-9-]{0,39})[ \t]{1,8}v(\d{1,4})[ \t]{1,8}([A-Za-z0-9_-]*)[ \t]*-->/g;

// Everything the reader could take for a marker, whatever the case or spacing.
const MARKER_OPENING = /<!--(?=[ \t]*self-heal:)/gi;

/** The marker for `data`, to put last in a body. */
export function renderMarker(kind: string, data: unknown): string {
  assertKind(kind);
  const json = JSON.stringify(data);
  if (json === undefined) {
    throw new TypeError(`renderMarker(${kind}): the data is not JSON-serialisable (got ${typeof data})`);
  }
  return `<!-- self-heal:${kind} v${MARKER_VERSION} ${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}

/**
 * The data of the last `kind` marker in `body`, if it decodes and `isValid` accepts it; otherwise
 * null. Never throws on any body: missing, truncated, corrupt, of another version, or huge.
 */
export function readMarker<T>(
  body: string | null | undefined,
  kind: string,
  isValid: (data: unknown) => data is T,
): T | null {
  assertKind(kind);
  if (!body) return null;
  let payload: string | null = null;
  let version = '';
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(body); m; m = MARKER.exec(body)) {
    if (m[1] !== kind) continue;
    version = m[2] ?? '';
    payload = m[3] ?? '';
  }
  if (payload === null || Number(version) !== MARKER_VERSION) return null;
  const data = decodePayload(payload);
  if (data === undefined) return null;
  try {
    return isValid(data) ? data : null;
  } catch {
    return null; // a validator that trips over an unexpected shape has rejected it
  }
}

/**
 * Breaks every marker opening in untrusted text (log excerpts, titles quoted in a body) with a
 * zero-width space, so that only the marker we append can be read. The text reads the same.
 */
export function neutraliseMarkers(text: string): string {
  return text.replace(MARKER_OPENING, '<!-\u200b-');
}

function decodePayload(payload: string): unknown {
  if (payload.length === 0 || payload.length % 4 === 1) return undefined;
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(payload, 'base64url'));
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function assertKind(kind: string): void {
  if (!KIND.test(kind)) {
    throw new TypeError(`marker kind ${JSON.stringify(kind)} must be lower-case letters, digits and dashes (1-40)`);
  }
}
