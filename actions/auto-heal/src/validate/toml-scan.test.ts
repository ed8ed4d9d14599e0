import { readFileSync } from 'node:fs';
import { scanToml } from './toml-scan.js';

const pyproject = readFileSync(new URL('../fixers/fixtures/pyproject.toml', import.meta.url), 'utf8');

describe('scanToml', () => {
  it('finds tables, keys and array items with their offsets', () => {
    const scan = scanToml(pyproject);
    expect(scan.errors).toEqual([]);
    expect(scan.tables.map((t) => t.name)).toEqual([
      '',
      'build-system',
      'project',
      'project.optional-dependencies',
      'tool.setuptools_scm',
    ]);
    const project = scan.tables.find((t) => t.name === 'project');
    const deps = project?.entries.find((e) => e.key === 'dependencies');
    expect(deps?.items?.map((i) => i.text)).toEqual(['"click>=8.1"', '"numpy>=1.26"', '"pandas>=2.2"']);
    expect(pyproject.slice(deps?.valueStart, deps?.valueEnd)).toMatch(/^\[\n[\s\S]*\n\]$/);
  });

  it('reads strings, multi-line strings, inline tables, dates and numbers', () => {
    const text = [
      'title = "a \\" quote"',
      "path = 'C:\\temp'",
      'notes = """',
      'line ""two""',
      '"""',
      'owner = { name = "x", dob = 1979-05-27T07:32:00Z }',
      'n = [1_000, 0x1F, -inf, 3.5e2]',
      '[a."b.c".d]',
      '[[items]]',
      '[[items]]',
      '',
    ].join('\n');
    const scan = scanToml(text);
    expect(scan.errors).toEqual([]);
    expect(scan.tables.map((t) => t.name)).toEqual(['', 'a.b.c.d', 'items', 'items']);
  });

  it('names the line and column of the first problem', () => {
    expect(scanToml('a = 1\na = 2\n').errors).toEqual(['duplicate key "a" at line 2, column 1']);
    expect(scanToml('[x]\n[x]\n').errors).toEqual(['table [x] is defined twice at line 2, column 1']);
    expect(scanToml('a = "open\n').errors).toEqual(['unterminated string at line 1, column 5']);
    expect(scanToml('a = [1, 2\n').errors).toEqual(['unterminated array at line 1, column 5']);
    expect(scanToml('a = yes\n').errors).toEqual(['invalid value "yes" at line 1, column 5']);
    expect(scanToml('a 1\n').errors).toEqual(['expected "=" after key "a" at line 1, column 3']);
    expect(scanToml('a = 1 b\n').errors).toEqual(['unexpected "b" after a value at line 1, column 7']);
  });
});
