import { v7 as uuidv7 } from 'uuid';

/** Injected so tests can pin time; every timestamp and id in the core comes from here. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}

/** UUIDv7: time-ordered, so ids from several tills merge into a store server without renumbering. */
export function newId(clock: Clock): string {
  return uuidv7({ msecs: clock.now().getTime() });
}
