import { UserError } from '../../../../packages/shared/src/errors.js';

/** Where in the input a problem is; every field that is known is named in the message. */
export interface ReadErrorLocation {
  path: string;
  /** 1-based data row (the header is not a row; in JSON lines, the object's ordinal). */
  row?: number;
  /** 1-based physical line where the row starts. */
  line?: number;
  column?: string;
}

/** Input data that cannot be read as a table; the message names the file, row, line and column. */
export class DataReadError extends UserError {
  override name = 'DataReadError';
  readonly location: ReadErrorLocation;

  constructor(location: ReadErrorLocation, problem: string) {
    super(`${describeLocation(location)}: ${problem}`);
    this.location = location;
  }
}

function describeLocation({ path, row, line, column }: ReadErrorLocation): string {
  const parts = [path];
  if (line !== undefined) parts.push(`line ${line}`);
  if (row !== undefined) parts.push(`row ${row}`);
  if (column !== undefined) parts.push(`column '${column}'`);
  return parts.join(', ');
}
