import { UserError } from '../../../../packages/shared/src/errors.js';
import { listNames } from './read-context.js';
import { withStrings } from './read-table.js';
import type { CellLocation, ColumnData, ColumnKind, Table } from './types.js';

/**
 * Pairs the columns of the reference and the current table and decides how each is compared:
 * numeric iff it is numeric in both (oracle README), otherwise as categories, using the cells' text on a
 * side where it read as numbers (fetched by a second read of that side's files, only for such columns).
 */

export interface AlignOptions {
  /** Forced comparison types, e.g. `{ zip: 'categorical' }` (an integer-coded category). */
  types?: Record<string, ColumnKind>;
  /** Columns left out (ids, timestamps). Names neither side has are ignored. */
  exclude?: string[];
}

export interface NumericSide {
  /** Finite values. */
  values: Float64Array;
  missing: number;
  nonFinite: number;
  rows: number;
}

export interface CategoricalSide {
  /** The text of every non-missing cell. */
  values: string[];
  missing: number;
  rows: number;
}

export type AlignedColumn =
  | { name: string; type: 'numeric'; reference: NumericSide; current: NumericSide }
  | {
      name: string;
      type: 'categorical';
      reference: CategoricalSide;
      current: CategoricalSide;
      /** text: both sides have text cells; type-change: one side is all numbers; override: AlignOptions.types. */
      because: 'text' | 'type-change' | 'override';
    };

export interface TypeChange {
  column: string;
  reference: ColumnKind;
  current: ColumnKind;
  /** The first text cell of the categorical side. */
  example: CellLocation | null;
}

export interface ColumnAlignment {
  /** Columns compared, in the reference's order. */
  columns: AlignedColumn[];
  onlyInReference: string[];
  onlyInCurrent: string[];
  /** Columns numeric on one side and categorical on the other (compared as categories). */
  typeChanges: TypeChange[];
  excluded: string[];
  /** Columns left out because a side has no value (every cell missing, or a numeric side only ±∞). */
  empty: { column: string; side: 'reference' | 'current' | 'both' }[];
}

export async function alignColumns(
  reference: Table,
  current: Table,
  options: AlignOptions = {},
): Promise<ColumnAlignment> {
  const exclude = new Set(options.exclude ?? []);
  const types = options.types ?? {};
  for (const [name, type] of Object.entries(types)) {
    if (type !== 'numeric' && type !== 'categorical') {
      throw new UserError(`column type for '${name}' must be numeric or categorical, got '${String(type)}'`);
    }
    if (!reference.columns.has(name) && !current.columns.has(name)) {
      throw new UserError(
        `a column type is set for '${name}', but neither ${reference.source} nor ${current.source} has that column; they have ${listNames([...reference.columns.keys()])}`,
      );
    }
  }

  const unknownExcluded = [...exclude].filter((n) => !reference.columns.has(n) && !current.columns.has(n));
  if (unknownExcluded.length > 0) {
    throw new UserError(
      `exclude-columns names ${listNames(unknownExcluded)}, which neither ${reference.source} nor ${current.source} has; they have ${listNames([...new Set([...reference.columns.keys(), ...current.columns.keys()])])}`,
    );
  }

  const alignment: ColumnAlignment = {
    columns: [],
    onlyInReference: [...reference.columns.keys()].filter((n) => !exclude.has(n) && !current.columns.has(n)),
    onlyInCurrent: [...current.columns.keys()].filter((n) => !exclude.has(n) && !reference.columns.has(n)),
    typeChanges: [],
    excluded: [...reference.columns.keys(), ...current.columns.keys()].filter(
      (n, i, all) => exclude.has(n) && all.indexOf(n) === i,
    ),
    empty: [],
  };

  const plan: {
    name: string;
    ref: ColumnData;
    cur: ColumnData;
    type: ColumnKind;
    because: 'text' | 'type-change' | 'override';
  }[] = [];
  for (const [name, ref] of reference.columns) {
    const cur = current.columns.get(name);
    if (cur === undefined || exclude.has(name)) continue;
    // A side without a value (all missing, or only ±∞) has nothing to compare, whatever its type.
    const refEmpty = valueCount(ref) === 0;
    const curEmpty = valueCount(cur) === 0;
    if (refEmpty || curEmpty) {
      alignment.empty.push({ column: name, side: refEmpty && curEmpty ? 'both' : refEmpty ? 'reference' : 'current' });
      continue;
    }
    const forced = types[name];
    if (forced === 'numeric') {
      for (const [column, table] of [
        [ref, reference],
        [cur, current],
      ] as const) {
        if (column.kind !== 'numeric') throw notNumeric(name, table, column);
      }
    }
    if (ref.kind !== cur.kind) {
      const categorical = ref.kind === 'categorical' ? ref : cur;
      alignment.typeChanges.push({
        column: name,
        reference: ref.kind,
        current: cur.kind,
        example: categorical.firstText,
      });
    }
    const bothNumeric = ref.kind === 'numeric' && cur.kind === 'numeric';
    if (forced === 'categorical' && bothNumeric)
      plan.push({ name, ref, cur, type: 'categorical', because: 'override' });
    else if (bothNumeric) plan.push({ name, ref, cur, type: 'numeric', because: 'text' });
    else plan.push({ name, ref, cur, type: 'categorical', because: ref.kind === cur.kind ? 'text' : 'type-change' });
  }

  if (plan.length === 0) throw new UserError(nothingToCompare(reference, current, alignment));

  // One more read per side, for all its numeric columns that are compared as categories.
  const needs = (side: 'ref' | 'cur') =>
    plan
      .filter((p) => p.type === 'categorical' && p[side].kind === 'numeric' && p[side].strings === null)
      .map((p) => p.name);
  await withStrings(reference, needs('ref'));
  await withStrings(current, needs('cur'));

  for (const { name, ref, cur, type, because } of plan) {
    if (type === 'numeric') {
      alignment.columns.push({ name, type, reference: numericSide(ref), current: numericSide(cur) });
    } else {
      alignment.columns.push({ name, type, reference: categoricalSide(ref), current: categoricalSide(cur), because });
    }
  }
  return alignment;
}

/**
 * Why no column can be compared. A report of "0 of 0 columns drifted" would pass every check while
 * comparing nothing, so this is an error that says what each side has.
 */
function nothingToCompare(reference: Table, current: Table, alignment: ColumnAlignment): string {
  const names = (table: Table) => [...table.columns.keys()];
  const parts = [`no column can be compared between ${reference.source} and ${current.source}`];
  if (alignment.empty.length > 0) {
    parts.push(
      `${listNames(alignment.empty.map((e) => e.column))} ${alignment.empty.length === 1 ? 'has' : 'have'} no values on a side`,
    );
  }
  if (alignment.excluded.length > 0) parts.push(`${listNames(alignment.excluded)} excluded`);
  if (alignment.onlyInReference.length > 0 || alignment.onlyInCurrent.length > 0) {
    parts.push(`the reference has ${listNames(names(reference))}; the current data has ${listNames(names(current))}`);
  }
  // One header cell holding separators: the file uses another delimiter than the format read it with.
  for (const table of [reference, current]) {
    const [only] = names(table);
    if (table.columns.size === 1 && only !== undefined && /[;,\t|]/.test(only)) {
      parts.push(
        `${table.source} was read as ${table.format} with the single column ${JSON.stringify(only)}: is it delimited differently (set format)?`,
      );
    }
  }
  return parts.join('; ');
}

function valueCount(column: ColumnData): number {
  return column.kind === 'numeric' ? (column.numeric?.length ?? 0) : (column.strings?.length ?? 0);
}

function numericSide(column: ColumnData): NumericSide {
  return {
    values: column.numeric as Float64Array,
    missing: column.missing,
    nonFinite: column.nonFinite,
    rows: column.rows,
  };
}

function categoricalSide(column: ColumnData): CategoricalSide {
  return { values: column.strings as string[], missing: column.missing, rows: column.rows };
}

function notNumeric(name: string, table: Table, column: ColumnData): UserError {
  const where = column.firstText
    ? `${column.firstText.file} row ${column.firstText.row} has ${JSON.stringify(column.firstText.value)}, which is not a number`
    : `${table.source} has text in it`;
  return new UserError(`column '${name}' is set to numeric, but ${where}`);
}
