import type { CoreContext } from '../context';
import type { HandlersOf } from '../router';
import type { SetupGate } from '../setup/setup-gate';
import { appStatus } from './app-status';

/** app.*: what a connection sees before and after logging in. */
export function appDomain(ctx: CoreContext, deps: { gate: SetupGate }) {
  const handlers: HandlersOf<'app'> = {
    'app.status': (_input, call) => appStatus(ctx, deps.gate, call),
  };
  return { handlers };
}
