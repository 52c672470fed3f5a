import type { ChannelName } from '../../../shared/contract';

/**
 * Channels that run one at a time across the whole host, in the order they arrive. The
 * core already makes each safe on its own (logins are counted before their PIN is
 * checked and run in turn, a logout cancels a login still running, setup checks for a
 * store inside its transaction); here they also keep the order a client sent them in,
 * so a logout sent after a login is answered after it, and a burst of them costs one
 * scrypt at a time rather than a threadpool's worth.
 */
export const ONE_AT_A_TIME: ReadonlySet<string> = new Set<string>([
  'session.login',
  'session.logout',
  'setup.createStore',
  'setup.loadDemo',
] satisfies ChannelName[]);
