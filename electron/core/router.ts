import type { z } from 'zod';
import {
  contract,
  isChannelName,
  type AppError,
  type ChannelName,
  type OutputOf,
  type ParsedInputOf,
  type Result,
} from '../../shared/contract';
import type { SessionInfo } from '../../shared/domain/staff';
import { isDeviceError } from './devices/types';
import { DomainError } from './errors';

export interface CallContext {
  connectionId: string;
  session: SessionInfo | null;
}

export type Handlers = {
  [K in ChannelName]: (input: ParsedInputOf<K>, ctx: CallContext) => OutputOf<K> | Promise<OutputOf<K>>;
};

export interface Router {
  /** channel -> validate (zod) -> authorize -> handler -> envelope. Never rejects. */
  call(connectionId: string, channel: string, input: unknown): Promise<Result<unknown>>;
}

export function createRouter(handlers: Handlers, sessionOf: (connectionId: string) => SessionInfo | null): Router {
  return {
    async call(connectionId, channel, input) {
      if (!isChannelName(channel)) return failure('unknown_channel', `No channel named ${channel}`);
      const def = contract[channel];
      const parsed = (def.input as z.ZodType).safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'invalid_input',
            message: parsed.error.issues[0]?.message ?? 'Invalid input',
            issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          },
        };
      }
      const session = sessionOf(connectionId);
      if (def.access !== 'public') {
        if (!session) return failure('not_logged_in', 'Log in first');
        if (def.access !== 'staff' && !session.permissions.includes(def.access)) {
          return failure('permission_denied', `${session.staff.name} may not do ${channel}`);
        }
      }
      try {
        const handler = handlers[channel] as (input: unknown, ctx: CallContext) => unknown;
        const value = await handler(parsed.data, { connectionId, session });
        return { ok: true, value };
      } catch (err) {
        if (err instanceof DomainError) return failure(err.code, err.message);
        if (isDeviceError(err)) return failure('device_offline', err.message);
        console.error(`channel ${channel} failed`, err);
        return failure('internal', 'Something went wrong; the action was not completed.');
      }
    },
  };
}

function failure(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
