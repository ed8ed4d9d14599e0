import { createPathPolicy, isSecretPath, normaliseEditPath } from './allow-list.js';
import { DEFAULT_ALLOWED_PATHS } from './options.js';

describe('normaliseEditPath', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['./src/a.ts', 'src/a.ts'],
    ['././lib/b.py', 'lib/b.py'],
  ])('accepts %j as %j', (raw, path) => {
    expect(normaliseEditPath(raw)).toEqual({ ok: true, path });
  });

  it.each([
    ['', /empty/],
    [42, /empty/],
    ['/etc/passwd', /absolute/],
    ['~/.bashrc', /absolute/],
    ['C:/Windows/x', /absolute/],
    ['src\\..\\..\\x', /backslash/],
    ['../outside', /leaves the repository/],
    ['src/../../outside', /leaves the repository/],
    ['src//a.ts', /empty or `\.` segment/],
    ['src/./a.ts', /empty or `\.` segment/],
    ['src/', /empty or `\.` segment/],
    ['.git/config', /inside a `\.git` directory/],
    ['vendor/lib/.GIT/hooks/pre-commit', /inside a `\.git` directory/],
    ['src/a.ts\u0000.png', /control characters/],
    [' src/a.ts', /whitespace/],
  ])('rejects %j', (raw, why) => {
    const result = normaliseEditPath(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(why);
  });
});

describe('createPathPolicy', () => {
  const defaults = createPathPolicy(DEFAULT_ALLOWED_PATHS);
  const verdict = (check: (p: string) => { ok: boolean; reason?: string }, path: string) => {
    const r = check(path) as { ok: boolean; reason?: string };
    return r.ok ? 'ok' : (r.reason ?? '');
  };

  it('allows source and test folders and root source files by default', () => {
    for (const path of ['src/a.ts', 'lib/x/y.py', 'tests/test_a.py', 'packages/core/src/i.ts', 'setup.py', 'main.go']) {
      expect(verdict(defaults, path)).toBe('ok');
    }
  });

  it('keeps workflows, secrets, lockfiles, manifests and dot files out by default', () => {
    expect(verdict(defaults, '.github/workflows/ci.yml')).toMatch(/under \.github\/; it may not be edited/);
    expect(verdict(defaults, 'src/.env')).toMatch(/may hold secrets/);
    expect(verdict(defaults, 'src/.env.production')).toMatch(/may hold secrets/);
    expect(verdict(defaults, 'src/certs/server.PEM')).toMatch(/may hold secrets/);
    expect(verdict(defaults, 'packages/a/id_rsa')).toMatch(/may hold secrets/);
    expect(verdict(defaults, 'packages/a/package-lock.json')).toMatch(/is a lockfile/);
    expect(verdict(defaults, 'package.json')).toMatch(/outside the allowed paths/);
    expect(verdict(defaults, 'src/.eslintrc.js')).toMatch(/outside the allowed paths/);
    expect(verdict(defaults, 'docs/index.md')).toMatch(/outside the allowed paths/);
  });

  it('never lets a broad glob reach denied files', () => {
    const everything = createPathPolicy(['**', '**/*', '.github/**/*.yml']);
    expect(verdict(everything, 'config/server.key')).toMatch(/may hold secrets/);
    expect(verdict(everything, 'Cargo.lock')).toMatch(/is a lockfile/);
    expect(verdict(everything, '.env')).toMatch(/may hold secrets/);
    expect(verdict(everything, '.github/workflows/ci.yml')).toBe('ok'); // `.github/` spelled out
  });

  it('lifts a deny rule for a file the allowed globs name explicitly', () => {
    const explicit = createPathPolicy(['src/**', '.github/workflows/ci.yml', 'yarn.lock', 'fixtures/test.pem']);
    expect(verdict(explicit, '.github/workflows/ci.yml')).toBe('ok');
    expect(verdict(explicit, '.github/workflows/deploy.yml')).toMatch(/under \.github\//);
    expect(verdict(explicit, 'yarn.lock')).toBe('ok');
    expect(verdict(explicit, 'fixtures/test.pem')).toBe('ok');
    expect(verdict(explicit, 'fixtures/other.pem')).toMatch(/may hold secrets/);
  });

  it('recognises secret files for the context as well', () => {
    expect(isSecretPath('.env')).toBe(true);
    expect(isSecretPath('deploy/.ssh/known_hosts')).toBe(true);
    expect(isSecretPath('src/env.ts')).toBe(false);
  });
});
