/**
 * Finds the JSON object in a model's free-text reply (the last fallback, for endpoints
 * without response_format): first a ```json fenced block, then each balanced `{…}` in
 * order. Returns the first candidate that parses to an object, or undefined.
 */
export function extractJsonObject(text: string): unknown {
  for (const match of text.matchAll(/```(?:json|JSON)?[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*```/g)) {
    const value = parseObject(match[1] ?? '');
    if (value !== undefined) return value;
  }
  for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
    const end = balancedEnd(text, start);
    if (end === -1) continue;
    const value = parseObject(text.slice(start, end + 1));
    if (value !== undefined) return value;
  }
  return undefined;
}

function parseObject(candidate: string): object | undefined {
  try {
    const value: unknown = JSON.parse(candidate);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // not JSON; try the next candidate
  }
  return undefined;
}

/** Index of the `}` closing the `{` at `start`, skipping braces inside JSON strings; -1 if none. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}
