import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write.js';
import { type DriftState, FRESH_STATE, parseDriftState, serializeDriftState } from './policy.js';

/**
 * The policy state between runs, in a small JSON file the workflow restores and saves with
 * actions/cache. A missing or unusable file starts fresh; `warn` says why (once per run).
 */
export async function loadDriftState(
  path: string,
  warn: (message: string) => void,
  now = new Date(),
): Promise<DriftState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    warn(
      code === 'ENOENT'
        ? `No drift state at ${path}: starting fresh (expected on the first run; otherwise restore it with actions/cache before this step).`
        : `Cannot read the drift state at ${path} (${code ?? (error as Error).message}): starting fresh.`,
    );
    return { ...FRESH_STATE };
  }
  const parsed = parseDriftState(text, now);
  if ('problem' in parsed) {
    warn(`The drift state at ${path} is unusable (${parsed.problem}): starting fresh.`);
    return { ...FRESH_STATE };
  }
  return parsed.state;
}

export async function saveDriftState(path: string, state: DriftState): Promise<void> {
  await writeFileAtomic(path, serializeDriftState(state), 'the drift state');
}
