import type { SqlDb } from '../db/sql';

/** Wrong PINs in a row before the till locks. */
export const FAILURES_PER_LOCKOUT = 5;
/**
 * How long each successive lockout lasts: 30 s, 1 min, 5 min, 15 min, then an hour each
 * time. Five guesses per lockout make trying all 10,000 four-digit PINs take months, while
 * a cashier who mistypes five times waits half a minute.
 */
export const LOCKOUT_STEPS_MS = [30_000, 60_000, 300_000, 900_000, 3_600_000] as const;

export type AttemptOutcome = { locked: false } | { locked: true; forMs: number };

/**
 * The count of wrong PINs, kept in the database for the whole till: reconnecting, opening
 * more sockets or restarting the app does not reset it. Only a correct PIN does.
 */
export class LoginThrottle {
  constructor(private readonly db: SqlDb) {}

  /** Milliseconds until logins are allowed again; 0 when they are. */
  lockedFor(now: number): number {
    return Math.max(0, this.state().locked_until - now);
  }

  /** Counts an attempt before its PIN is checked, so an attempt cut short still counts. */
  countAttempt(): void {
    this.db.run(
      this.db.q
        .updateTable('login_throttle')
        .set((eb) => ({ failures: eb('failures', '+', 1) }))
        .where('id', '=', 1),
    );
  }

  /** The counted attempt had a wrong PIN: lock once enough have piled up. */
  failed(now: number): AttemptOutcome {
    const s = this.state();
    if (s.failures < FAILURES_PER_LOCKOUT) return { locked: false };
    const forMs = LOCKOUT_STEPS_MS[Math.min(s.lockouts, LOCKOUT_STEPS_MS.length - 1)] ?? 3_600_000;
    this.db.run(
      this.db.q
        .updateTable('login_throttle')
        .set({ failures: 0, lockouts: s.lockouts + 1, locked_until: now + forMs })
        .where('id', '=', 1),
    );
    return { locked: true, forMs };
  }

  /** A correct PIN: the slate is clean. */
  succeeded(): void {
    this.db.run(this.db.q.updateTable('login_throttle').set({ failures: 0, lockouts: 0, locked_until: 0 }).where('id', '=', 1));
  }

  private state() {
    return (
      this.db.first(this.db.q.selectFrom('login_throttle').select(['failures', 'lockouts', 'locked_until']).where('id', '=', 1)) ?? {
        failures: 0,
        lockouts: 0,
        locked_until: 0,
      }
    );
  }
}
