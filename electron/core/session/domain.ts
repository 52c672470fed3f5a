import type { CoreContext } from '../context';
import type { HandlersOf } from '../router';
import type { StaffService } from '../staff/staff-service';
import { Approvals } from './approvals';
import { LoginThrottle } from './login-throttle';
import { Sessions } from './sessions';

/** session.*: who is logged in on each connection. */
export function sessionDomain(ctx: CoreContext, deps: { staff: StaffService }) {
  const sessions = new Sessions(deps.staff, ctx.clock, new LoginThrottle(ctx.db));
  const handlers: HandlersOf<'session'> = {
    'session.login': (input, call) => sessions.login(call.connectionId, input.pin),
    'session.logout': (_input, call) => {
      sessions.logout(call.connectionId);
      return null;
    },
  };
  const approvals = new Approvals(sessions, ctx.settings);
  return { sessions, approvals, handlers };
}
