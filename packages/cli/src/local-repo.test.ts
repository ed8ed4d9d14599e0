import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits, localRepo } from './local-repo.js';

/** A git checkout whose package.json and vendor/ are symlinks to files outside it, tracked by git. */
function checkoutWithSymlinks() {
  const base = mkdtempSync(join(tmpdir(), 'self-heal-local-repo-'));
  const outside = join(base, 'outside');
  const repo = join(base, 'repo');
  mkdirSync(outside);
  mkdirSync(join(repo, 'src'), { recursive: true });
  writeFileSync(join(outside, 'package.json'), '{ "name": "elsewhere" }\n');
  writeFileSync(join(repo, 'src', 'app.js'), 'console.log(1);\n');
  symlinkSync(join(outside, 'package.json'), join(repo, 'package.json'));
  symlinkSync(outside, join(repo, 'vendor'));
  symlinkSync('src/app.js', join(repo, 'main.js'));
  symlinkSync(join(base, 'nowhere'), join(repo, 'dangling.txt'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  execFileSync('git', ['add', '-A'], { cwd: repo });
  return { outside, repo };
}

describe('a local checkout with symlinks', () => {
  it('does not read through a symlink that leaves the checkout', async () => {
    const { repo } = checkoutWithSymlinks();
    const source = localRepo(repo);
    expect(source.tree).toEqual(expect.arrayContaining(['package.json', 'src/app.js', 'main.js']));
    expect(await source.read('package.json')).toBeNull();
    expect(await source.read('vendor/package.json')).toBeNull();
    expect(await source.read('dangling.txt')).toBeNull();
    // A symlink inside the checkout is read as its target.
    expect(await source.read('main.js')).toBe('console.log(1);\n');
    expect(await source.read('src/app.js')).toBe('console.log(1);\n');
  });

  it('refuses to write through one, and writes nothing outside', () => {
    const { outside, repo } = checkoutWithSymlinks();
    const edit = (path: string) => ({ path, before: '', after: '{ "changed": true }\n' });
    expect(() => applyEdits(repo, [edit('package.json')])).toThrow(/Refusing to write package.json: .*symlink/);
    expect(() => applyEdits(repo, [edit('vendor/new.json')])).toThrow(/Refusing to write vendor\/new.json/);
    expect(() => applyEdits(repo, [edit('dangling.txt')])).toThrow(/Refusing to write dangling.txt/);
    expect(readFileSync(join(outside, 'package.json'), 'utf8')).toBe('{ "name": "elsewhere" }\n');
    applyEdits(repo, [edit('src/new/config.json')]);
    expect(readFileSync(join(repo, 'src/new/config.json'), 'utf8')).toBe('{ "changed": true }\n');
  });
});
