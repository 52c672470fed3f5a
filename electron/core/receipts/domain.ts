import { tillIdOf, type CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { loadReceiptDoc } from '../sales/receipt-doc';
import { PrintService, type PrinterFactory } from './print-service';
import { receiptPdf } from './receipt-pdf';

/** receipt.*: the print queue of finalized sales' receipts. */
export function receiptsDomain(ctx: CoreContext, deps: { printerFactory: PrinterFactory }) {
  const printing = new PrintService(ctx.db, ctx.clock, ctx.events, deps.printerFactory, ctx.settings.tillSettings());
  const handlers: HandlersOf<'receipt'> = {
    'receipt.unprinted': (input) => printing.unprinted(tillIdOf(ctx), input?.limit ?? 20),
    'receipt.reprint': (input) => printing.reprint(input.saleId),
    'receipt.pdf': async (input) => {
      const doc = loadReceiptDoc(ctx.db, input.saleId, { reprint: input.copy });
      const bytes = await receiptPdf(doc);
      return { fileName: `receipt-${doc.receiptNumber.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`, base64: bytes.toString('base64') };
    },
  };
  return { printing, handlers };
}
