/**
 * When drift turns into action. Drift is confirmed when the data set has drifted in `consecutive`
 * consecutive runs; a confirmed drift dispatches retraining unless the last dispatch was less than
 * `cooldown` ago. The streak is not reset by a dispatch: while drift persists each run stays confirmed,
 * and the cooldown is what spaces the dispatches. Pure: the state and the clock are passed in.
 */

export const DRIFT_STATE_VERSION = 1;

/** What one run leaves for the next (the state file, kept with actions/cache). */
export interface DriftState {
  version: typeof DRIFT_STATE_VERSION;
  /** Consecutive runs, up to the last one, in which the data set drifted. */
  streak: number;
  /** ISO 8601 times, null when never. */
  last_run_at: string | null;
  last_drift_at: string | null;
  last_dispatch_at: string | null;
}

export const FRESH_STATE: Readonly<DriftState> = {
  version: DRIFT_STATE_VERSION,
  streak: 0,
  last_run_at: null,
  last_drift_at: null,
  last_dispatch_at: null,
};

export interface PolicySettings {
  consecutive: number;
  cooldownMs: number;
}

export interface PolicyDecision {
  /** The data set drifted in this run. */
  drift: boolean;
  streak: number;
  /** Drift seen in `consecutive` consecutive runs, this one included. */
  confirmed: boolean;
  /** Confirmed and not cooling down: dispatch retraining. */
  act: boolean;
  /** When the cooldown of the last dispatch ends (ISO), if it has not ended yet. */
  cooldownUntil: string | null;
  /** One sentence for the log and the summary. */
  reason: string;
  /** The state to save after this run (without a dispatch; see `recordDispatch`). */
  next: DriftState;
}

export function decidePolicy(
  previous: DriftState,
  drift: boolean,
  settings: PolicySettings,
  now: Date,
): PolicyDecision {
  const at = now.toISOString();
  const streak = drift ? previous.streak + 1 : 0;
  const confirmed = drift && streak >= settings.consecutive;
  const lastDispatch = previous.last_dispatch_at ? Date.parse(previous.last_dispatch_at) : Number.NaN;
  const cooldownEnd = lastDispatch + settings.cooldownMs;
  const cooling = Number.isFinite(cooldownEnd) && now.getTime() < cooldownEnd;
  const cooldownUntil = cooling ? new Date(cooldownEnd).toISOString() : null;
  let reason: string;
  if (!drift) reason = 'no data set drift in this run';
  else if (!confirmed)
    reason = `drift in ${streak} consecutive run${streak === 1 ? '' : 's'}, ${settings.consecutive} needed`;
  else if (cooling)
    reason = `drift confirmed, but the last dispatch was at ${previous.last_dispatch_at}; cooling down until ${cooldownUntil}`;
  else reason = `drift confirmed (${streak} consecutive run${streak === 1 ? '' : 's'})`;
  return {
    drift,
    streak,
    confirmed,
    act: confirmed && !cooling,
    cooldownUntil,
    reason,
    next: {
      version: DRIFT_STATE_VERSION,
      streak,
      last_run_at: at,
      last_drift_at: drift ? at : previous.last_drift_at,
      last_dispatch_at: previous.last_dispatch_at,
    },
  };
}

/** The state after a successful dispatch at `now`. */
export function recordDispatch(state: DriftState, now: Date): DriftState {
  return { ...state, last_dispatch_at: now.toISOString() };
}

const isTime = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && Number.isFinite(Date.parse(value)));

/** The state in a file's text, or a reason it is unusable. */
/** Clock skew allowed between the run that saved the state and this one. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export function parseDriftState(text: string, now = new Date()): { state: DriftState } | { problem: string } {
  let value: unknown;
  try {
    // Editors on Windows may add a byte-order mark to a file someone fixed by hand.
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { problem: `not JSON (${(error as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'not a JSON object' };
  const v = value as Record<string, unknown>;
  if (v.version !== DRIFT_STATE_VERSION)
    return { problem: `version ${JSON.stringify(v.version)}, expected ${DRIFT_STATE_VERSION}` };
  if (!Number.isSafeInteger(v.streak) || (v.streak as number) < 0)
    return { problem: `streak ${JSON.stringify(v.streak)} is not a count` };
  for (const key of ['last_run_at', 'last_drift_at', 'last_dispatch_at'] as const) {
    if (!isTime(v[key] ?? null)) return { problem: `${key} ${JSON.stringify(v[key])} is not a time` };
    // A time in the future would hold the cooldown (or the streak) for as long: the file is wrong.
    if (typeof v[key] === 'string' && Date.parse(v[key]) > now.getTime() + FUTURE_TOLERANCE_MS) {
      return { problem: `${key} ${v[key]} is in the future` };
    }
  }
  return {
    state: {
      version: DRIFT_STATE_VERSION,
      streak: v.streak as number,
      last_run_at: (v.last_run_at as string | null | undefined) ?? null,
      last_drift_at: (v.last_drift_at as string | null | undefined) ?? null,
      last_dispatch_at: (v.last_dispatch_at as string | null | undefined) ?? null,
    },
  };
}

export function serializeDriftState(state: DriftState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}
