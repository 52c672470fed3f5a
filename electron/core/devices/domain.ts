import type { PrintService } from '../receipts/print-service';
import type { HandlersOf } from '../router';

/** devices.*: the state of this till's peripherals. */
export function devicesDomain(deps: { printing: PrintService }) {
  const handlers: HandlersOf<'devices'> = {
    'devices.printerStatus': () => deps.printing.status(),
  };
  return { handlers };
}
