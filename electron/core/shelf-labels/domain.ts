import type { LabelDoc, LabelKind } from '../../../shared/domain/shelf-labels';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import type { PrintService } from '../receipts/print-service';
import type { HandlersOf } from '../router';
import { labelDoc, previewRow, type LabelContext } from './label-docs';
import { readLabelProducts } from './label-products';
import { labelSheetPdf } from './label-pdf';

/**
 * shelfLabels.*: shelf-edge and barcode labels for products, as an A4 PDF sheet or on the
 * receipt printer. Nothing is written: a label is a view of the catalog on the day it is
 * printed, and the price it shows is the price the till charges that day.
 */
export function shelfLabelsDomain(ctx: CoreContext, deps: { printing: PrintService }) {
  const labelContext = (): LabelContext => {
    const store = ctx.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
    const money = { currency: store.currency, currencyExponent: store.currencyExponent, locale: store.locale };
    const date = new Intl.DateTimeFormat(store.locale, { dateStyle: 'short' }).format(ctx.clock.now());
    return { money, rules: ctx.settings.instoreRules(store.currencyExponent), date };
  };

  /** Every label of the run, copies in place, or the first refusal: all or nothing. */
  const buildLabels = (kind: LabelKind, items: readonly { productId: string; copies: number }[]): LabelDoc[] => {
    const lc = labelContext();
    const products = readLabelProducts(ctx.db, items.map((i) => i.productId));
    const out: LabelDoc[] = [];
    for (const item of items) {
      const doc = labelDoc(kind, item.productId, products.get(item.productId), lc);
      for (let n = 0; n < item.copies; n += 1) out.push(doc);
    }
    return out;
  };

  const handlers: HandlersOf<'shelfLabels'> = {
    'shelfLabels.preview': (input) => {
      const lc = labelContext();
      const products = readLabelProducts(ctx.db, input.productIds);
      return input.productIds.map((id) => previewRow(id, products.get(id), lc));
    },
    'shelfLabels.pdf': async (input) => {
      const labels = buildLabels(input.kind, input.items);
      const { bytes, pages } = await labelSheetPdf(labels, input.sheet, input.skip);
      const day = ctx.clock.now().toISOString().slice(0, 10);
      return { pdf: bytes.toString('base64'), fileName: `${input.kind}-labels-${day}.pdf`, labels: labels.length, pages };
    },
    'shelfLabels.print': async (input) => {
      const labels = buildLabels(input.kind, input.items);
      await deps.printing.printLabels(labels);
      return { labels: labels.length };
    },
  };
  return { handlers };
}
