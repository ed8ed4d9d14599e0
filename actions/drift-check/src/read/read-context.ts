import { DataReadError } from './read-error.js';
import type { TableBuilder } from './table-builder.js';

/** State shared by the files of one table: the columns the first file set, which later files must match. */
export interface ReadContext {
  builder: TableBuilder;
  /** Only these columns (from ReadOptions). */
  columns?: string[];
  /** The first file's columns (all of them, before `columns` selects). */
  schema: { path: string; names: string[] } | null;
  /** JSON lines with `columns`: the requested keys some object had (the others are reported missing). */
  seenKeys?: Set<string>;
}

/**
 * Checks a file's column names against the table, creating the table's columns at the first file.
 * Returns the table's columns that this file holds (all of them for CSV, TSV and Parquet).
 */
export function useHeader(context: ReadContext, path: string, names: string[]): string[] {
  if (context.schema === null) {
    context.schema = { path, names };
    const wanted = context.columns ?? names;
    const present = new Set(names);
    for (const name of wanted) {
      if (!present.has(name)) {
        throw new DataReadError({ path, column: name }, `no such column; the file has ${listNames(names)}`);
      }
    }
    for (const name of wanted) context.builder.addColumn(name);
    return wanted;
  }
  const expected = new Set(context.schema.names);
  const actual = new Set(names);
  const missing = [...expected].filter((n) => !actual.has(n));
  const extra = names.filter((n) => !expected.has(n));
  if (missing.length > 0 || extra.length > 0) {
    const problems = [];
    if (missing.length > 0) problems.push(`lacks ${listNames(missing)}`);
    if (extra.length > 0) problems.push(`has ${listNames(extra)} in addition`);
    throw new DataReadError(
      { path },
      `its columns differ from those of ${context.schema.path}: it ${problems.join(' and ')}; files read together need the same columns`,
    );
  }
  return context.builder.columnNames;
}

export function listNames(names: string[], limit = 12): string {
  const shown = names.slice(0, limit).map((n) => `'${n}'`);
  const more = names.length > limit ? `, … (${names.length} in all)` : '';
  return `${shown.join(', ')}${more}`;
}
