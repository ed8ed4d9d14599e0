import picomatch from 'picomatch';

export type PathCheck = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Turns a path the model wrote into a repository-relative POSIX path, or says why it
 * cannot be one. No absolute paths, drive letters, backslashes, `..`, `.` or empty
 * segments, control characters, and nothing inside a `.git` directory (any case).
 */
export function normaliseEditPath(raw: unknown): PathCheck {
  if (typeof raw !== 'string' || raw.length === 0) return { ok: false, reason: 'the path is empty' };
  const shown = JSON.stringify(raw.length > 200 ? `${raw.slice(0, 200)}…` : raw);
  const fail = (why: string): PathCheck => ({ ok: false, reason: `path ${shown} ${why}` });
  if (raw.length > 400) return fail('is longer than 400 characters');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fail('contains control characters');
  if (raw !== raw.trim()) return fail('has leading or trailing whitespace');
  if (raw.includes('\\')) return fail('contains a backslash; use forward slashes and a repository-relative path');
  if (raw.startsWith('/') || raw.startsWith('~') || /^[A-Za-z]:/.test(raw)) {
    return fail('is absolute; give a path relative to the repository root');
  }
  let path = raw;
  while (path.startsWith('./')) path = path.slice(2);
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '..') return fail('leaves the repository (`..`)');
    if (segment === '' || segment === '.') return fail('has an empty or `.` segment');
    if (segment.toLowerCase() === '.git') return fail('is inside a `.git` directory');
  }
  return { ok: true, path };
}

interface DenyRule {
  glob: string;
  why: string;
  /** Whether an allowed pattern names this path explicitly enough to lift the rule. */
  liftedBy: (pattern: string) => boolean;
}

const GLOB_CHARS = /[*?[\]{}()!+@]/;
const lastSegmentIsLiteral = (pattern: string): boolean => !GLOB_CHARS.test(pattern.split('/').pop() ?? '');

const SECRET = 'may hold secrets';
const LOCKFILE = 'is a lockfile; dependency changes belong to the package manager, not to a model';

/** Never edited unless an allowed pattern names them explicitly (see DenyRule.liftedBy). */
const DENY_RULES: readonly DenyRule[] = [
  {
    glob: '.github/**',
    why: 'is CI and repository configuration under .github/',
    liftedBy: (pattern) => pattern.startsWith('.github/'),
  },
  ...[
    '**/.env',
    '**/.env.*',
    '**/*.pem',
    '**/*.key',
    '**/*.p12',
    '**/*.pfx',
    '**/*.jks',
    '**/*.keystore',
    '**/id_rsa*',
    '**/id_dsa*',
    '**/id_ecdsa*',
    '**/id_ed25519*',
    '**/.ssh/**',
    '**/.npmrc',
    '**/.pypirc',
    '**/.netrc',
    '**/.git-credentials',
  ].map((glob) => ({ glob, why: SECRET, liftedBy: lastSegmentIsLiteral })),
  ...[
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/bun.lock',
    '**/bun.lockb',
    '**/poetry.lock',
    '**/Pipfile.lock',
    '**/uv.lock',
    '**/pdm.lock',
    '**/Cargo.lock',
    '**/go.sum',
    '**/Gemfile.lock',
    '**/composer.lock',
    '**/packages.lock.json',
    '**/gradle.lockfile',
  ].map((glob) => ({ glob, why: LOCKFILE, liftedBy: lastSegmentIsLiteral })),
];

const SECRET_RULES = DENY_RULES.filter((rule) => rule.why === SECRET).map((rule) =>
  picomatch(rule.glob, { dot: true, nocase: true }),
);

/** Files that may hold secrets: never read into a prompt, whatever names them. */
export function isSecretPath(path: string): boolean {
  return SECRET_RULES.some((test) => test(path));
}

/**
 * Whether the model may edit a (normalised) path: it must match an allowed glob and no
 * deny rule, unless an allowed glob names the denied path explicitly (`.github/...` spelled
 * out, or a literal file name such as `config/dev.pem`). Globs match dot files and dot
 * folders only when they spell the dot, so `src/**` never reaches `src/.env`.
 */
export function createPathPolicy(allowedPaths: readonly string[]): (path: string) => PathCheck {
  const allowed = allowedPaths.map((pattern) => ({ pattern, test: picomatch(pattern, { dot: false }) }));
  const denied = DENY_RULES.map((rule) => ({ ...rule, test: picomatch(rule.glob, { dot: true, nocase: true }) }));
  const list = allowedPaths.join(', ');
  return (path) => {
    const matching = allowed.filter((a) => a.test(path));
    for (const rule of denied) {
      if (rule.test(path) && !matching.some((a) => rule.liftedBy(a.pattern))) {
        return { ok: false, reason: `path "${path}" ${rule.why}; it may not be edited` };
      }
    }
    if (matching.length === 0) {
      return { ok: false, reason: `path "${path}" is outside the allowed paths (${list})` };
    }
    return { ok: true, path };
  };
}
