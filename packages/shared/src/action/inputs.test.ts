import { UserError } from '../errors.js';
import {
  booleanInput,
  choiceInput,
  durationInput,
  fromRecord,
  integerInput,
  listInput,
  numberInput,
  requireInput,
} from './inputs.js';

const read = fromRecord({
  yes: 'true',
  no: 'off',
  bad: 'maybe',
  n: '7',
  frac: '2.5',
  list: 'a, b\nc,,',
  mode: 'pr',
  day: '7d',
  half: '90m',
});

test('a missing required input names the input', () => {
  expect(() => requireInput(read, 'reference')).toThrow(new UserError('Input `reference` is required.'));
});

test('booleans accept the YAML spellings and name the input when wrong', () => {
  expect(booleanInput(read, 'yes', false)).toBe(true);
  expect(booleanInput(read, 'no', true)).toBe(false);
  expect(booleanInput(read, 'unset', true)).toBe(true);
  expect(() => booleanInput(read, 'bad', true)).toThrow(/`bad` must be true or false, not "maybe"/);
});

test('numbers are range-checked', () => {
  expect(integerInput(read, 'n', 1, { min: 0, max: 10 })).toBe(7);
  expect(integerInput(read, 'unset', 3)).toBe(3);
  expect(() => integerInput(read, 'n', 1, { max: 5 })).toThrow(/`n` must be a whole number/);
  expect(() => integerInput(read, 'frac', 1)).toThrow(/not "2.5"/);
  expect(numberInput(read, 'frac', 0, { min: 0, max: 3 })).toBe(2.5);
  expect(() => numberInput(read, 'bad', 0)).toThrow(/`bad` must be a number/);
});

test('choices, lists and durations', () => {
  expect(choiceInput(read, 'mode', ['pr', 'suggest'] as const, 'suggest')).toBe('pr');
  expect(() => choiceInput(read, 'bad', ['pr', 'suggest'] as const, 'pr')).toThrow(/one of pr, suggest/);
  expect(listInput(read, 'list')).toEqual(['a', 'b', 'c']);
  expect(listInput(read, 'unset')).toEqual([]);
  expect(durationInput(read, 'day', 0)).toBe(7 * 24 * 3600_000);
  expect(durationInput(read, 'half', 0)).toBe(90 * 60_000);
  expect(() => durationInput(read, 'bad', 0)).toThrow(/duration such as 30m/);
});
