/** The one injectable source of time; `YILIAN_NOW` fixes it on the server. */
export interface Clock {
  now(): Date;
}

/** A clock that reads the system time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock frozen at the given instant (tests, demos). */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`fixedClock: invalid date ${String(at)}`);
  return { now: () => new Date(instant.getTime()) };
}
