import { tillIdOf, type CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { PrintService, type PrinterFactory } from './print-service';

/** receipt.*: the print queue of finalized sales' receipts. */
export function receiptsDomain(ctx: CoreContext, deps: { printerFactory: PrinterFactory }) {
  const printing = new PrintService(ctx.db, ctx.clock, ctx.events, deps.printerFactory, ctx.settings.tillSettings());
  const handlers: HandlersOf<'receipt'> = {
    'receipt.unprinted': (input) => printing.unprinted(tillIdOf(ctx), input?.limit ?? 20),
    'receipt.reprint': (input) => printing.reprint(input.saleId),
  };
  return { printing, handlers };
}
