import { z } from 'zod';
import type { LabelPdf, LabelProductView } from '../domain/shelf-labels';
import { LABEL_SHEET_IDS, labelsPerSheet, MAX_PDF_LABELS, MAX_PRINTED_LABELS } from '../label-sheets';
import { channel } from './define';
import { id } from './inputs';

/** Products in one label run (the back office disables Print labels beyond it). */
export const MAX_LABEL_PRODUCTS = 500;
const MAX_ITEMS = MAX_LABEL_PRODUCTS;
const MAX_COPIES = 100;

const item = z
  .object({
    productId: id,
    copies: z.number().int('copies is a whole number').min(1).max(MAX_COPIES).default(1).describe(`Labels of this product, 1 to ${MAX_COPIES} (a count).`),
  })
  .strict();
const items = z.array(item).min(1, 'Choose at least one product').max(MAX_ITEMS, `At most ${MAX_ITEMS} products in one run`);
const kind = z.enum(['shelf', 'barcode']).describe('shelf: name, price, unit price, barcode, SKU and date; barcode: barcode, name and price.');

/** The copies of a run add up to at most `max` labels; a bigger run is refused before anything is drawn. */
function totalAtMost(max: number) {
  return (v: { items: { copies: number }[] }, ctx: z.RefinementCtx): void => {
    const total = v.items.reduce((n, i) => n + i.copies, 0);
    if (total > max) ctx.addIssue({ code: 'custom', path: ['items'], message: `At most ${max} labels in one run; this asks for ${total}` });
  };
}

export const shelfLabelChannels = {
  'shelfLabels.preview': channel<LabelProductView[]>()({
    input: z.object({ productIds: z.array(id).min(1).max(MAX_ITEMS) }).strict(),
    access: 'catalog.manage',
    summary: 'The products of a label run as their labels would show them, each with the barcode it would carry and what would stop it (unknown, archived or inactive).',
  }),
  'shelfLabels.pdf': channel<LabelPdf>()({
    input: z
      .object({
        items,
        kind,
        sheet: z.enum(LABEL_SHEET_IDS).describe('The A4 label sheet: a4-3x8 (70 x 37 mm), a4-3x7 (63.5 x 38.1), a4-4x10 (48.5 x 25.4), a4-2x7 (99.1 x 38.1).'),
        skip: z.number().int().min(0).default(0).describe('Labels already used on the first sheet (a count), filled row by row.'),
      })
      .strict()
      .superRefine(totalAtMost(MAX_PDF_LABELS))
      .superRefine((v, ctx) => {
        const per = labelsPerSheet(v.sheet);
        if (v.skip > per - 1) ctx.addIssue({ code: 'custom', path: ['skip'], message: `A ${v.sheet} sheet has ${per} labels: skip 0 to ${per - 1}` });
      }),
    access: 'catalog.manage',
    summary: 'An A4 PDF sheet of labels, one per copy, in the order given, starting after the used labels of the first sheet.',
  }),
  'shelfLabels.print': channel<{ labels: number }>()({
    input: z.object({ items, kind }).strict().superRefine(totalAtMost(MAX_PRINTED_LABELS)),
    access: 'catalog.manage',
    summary: "Prints the labels on this till's receipt printer, one after another with a cut between, never interleaved with a receipt.",
  }),
};
