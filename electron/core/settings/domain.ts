import type { CoreContext } from '../context';
import type { PrintService } from '../receipts/print-service';
import type { HandlersOf } from '../router';

/** settings.*: this till's device and stock settings. */
export function settingsDomain(ctx: CoreContext, deps: { printing: PrintService }) {
  const handlers: HandlersOf<'settings'> = {
    'settings.get': () => ctx.settings.tillSettings(),
    'settings.update': async (input) => {
      const next = { ...ctx.settings.tillSettings(), ...input };
      ctx.settings.set('till', next);
      if (input.printerUri !== undefined || input.drawerPin !== undefined || input.printerColumns !== undefined) {
        await deps.printing.reconfigure(next);
      }
      return next;
    },
  };
  return { handlers };
}
