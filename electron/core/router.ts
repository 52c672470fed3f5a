import type { z } from 'zod';
import {
  contract,
  isChannelName,
  type Access,
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

export type Handler<K extends ChannelName> = (
  input: ParsedInputOf<K>,
  ctx: CallContext,
) => OutputOf<K> | Promise<OutputOf<K>>;

export type Handlers = { [K in ChannelName]: Handler<K> };

/** The handlers of one domain: every channel named `prefix.*`, and no other. */
export type HandlersOf<P extends string> = { [K in Extract<ChannelName, `${P}.${string}`>]: Handler<K> };

/** What the router needs to know about a connection to authorize a call. */
export interface ConnectionAccess {
  sessionOf(connectionId: string): SessionInfo | null;
  setupAllowed(connectionId: string): boolean;
}

export interface Router {
  /** channel -> validate (zod) -> authorize -> handler -> envelope. Never rejects. */
  call(connectionId: string, channel: string, input: unknown): Promise<Result<unknown>>;
}

export function createRouter(handlers: Handlers, access: ConnectionAccess): Router {
  return {
    async call(connectionId, channel, input) {
      if (!isChannelName(channel)) return failure('unknown_channel', `No channel named ${channel}`);
      const def = contract[channel];
      // JSON can carry a lone surrogate ("\ud800"); no document can hold one (RFC 8785
      // refuses it), so a store or product named with one would make every later sale fail.
      if (!wellFormed(input)) {
        return {
          ok: false,
          error: { code: 'invalid_input', message: 'Text must be valid Unicode (no lone surrogates)', issues: [] },
        };
      }
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
      const session = access.sessionOf(connectionId);
      const denied = authorize(def.access, channel, session, () => access.setupAllowed(connectionId));
      if (denied) return { ok: false, error: denied };
      try {
        const handler = handlers[channel] as (input: unknown, ctx: CallContext) => unknown;
        const value = await handler(parsed.data, { connectionId, session });
        return { ok: true, value };
      } catch (err) {
        if (err instanceof DomainError) return failure(err.code, err.message);
        if (isDeviceError(err)) return failure('device_offline', err.message);
        if (isBusy(err)) return failure('busy', 'The store database is busy; nothing was changed. Try again.');
        console.error(`channel ${channel} failed`, err);
        return failure('internal', 'Something went wrong; the action was not completed.');
      }
    },
  };
}

/** Whether a connection's session satisfies an access rule; the same rule decides pushes. */
export function mayAccess(access: Exclude<Access, 'public' | 'setup'>, session: SessionInfo | null): boolean {
  if (session === null) return false;
  return access === 'staff' || session.permissions.includes(access);
}

function authorize(
  access: Access,
  channel: string,
  session: SessionInfo | null,
  setupAllowed: () => boolean,
): AppError | null {
  if (access === 'public') return null;
  if (access === 'setup') {
    return setupAllowed()
      ? null
      : { code: 'setup_not_allowed', message: 'Present the setup code (setup.unlock) before setting up the store' };
  }
  if (!session) return { code: 'not_logged_in', message: 'Log in first' };
  if (!mayAccess(access, session)) {
    return { code: 'permission_denied', message: `${session.staff.name} may not do ${channel}` };
  }
  return null;
}

/** Whether every string in a JSON value, keys included, is well-formed UTF-16. */
function wellFormed(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.isWellFormed();
  if (value === null || typeof value !== 'object' || depth > 64) return true;
  for (const [k, v] of Object.entries(value)) if (!k.isWellFormed() || !wellFormed(v, depth + 1)) return false;
  return true;
}

/** SQLite's busy and locked errors: another connection held the lock past the busy timeout; the call rolled back. */
function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function failure(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
