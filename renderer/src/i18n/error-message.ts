import type { TFunction } from 'i18next';
import { ConnectionLostError } from '../api/ws-bridge';
import { ApiError } from '../api/client';

/** What to tell the cashier about a failed call, in their language. */
export function errorMessage(t: TFunction, e: unknown): string {
  if (e instanceof ApiError) {
    // The server's wording is the only place the lockout duration is given.
    if (e.code === 'locked_out') return t('login.lockedOut', { detail: e.message });
    return t(`errors.${e.code}`);
  }
  if (e instanceof ConnectionLostError) return t('app.connectionLostDuring');
  return t('errors.internal');
}
