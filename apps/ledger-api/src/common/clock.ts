/** The one place the service reads the time, injected so tests can fix it. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers the same instant, for tests. */
export function fixedClock(instant: string | Date): Clock {
  const fixed = new Date(instant);
  return { now: () => new Date(fixed) };
}
