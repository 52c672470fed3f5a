import type { ChannelName } from '../../../shared/contract';

/**
 * Channels that run one at a time across the whole host, in the order they arrive: each
 * checks something in the core, awaits (scrypt), then acts on what it checked, or must
 * not overtake one that does.
 * - session.login checks the PIN lockout before its await and counts a failure after, so
 *   logins sent together were all checked before any counted: sixteen guesses on each of
 *   64 sockets, a thousand PINs per lockout instead of five. In a row, the fifth wrong
 *   PIN's lockout refuses the rest at once.
 * - session.logout sent after a login must not finish before it, or the login wins.
 * - setup.createStore and setup.loadDemo check that no store exists before their await;
 *   sent together, the second failed on a unique constraint and answered `internal`.
 */
export const ONE_AT_A_TIME: ReadonlySet<string> = new Set<string>([
  'session.login',
  'session.logout',
  'setup.createStore',
  'setup.loadDemo',
] satisfies ChannelName[]);

/**
 * Runs tasks one after another, each starting when the one before has settled, whether
 * it succeeded or not.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
