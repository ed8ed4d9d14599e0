export {
  type AlignedColumn,
  type AlignOptions,
  alignColumns,
  type CategoricalSide,
  type ColumnAlignment,
  type NumericSide,
  type TypeChange,
} from './align-columns.js';
export { isMissingText, parseNumberText } from './cell.js';
export { DATA_FORMATS, detectFormat } from './format.js';
export { DataReadError, type ReadErrorLocation } from './read-error.js';
export { readTable, readTables, withStrings } from './read-table.js';
export type { CellLocation, ColumnData, ColumnKind, DataFormat, ReadOptions, SampleOptions, Table } from './types.js';
