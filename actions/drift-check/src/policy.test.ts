import {
  type DriftState,
  decidePolicy,
  FRESH_STATE,
  parseDriftState,
  recordDispatch,
  serializeDriftState,
} from './policy.js';

const HOUR = 3_600_000;
const t0 = new Date('2026-03-01T00:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

/** Runs the policy over a sequence of drift observations, one per hour, dispatching whenever it acts. */
function replay(observations: boolean[], settings: { consecutive: number; cooldownMs: number }) {
  let state: DriftState = { ...FRESH_STATE };
  return observations.map((drift, hour) => {
    const decision = decidePolicy(state, drift, settings, at(hour));
    state = decision.act ? recordDispatch(decision.next, at(hour)) : decision.next;
    return decision;
  });
}

test('one drifted run confirms with consecutive 1; no drift never acts', () => {
  const runs = replay([false, true, false], { consecutive: 1, cooldownMs: 0 });
  expect(runs.map((r) => [r.streak, r.confirmed, r.act])).toEqual([
    [0, false, false],
    [1, true, true],
    [0, false, false],
  ]);
  expect(runs[0]?.reason).toBe('no data set drift in this run');
});

test('consecutive 3: only the third drifted run in a row confirms; a clean run resets the streak', () => {
  const runs = replay([true, true, false, true, true, true, true], { consecutive: 3, cooldownMs: 0 });
  expect(runs.map((r) => r.streak)).toEqual([1, 2, 0, 1, 2, 3, 4]);
  expect(runs.map((r) => r.act)).toEqual([false, false, false, false, false, true, true]);
  expect(runs[1]?.reason).toBe('drift in 2 consecutive runs, 3 needed');
  expect(runs[5]?.reason).toBe('drift confirmed (3 consecutive runs)');
});

test('cooldown: no second dispatch until exactly the cooldown has passed since the last one', () => {
  const settings = { consecutive: 1, cooldownMs: 3 * HOUR };
  const dispatched = recordDispatch(decidePolicy(FRESH_STATE, true, settings, t0).next, t0);
  const justBefore = decidePolicy(dispatched, true, settings, new Date(t0.getTime() + 3 * HOUR - 1));
  expect(justBefore).toMatchObject({ confirmed: true, act: false, cooldownUntil: at(3).toISOString() });
  expect(justBefore.reason).toMatch(/cooling down until 2026-03-01T03:00:00.000Z/);
  expect(justBefore.next.last_dispatch_at).toBe(t0.toISOString());
  const exactly = decidePolicy(dispatched, true, settings, at(3));
  expect(exactly).toMatchObject({ act: true, cooldownUntil: null });

  const runs = replay([true, true, true, true, true], settings);
  expect(runs.map((r) => r.act)).toEqual([true, false, false, true, false]);
});

test('the state carries the times of the last run, drift and dispatch', () => {
  const settings = { consecutive: 2, cooldownMs: 0 };
  const first = decidePolicy(FRESH_STATE, true, settings, at(0));
  expect(first.next).toEqual({
    version: 1,
    streak: 1,
    last_run_at: at(0).toISOString(),
    last_drift_at: at(0).toISOString(),
    last_dispatch_at: null,
  });
  const second = decidePolicy(first.next, false, settings, at(1));
  expect(second.next).toMatchObject({
    streak: 0,
    last_run_at: at(1).toISOString(),
    last_drift_at: at(0).toISOString(),
  });
});

test('a state file round-trips; broken ones say what is wrong', () => {
  const state: DriftState = {
    version: 1,
    streak: 4,
    last_run_at: at(1).toISOString(),
    last_drift_at: at(1).toISOString(),
    last_dispatch_at: null,
  };
  expect(parseDriftState(serializeDriftState(state))).toEqual({ state });
  expect(parseDriftState('{"version":1,"streak":2}')).toEqual({ state: { ...FRESH_STATE, streak: 2 } });
  expect(parseDriftState('{oops')).toEqual({ problem: expect.stringMatching(/^not JSON/) });
  expect(parseDriftState('[1]')).toEqual({ problem: 'not a JSON object' });
  expect(parseDriftState('{"version":2,"streak":1}')).toEqual({ problem: 'version 2, expected 1' });
  expect(parseDriftState('{"version":1,"streak":-1}')).toEqual({ problem: 'streak -1 is not a count' });
  expect(parseDriftState('{"version":1,"streak":1,"last_dispatch_at":"yesterday"}')).toEqual({
    problem: 'last_dispatch_at "yesterday" is not a time',
  });
  // A byte-order mark from an editor is not a reason to lose the streak.
  expect(parseDriftState(`\uFEFF${serializeDriftState(state)}`)).toEqual({ state });
  // A dispatch "in 2099" would hold the cooldown for 73 years.
  const now = new Date('2026-12-08T00:00:00Z');
  expect(parseDriftState('{"version":1,"streak":1,"last_dispatch_at":"2099-01-02T00:00:00.000Z"}', now)).toEqual({
    problem: 'last_dispatch_at 2099-01-02T00:00:00.000Z is in the future',
  });
  expect(parseDriftState('{"version":1,"streak":1,"last_run_at":"2026-12-08T06:00:00.000Z"}', now)).toMatchObject({
    state: { streak: 1 },
  });
});
