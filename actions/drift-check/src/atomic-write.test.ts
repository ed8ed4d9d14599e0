import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('replaces the file whole and leaves no temporary file', async () => {
  const path = join(dir, 'report.json');
  writeFileSync(path, '{"old": true}');
  await writeFileAtomic(path, '{"new": true}', 'the report');
  expect(readFileSync(path, 'utf8')).toBe('{"new": true}');
  expect(readdirSync(dir)).toEqual(['report.json']);
});

test('a failed write names the file and what it is, and leaves nothing half-written', async () => {
  const path = join(dir, 'report.json');
  mkdirSync(path); // a folder where the report should go: the rename fails after the data was written
  writeFileSync(join(path, 'keep'), 'x');
  await expect(writeFileAtomic(path, 'data', 'the drift report')).rejects.toThrow(
    new RegExp(`^Cannot write the drift report to ${path} \\((EISDIR|ENOTEMPTY|EEXIST|EPERM)\\)`),
  );
  expect(readdirSync(dir)).toEqual(['report.json']);
  expect(readdirSync(path)).toEqual(['keep']);
});

test('never replaces a data file the report was computed from, by any name for it', async () => {
  const data = join(dir, 'current.csv');
  writeFileSync(data, 'a\n1\n');
  symlinkSync(data, join(dir, 'link.csv'));
  for (const target of [data, join(dir, '.', 'current.csv'), join(dir, 'link.csv')]) {
    await expect(writeFileAtomic(target, '{}', 'the JSON report', [data])).rejects.toThrow(
      `Refusing to write the JSON report to ${target}: that is one of the data files it was computed from.`,
    );
  }
  expect(readFileSync(data, 'utf8')).toBe('a\n1\n');
  await writeFileAtomic(join(dir, 'report.json'), '{}', 'the JSON report', [data]);
  expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('{}');
});
