import type { AppStatus } from '../../../shared/contract';
import type { CoreContext } from '../context';
import type { CallContext } from '../router';
import type { SetupGate } from '../setup/setup-gate';

/** What any connection may know before logging in: the store, the till and its own session. */
export function appStatus(ctx: CoreContext, gate: SetupGate, call: CallContext): AppStatus {
  const { db, settings } = ctx;
  const id = settings.get('tillId');
  const till = id ? db.first(db.q.selectFrom('tills').select(['id', 'code', 'name']).where('id', '=', id)) : undefined;
  return {
    version: ctx.version,
    setUp: settings.get('store') !== undefined,
    demo: settings.get('demo') ?? false,
    store: settings.get('store') ?? null,
    till: till ?? null,
    session: call.session,
    scanner: { prefix: settings.tillSettings().scannerPrefix },
    startScreen: settings.tillSettings().startScreen,
    setupAllowed: gate.isAllowed(call.connectionId),
  };
}
