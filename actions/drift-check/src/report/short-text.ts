/**
 * A value from the data as a report shows it: on one line and at most `max` characters. Category names
 * and cells are untrusted and unbounded (a 50 MB cell is one category); the JSON report keeps category names whole.
 */
/** Longest data value a report lists (categories, example cells). */
export const MAX_VALUE = 80;

export function shortText(text: string, max: number): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const oneLine = head.replace(/\s+/g, ' ');
  return oneLine.length <= max && head.length === text.length ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
