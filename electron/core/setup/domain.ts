import type { CoreContext } from '../context';
import { fail } from '../errors';
import type { HandlersOf } from '../router';
import type { StaffService } from '../staff/staff-service';
import { appStatus } from '../app/app-status';
import { SetupGate } from './setup-gate';
import { SetupService } from './setup-service';
import { withIsoExponent } from './store-currency';

/** setup.*: the first run of an empty data folder, open only to connections the gate allows. */
export function setupDomain(ctx: CoreContext, deps: { staff: StaffService; resourcesDir: string }) {
  const service = new SetupService(
    { db: ctx.db, clock: ctx.clock, settings: ctx.settings, staff: deps.staff, writer: ctx.documents },
    deps.resourcesDir,
  );
  const gate = new SetupGate(service.isSetUp());
  const handlers: HandlersOf<'setup'> = {
    'setup.unlock': (input, call) => {
      if (service.isSetUp()) fail('already_set_up', 'This till already has a store');
      if (!gate.unlock(call.connectionId, input.token)) fail('bad_setup_token', 'That setup code is not right');
      return appStatus(ctx, gate, call);
    },
    'setup.createStore': async (input, call) => {
      await service.createStore({
        store: withIsoExponent(input.store),
        till: input.till,
        taxRates: [{ code: 'A', name: input.taxRate.name, rateBps: input.taxRate.rateBps }],
        staff: [{ name: input.owner.name, role: 'owner', pin: input.owner.pin }],
      });
      gate.close();
      return appStatus(ctx, gate, call);
    },
    'setup.loadDemo': async (_input, call) => {
      await service.loadDemo();
      gate.close();
      return appStatus(ctx, gate, call);
    },
  };
  return { service, gate, handlers };
}
