// Test support: a small drift report from CSV files whose names and values try to break the renderings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDrift } from '../drift.js';
import type { DriftReport } from '../drift-report.js';
import { DEFAULT_SETTINGS, type DriftSettings } from '../settings.js';

export const HOSTILE_COLUMN = 'plan|<b>@admin`x`';
export const HOSTILE_CATEGORY = '<img src=x onerror=alert(1)>';

function csv(header: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\n')}\n`;
}

/** 60 rows a side: `age` shifts, the hostile column gains a category, `flag` turns to text, `only_ref` vanishes. */
export async function hostileReport(settings: Partial<DriftSettings> = {}): Promise<DriftReport> {
  const dir = mkdtempSync(join(tmpdir(), 'drift-report-'));
  try {
    const n = 60;
    const reference = Array.from({ length: n }, (_, i) => [i, i % 3 === 0 ? 'basic' : 'pro', i % 2, i * 2, i]);
    const current = Array.from({ length: n }, (_, i) => [
      i + 40,
      i % 2 === 0 ? HOSTILE_CATEGORY : 'pro',
      i === 5 ? 'yes' : i % 2,
      i * 2 + (i % 5),
      i,
    ]);
    writeFileSync(join(dir, 'ref.csv'), csv(['age', HOSTILE_COLUMN, 'flag', 'steady', 'only_ref'], reference));
    writeFileSync(join(dir, 'cur.csv'), csv(['age', HOSTILE_COLUMN, 'flag', 'steady', 'new_col'], current));
    const { report } = await checkDrift(
      { reference: join(dir, 'ref.csv'), current: join(dir, 'cur.csv') },
      { ...DEFAULT_SETTINGS, ...settings },
      new Date('2026-02-03T04:05:06Z'),
    );
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
