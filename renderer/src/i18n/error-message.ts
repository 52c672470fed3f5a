import type { TFunction } from 'i18next';
import { ConnectionLostError } from '../api/ws-bridge';
import { ApiError } from '../api/client';
import { lotExpiredFacts } from './lot-expired';

/** What to tell the cashier about a failed call, in their language. */
export function errorMessage(t: TFunction, e: unknown): string {
  if (e instanceof ApiError) {
    // The lockout duration only travels in the server's message ("... in 27 s.").
    if (e.code === 'locked_out') {
      const seconds = /(\d+)\s*s\b/.exec(e.message)?.[1];
      return seconds ? t('login.lockedOut', { seconds }) : t('errors.locked_out');
    }
    // How much is left only travels in the server's message ("Only 2 of Cola left").
    if (e.code === 'out_of_stock') {
      const m = /^Only (.+) of (.+) left$/.exec(e.message);
      if (m) return t('cart.onlyLeft', { left: m[1], name: m[2] });
    }
    // Which product asks for the age check only travels in the server's message too.
    if (e.code === 'age_check_required') {
      const m = /^(.+) is age-restricted:/.exec(e.message);
      if (m) return t('ageCheck.product', { name: m[1] });
    }
    // Which batch expired and when only travels in the server's message too.
    if (e.code === 'lot_expired') {
      const facts = lotExpiredFacts(e.message);
      if (facts) return t('cart.lotExpired', facts);
    }
    return t(`errors.${e.code}`);
  }
  if (e instanceof ConnectionLostError) return t('app.connectionLostDuring');
  return t('errors.internal');
}

