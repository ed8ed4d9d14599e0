/**
 * Secret redaction, applied to anything before it is rendered, posted to GitHub or sent to an LLM.
 *
 * Replacement: the secret itself becomes `***` (GitHub's own mask, so text already masked by the
 * runner stays as it is). What says *what kind* of secret it was is kept, because it helps the
 * reader and is public knowledge: a vendor prefix (`ghp_***`, `xoxb-***`, `sk-proj-***`,
 * `AKIA***`), the key of an assignment (`API_TOKEN=***`, `"password": "***"`), the user and host of
 * a URL (`https://user:***@host`), the scheme of a header (`Authorization: Bearer ***`), the
 * BEGIN/END lines of a private key. Redaction never adds or removes a line break, so line numbers
 * stay valid, and it is idempotent: redact(redact(x)) === redact(x).
 *
 * Linear time: every pattern either starts at a literal or at the first character of a run
 * (a look-behind rejects every other start), and every unbounded run is either the end of the
 * pattern or consumed by the match, so no input makes the engine rescan a run from many starts.
 * Runs are written `X{n}X*`, not `X{n,}`, and quoted values are scanned with loops: V8 spends a
 * backtrack-stack entry per character on `X{n,}` and on alternations in a loop, and a multi-megabyte
 * run overflows it ("Maximum call stack size exceeded").
 *
 * Multi-line secrets (private key blocks) are only recognised in the text that contains them:
 * redact a log before splitting it into lines. A bare base64 line (a key body line on its own)
 * is still masked by a line rule.
 */

export const MASK = '***';

/** A secret with a recognisable shape: `prefix` (kept) then `body` (masked). */
interface TokenShape {
  name: string;
  /** Group 1: the part kept; group 2: the part masked. */
  pattern: RegExp;
  /** Extra check on the masked part, for shapes whose prefix alone is not distinctive. */
  accept?: (body: string) => boolean;
}

const hasDigitAndLetter = (s: string): boolean => /\d/.test(s) && /[A-Za-z]/.test(s);
const hasMixedClasses = (s: string): boolean => /\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s);

// Each look-behind excludes the characters of the body that follows the prefix, so a long run
// of body characters is entered once, at its start.
const TOKEN_SHAPES: readonly TokenShape[] = [
  { name: 'GitHub token', pattern: /(?<![A-Za-z0-9])(gh[pousr]_)([A-Za-z0-9]{30}[A-Za-z0-9]*)/g },
  { name: 'GitHub fine-grained token', pattern: /(?<![A-Za-z0-9])(github_pat_)([A-Za-z0-9_]{30}[A-Za-z0-9_]*)/g },
  { name: 'GitLab token', pattern: /(?<![A-Za-z0-9_-])(glpat-)([A-Za-z0-9_-]{20}[A-Za-z0-9_-]*)/g },
  {
    name: 'AWS access key id',
    pattern:
      /(?<![A-Za-z0-9])(AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)([A-Z0-9]{16})(?![A-Za-z0-9])/g,
  },
  { name: 'Slack token', pattern: /(?<![A-Za-z0-9-])(xox[abposr]-|xapp-)([A-Za-z0-9-]{10}[A-Za-z0-9-]*)/g },
  {
    name: 'Slack webhook',
    pattern: /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)([A-Za-z0-9_/-]{8}[A-Za-z0-9_/-]*)/g,
  },
  {
    name: 'Discord webhook',
    pattern:
      /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/)([0-9]{5}[0-9]*\/[A-Za-z0-9_-]{20}[A-Za-z0-9_-]*)/g,
  },
  {
    name: 'OpenAI or Anthropic key',
    pattern:
      /(?<![A-Za-z0-9_-])(sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?)([A-Za-z0-9_-]{20}[A-Za-z0-9_-]*)/g,
    accept: hasDigitAndLetter,
  },
  { name: 'npm token', pattern: /(?<![A-Za-z0-9])(npm_)([A-Za-z0-9]{30}[A-Za-z0-9]*)/g },
  { name: 'Google API key', pattern: /(?<![A-Za-z0-9_-])(AIza)([0-9A-Za-z_-]{30}[0-9A-Za-z_-]*)/g },
  { name: 'Stripe key', pattern: /(?<![A-Za-z0-9])((?:sk|rk)_(?:live|test)_|whsec_)([A-Za-z0-9]{10}[A-Za-z0-9]*)/g },
  { name: 'PyPI token', pattern: /(?<![A-Za-z0-9_-])(pypi-)(AgE[A-Za-z0-9_-]{40}[A-Za-z0-9_-]*)/g },
  { name: 'Docker Hub token', pattern: /(?<![A-Za-z0-9])(dckr_pat_)([A-Za-z0-9_-]{20}[A-Za-z0-9_-]*)/g },
  {
    name: 'Hugging Face token',
    pattern: /(?<![A-Za-z0-9])(hf_)([A-Za-z0-9]{30}[A-Za-z0-9]*)/g,
    accept: hasMixedClasses,
  },
  {
    name: 'JSON Web Token',
    pattern:
      /(?<![A-Za-z0-9_-])()(eyJ[A-Za-z0-9_-]{4}[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]{4}[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)/g,
  },
];

/** Replaces secrets in `text` with `***`, keeping what says what they were (see the module comment). */
export function redact(text: string): string {
  let out = redactPrivateKeys(text);
  for (const shape of TOKEN_SHAPES) {
    out = out.replace(shape.pattern, (match, prefix: string, body: string) =>
      shape.accept && !shape.accept(body) ? match : prefix + MASK,
    );
  }
  out = redactUrlPasswords(out);
  out = redactAuthorizationHeaders(out);
  out = redactBearerAndBasic(out);
  out = redactCurlUser(out);
  out = redactAssignments(out, ASSIGNMENT);
  out = redactAssignments(out, FLAG_WITH_SPACE);
  out = redactAssignments(out, CONFIG_SET);
  out = redactCommandPasswords(out);
  out = redactBareBase64Lines(out);
  return out;
}

/** `redact` applied to every string in a plain value (object, array, string); object keys are kept. */
export function redactDeep<T>(value: T): T {
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactValue(item);
    return out;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Private key blocks

const KEY_BEGIN = /-----BEGIN ((?:[A-Z0-9]{1,20} ){0,4})PRIVATE KEY( BLOCK)?-----/g;
const KEY_END = /-----END ((?:[A-Z0-9]{1,20} ){0,4})PRIVATE KEY( BLOCK)?-----/g;
/** Farther than this, an END line belongs to something else (a PGP key with subkeys is ~10k). */
const KEY_BLOCK_MAX_CHARS = 32_768;
/** A line of key material when the END line is missing (truncated log): base64, or a PEM header. */
const KEY_MATERIAL_LINE =
  /^(?:\d{4}-\d\d-\d\dT[\d:.]+Z )?[ \t]*(?:[A-Za-z0-9+/=]{1,100}|(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset): [^\r\n]{0,200}|\*\*\*)?[ \t]*\r?$/;

function redactPrivateKeys(text: string): string {
  if (!text.includes('PRIVATE KEY')) return text;
  let out = '';
  let copiedUpTo = 0;
  // The next END at or after some position, cached so that many BEGINs share one scan.
  let nextEnd: { index: number; length: number } | null | undefined;
  KEY_BEGIN.lastIndex = 0;
  for (let begin = KEY_BEGIN.exec(text); begin; begin = KEY_BEGIN.exec(text)) {
    const bodyStart = begin.index + begin[0].length;
    if (nextEnd !== null && (nextEnd === undefined || nextEnd.index < bodyStart)) {
      KEY_END.lastIndex = bodyStart;
      const end = KEY_END.exec(text);
      nextEnd = end ? { index: end.index, length: end[0].length } : null;
    }
    let bodyEnd: number;
    if (nextEnd && nextEnd.index - bodyStart <= KEY_BLOCK_MAX_CHARS) {
      bodyEnd = nextEnd.index;
      KEY_BEGIN.lastIndex = nextEnd.index + nextEnd.length;
    } else {
      bodyEnd = endOfKeyMaterial(text, bodyStart);
      KEY_BEGIN.lastIndex = bodyEnd;
    }
    out += text.slice(copiedUpTo, bodyStart) + maskEachLine(text.slice(bodyStart, bodyEnd));
    copiedUpTo = bodyEnd;
  }
  return out + text.slice(copiedUpTo);
}

/** Without an END line: the rest of the BEGIN line, then the following lines that look like key material. */
function endOfKeyMaterial(text: string, bodyStart: number): number {
  let lineEnd = text.indexOf('\n', bodyStart);
  if (lineEnd === -1) return text.length;
  for (;;) {
    const nextLineStart = lineEnd + 1;
    let nextLineEnd = text.indexOf('\n', nextLineStart);
    if (nextLineEnd === -1) nextLineEnd = text.length;
    const line = text.slice(nextLineStart, nextLineEnd);
    if (line.length > 400 || !KEY_MATERIAL_LINE.test(line) || /^[ \t\r]*$/.test(line)) return lineEnd;
    if (nextLineEnd === text.length) return nextLineEnd;
    lineEnd = nextLineEnd;
  }
}

/** Masks each line of a key body, keeping a log line's timestamp so the log still reads as one. */
function maskEachLine(body: string): string {
  return body.replace(/[^\r\n]+/g, (line) => {
    const [, prefix = '', rest = ''] = /^((?:\d{4}-\d\d-\d\dT[\d:.]+Z )?[ \t]*)(.*)$/.exec(line) ?? [];
    return rest.trim() ? prefix + MASK : line;
  });
}

// ---------------------------------------------------------------------------------------------
// URLs, headers, command lines

// scheme://user:password@host; the password may contain an unencoded `@`: it runs to the last `@`
// of the authority. The user may be empty (`redis://:password@host`).
const URL_PASSWORD =
  /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s:/?#@"'<>`]{0,200}:)([^\s/?#"'<>`]{1,500})@/g;

function redactUrlPasswords(text: string): string {
  if (!text.includes('://')) return text;
  return text.replace(URL_PASSWORD, (match, head: string, password: string) =>
    isMasked(password) ? match : `${head}${MASK}@`,
  );
}

// Authorization: <scheme> <credentials>, also quoted (`"Authorization": "Bearer …"`, `-H 'Authorization: …'`).
const AUTHORIZATION_HEADER =
  /(?<![A-Za-z0-9_-])((?:Proxy-)?[Aa]uthorization\\?["']?[ \t]{0,8}[:=][ \t]{0,8}\\?["']?[ \t]{0,8})((?:Bearer|Basic|Digest|Token|token|Bot|Negotiate|NTLM|AWS4-HMAC-SHA256)[ \t]{1,8})?([^\r\n"'\\]+)/g;

function redactAuthorizationHeaders(text: string): string {
  return text.replace(AUTHORIZATION_HEADER, (match, head: string, scheme: string | undefined, value: string) => {
    const credentials = value.trimEnd();
    if (credentials.length < 3 || isMasked(credentials) || isReference(credentials)) return match;
    if (!scheme && isPlainWord(credentials)) return match; // `Authorization: required`
    return head + (scheme ?? '') + MASK + value.slice(credentials.length);
  });
}

// `Bearer <token>` / `Basic <base64>` outside an Authorization header (curl -H, SDK debug logs).
const BEARER_OR_BASIC = /(?<![A-Za-z0-9_-])(Bearer|Basic)([ \t]{1,8})([A-Za-z0-9._~+/=-]{8}[A-Za-z0-9._~+/=-]*)/g;

function redactBearerAndBasic(text: string): string {
  return text.replace(BEARER_OR_BASIC, (match, scheme: string, space: string, value: string) => {
    if (isPlainWord(value)) return match;
    if (scheme === 'Basic' && !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return match;
    return scheme + space + MASK;
  });
}

// curl -u user:password / --user user:password
const CURL_USER = /(?<![A-Za-z0-9_-])((?:-u|--user)[ \t]{1,8}["']?[^\s:"']{1,200}:)([^\s"']{1,500})/g;

function redactCurlUser(text: string): string {
  // `docker run -u 1000:1000` is a uid:gid, not a password.
  return text.replace(CURL_USER, (match, head: string, password: string) =>
    isMasked(password) || /^\d+$/.test(password) ? match : head + MASK,
  );
}

// ---------------------------------------------------------------------------------------------
// Assignments: KEY=value, key: value, "key": "value", --key=value, --key value

// The key with its quotes and the separator; the value is read separately, and only when the key
// names a secret, so that a non-secret key never makes the scan read ahead.
// Not after `/`: `https://user:pass@host` is a URL (handled above), not `user: pass`.
const ASSIGNMENT =
  /(?<![\w./-])(?:\\?["'])?(-{0,2}[A-Za-z_][\w.-]{0,99})(?:\\?["'])?[ \t]{0,8}(?::=|=>|[:=])[ \t]{0,8}/g;
const FLAG_WITH_SPACE = /(?<![\w.-])(--[A-Za-z][\w-]{0,99})[ \t]{1,8}(?=[^\s-])/g;
/** `aws configure set KEY VALUE`, `npm config set KEY VALUE`, `git config [--global] KEY VALUE`: key and value apart. */
const CONFIG_SET =
  /(?<![\w.-])(?:(?:configure|config)[ \t]{1,8}set|config(?:[ \t]{1,8}--[a-z-]{1,20}){0,3})[ \t]{1,8}([\w./:@-]{1,100})[ \t]{1,8}(?=[^\s-])/g;

interface ValueSpan {
  /** Where the secret itself starts and ends (inside the quotes). */
  start: number;
  end: number;
  /** Where the whole value, quotes included, ends. */
  after: number;
}

// Values are scanned with loops, not regular expressions: an alternation inside a loop costs the
// regex engine a stack frame per character, and a multi-megabyte line would overflow it.
const BARE_VALUE_STOP = new Set([' ', '\t', '\r', '\n', '\f', '\v', '"', "'", '`', ',', ';', '&', '<', '>']);

function readValue(text: string, at: number): ValueSpan | null {
  if (text.startsWith('\\"', at)) return readQuoted(text, at, '\\"');
  const first = text[at];
  if (first === '"' || first === "'") return readQuoted(text, at, first);
  let end = at;
  while (end < text.length) {
    const ch = text[end] as string;
    if (BARE_VALUE_STOP.has(ch)) break;
    if (ch === '\\' && (text[end + 1] === '"' || text[end + 1] === "'")) break;
    end++;
  }
  return end > at ? { start: at, end, after: end } : null;
}

/** A quoted value up to its closing quote, or to the end of the line when the quote is not closed. */
function readQuoted(text: string, at: number, quote: string): ValueSpan {
  const start = at + quote.length;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    // YAML and SQL write a quote inside single quotes as two quotes.
    if (quote === "'" && ch === "'" && text[i + 1] === "'") {
      i += 2;
      continue;
    }
    if (text.startsWith(quote, i)) return { start, end: i, after: i + quote.length };
    if (ch === '\n' || ch === '\r') break;
    // In a double-quoted string a backslash escapes the next character (`\"` does not close it).
    i += quote === '"' && ch === '\\' && text[i + 1] !== '\n' && text[i + 1] !== '\r' ? 2 : 1;
  }
  const end = Math.min(i, text.length);
  return { start, end, after: end };
}

// Password flags with a short name, where the command says what `-p` means: `docker login -p PASSWORD`
// (podman, buildah, skopeo, nerdctl, oras, helm registry likewise) and `mysql -pPASSWORD` (no space; a bare
// `-p` asks for the password on a prompt). Each match starts at the command's name.
const LOGIN_PASSWORD =
  /(?<![\w-])((?:docker|podman|buildah|skopeo|nerdctl|oras|helm[ \t]{1,8}registry)[ \t]{1,8}login\b[^\n]{0,300}?[ \t]-p[ \t]{1,8})(?=[^\s-])/g;
const MYSQL_PASSWORD = /(?<![\w-])((?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,300}?[ \t]-p)(?=[^\s-])/g;

function redactCommandPasswords(text: string): string {
  let out = text;
  for (const pattern of [LOGIN_PASSWORD, MYSQL_PASSWORD]) {
    let result = '';
    let copiedUpTo = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(out); m; m = pattern.exec(out)) {
      const value = readValue(out, m.index + m[0].length);
      if (!value) continue;
      const secret = out.slice(value.start, value.end);
      if (!isMasked(secret) && !isReference(secret)) {
        result += out.slice(copiedUpTo, value.start) + MASK;
        copiedUpTo = value.end;
      }
      pattern.lastIndex = Math.max(value.after, pattern.lastIndex);
    }
    out = result + out.slice(copiedUpTo);
  }
  return out;
}

function redactAssignments(text: string, keyPattern: RegExp): string {
  let out = '';
  let copiedUpTo = 0;
  keyPattern.lastIndex = 0;
  for (let m = keyPattern.exec(text); m; m = keyPattern.exec(text)) {
    const key = m[1] ?? '';
    const kind = secretKind(key);
    if (!kind) continue;
    const valueStart = m.index + m[0].length;
    const value = readValue(text, valueStart);
    if (!value) continue;
    if (looksLikeSecretValue(text.slice(value.start, value.end), kind)) {
      out += text.slice(copiedUpTo, value.start) + MASK;
      copiedUpTo = value.end;
    }
    // Whatever the verdict, the value has been read: do not scan it again.
    keyPattern.lastIndex = Math.max(value.after, keyPattern.lastIndex);
  }
  return out + text.slice(copiedUpTo);
}

type SecretKind = 'password' | 'secret';

/** Words that name a secret when they end a key. `key` alone is too common (cache keys): see below. */
const PASSWORD_WORD = /(?:password|passwd|passphrase)$|^(?:pwd|pass|passcode)$/;
const SECRET_WORD =
  /(?:secret|token|credentials?)$|^(?:auth|(?:api|secret|private|access|master|signing|encryption|license|client|app|auth)key)$/;
/** `<qualifier>_key` that names something public or structural, not a secret. */
const NON_SECRET_KEY_QUALIFIERS = new Set([
  'cache',
  'primary',
  'public',
  'pub',
  'host',
  'sort',
  'partition',
  'range',
  'foreign',
  'hash',
  'lookup',
  'restore',
  'idempotency',
  'dedup',
  'dedupe',
  'row',
  'map',
  'object',
  'file',
  'bucket',
  's3',
  'registry',
  'routing',
  'group',
  'index',
  'unique',
  'composite',
  'translation',
  'message',
  'i18n',
  'sorting',
  'cursor',
]);

const MIGHT_NAME_A_SECRET = /pass|pwd|secret|token|credential|auth|key/i;

/** Whether an assignment key names a secret, judged by its last word (`DB_PASSWORD`, `apiKey`, `client-secret`). */
function secretKind(key: string): SecretKind | null {
  if (!MIGHT_NAME_A_SECRET.test(key)) return null; // the common case, cheaply
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const last = words.at(-1);
  if (!last) return null;
  if (PASSWORD_WORD.test(last)) return 'password';
  if (SECRET_WORD.test(last)) return 'secret';
  if (last === 'key' && words.length >= 2 && !NON_SECRET_KEY_QUALIFIERS.has(words.at(-2) ?? '')) return 'secret';
  return null;
}

/** Thresholds: a password of 3+ characters, any other secret of 6+, never a reference or a keyword. */
function looksLikeSecretValue(value: string, kind: SecretKind): boolean {
  const v = value.trim();
  if (v.length < (kind === 'password' ? 3 : 6)) return false;
  if (isMasked(v) || isReference(v)) return false;
  if (/^(?:true|false|null|none|nil|undefined|yes|no|required|optional)$/i.test(v)) return false;
  if (/^<[^<>]*>$|^\[[^[\]]*\]$/.test(v)) return false; // <your-token>, [REDACTED]
  return true;
}

// ---------------------------------------------------------------------------------------------
// A line that is nothing but 40-100 base64 characters: a key body line, a secret printed alone.

const BARE_BASE64_LINE = /^((?:\d{4}-\d\d-\d\dT[\d:.]+Z )?[ \t]*)([A-Za-z0-9+/]{40,100}={0,2})([ \t]*\r?)$/gm;

function redactBareBase64Lines(text: string): string {
  return text.replace(BARE_BASE64_LINE, (match, head: string, value: string, tail: string) =>
    hasMixedClasses(value) ? head + MASK + tail : match,
  );
}

// ---------------------------------------------------------------------------------------------

/** Already masked: by GitHub (`***`) or by us (`ghp_***`). */
function isMasked(value: string): boolean {
  return /^[\w-]{0,20}\*{3,}$/.test(value);
}

/** A reference to a secret, not a secret: `${{ secrets.X }}`, `$VAR`, `${VAR}`, `$(cmd)`, `%VAR%`. */
function isReference(value: string): boolean {
  return /^\$\{\{|^\$\{[A-Za-z_][\w.:-]*\}$|^\$[A-Za-z_]\w*$|^\$\(|^%[A-Za-z_]\w*%$/.test(value);
}

/** An ordinary word (`authentication`, `Authentication`, `REQUIRED`), not a credential. */
function isPlainWord(value: string): boolean {
  return /^[A-Z]?[a-z]+$|^[A-Z]+$/.test(value);
}
