import { UserError } from '../errors.js';

/**
 * Reads an action input as the runner passes it (empty string when unset). Matches
 * `core.getInput` so main.ts can pass that in and tests can pass a plain record.
 */
export type InputReader = (name: string) => string;

export function fromRecord(values: Record<string, string | undefined>): InputReader {
  return (name) => (values[name] ?? '').trim();
}

export function requireInput(read: InputReader, name: string): string {
  const value = read(name);
  if (!value) throw new UserError(`Input \`${name}\` is required.`);
  return value;
}

export function booleanInput(read: InputReader, name: string, fallback: boolean): boolean {
  const raw = read(name).toLowerCase();
  if (!raw) return fallback;
  if (['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new UserError(`Input \`${name}\` must be true or false, not "${read(name)}".`);
}

export function integerInput(
  read: InputReader,
  name: string,
  fallback: number,
  range: { min?: number; max?: number } = {},
): number {
  const raw = read(name);
  if (!raw) return fallback;
  const value = Number(raw);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`Input \`${name}\` must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

export function numberInput(
  read: InputReader,
  name: string,
  fallback: number,
  range: { min?: number; max?: number } = {},
): number {
  const raw = read(name);
  if (!raw) return fallback;
  const value = Number(raw);
  const { min = -Infinity, max = Infinity } = range;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UserError(`Input \`${name}\` must be a number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

export function choiceInput<T extends string>(read: InputReader, name: string, choices: readonly T[], fallback: T): T {
  const raw = read(name);
  if (!raw) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new UserError(`Input \`${name}\` must be one of ${choices.join(', ')}, not "${raw}".`);
}

/** A list input: items separated by commas or new lines, blanks dropped. */
export function listInput(read: InputReader, name: string): string[] {
  return read(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Parses a duration such as `90m`, `12h`, `7d` or a plain number of minutes into milliseconds. */
export function durationInput(read: InputReader, name: string, fallbackMs: number): number {
  const raw = read(name);
  if (!raw) return fallbackMs;
  const match = /^(\d+(?:\.\d+)?)\s*(m|min|h|d)?$/i.exec(raw);
  if (!match) throw new UserError(`Input \`${name}\` must be a duration such as 30m, 12h or 7d, not "${raw}".`);
  const unit = (match[2] ?? 'm').toLowerCase();
  const minutes = Number(match[1]) * (unit === 'h' ? 60 : unit === 'd' ? 1440 : 1);
  return minutes * 60_000;
}
