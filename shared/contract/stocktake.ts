import { z } from 'zod';
import type {
  CountEntryView,
  StockTakeDetailView,
  StockTakeLocationView,
  StockTakePosted,
  StockTakeView,
  UncountedPage,
  VariancePage,
  VarianceTotals,
} from '../domain/stocktake';
import { channel } from './define';
import { id, limit, noInput, qty, scanCode } from './inputs';

const version = z.number().int().min(1).describe('The version of the stock take the caller saw (a counter, raised by every count and by posting).');
/** A typed count: what was counted now, or a correction (negative) of an earlier count. */
const countQty = z
  .number()
  .int('a count is a whole number of thousandths: 12 items is 12000')
  .min(-1_000_000_000)
  .max(1_000_000_000)
  .refine((n) => n !== 0, 'A count of zero changes nothing: count at least 0.001, or a negative number to correct')
  .describe('Quantity in thousandths: 12 items is 12000, 2.5 kg is 2500; negative corrects an earlier count.');
const outsideScope = z
  .boolean()
  .default(false)
  .describe('Count a product outside the take\'s category or shelf (found in the wrong place); without it such a count is refused with not_in_stock_take.');
const cursor = z.string().max(64).optional().describe('The `next` cursor of the page before; omit for the first page.');

export const stockTakeChannels = {
  'stocktake.locations': channel<StockTakeLocationView[]>()({
    input: noInput,
    access: 'stock.count',
    summary: 'The locations a stock take can count (not archived, not the transit location), home first.',
  }),
  'stocktake.shelves': channel<string[]>()({
    input: z.object({ locationId: id.optional().describe('The home location when omitted.') }).strict(),
    access: 'stock.manage',
    summary: 'The shelves products are on at a location, for starting a shelf stock take.',
  }),
  'stocktake.list': channel<StockTakeView[]>()({
    input: z.object({ status: z.enum(['counting', 'all']).default('all') }).strict().optional(),
    access: 'stock.count',
    summary: 'Stock takes: every one still counting, then the last 50 posted or cancelled.',
  }),
  'stocktake.get': channel<StockTakeDetailView>()({
    input: z.object({ id }).strict(),
    access: 'stock.count',
    summary: 'A stock take with its progress: products in scope and products counted.',
  }),
  'stocktake.start': channel<StockTakeView>()({
    input: z
      .object({
        locationId: id.optional().describe('Where to count; the home location (shop floor) when omitted.'),
        scope: z.enum(['full', 'category', 'shelf']),
        categoryId: id.optional().describe('scope category: this category and every one under it.'),
        shelf: z.string().trim().min(1).max(40).optional().describe('scope shelf: the products with this shelf at the location.'),
        note: z.string().trim().max(200).default(''),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.scope === 'category' && v.categoryId === undefined) ctx.addIssue({ code: 'custom', path: ['categoryId'], message: 'A category stock take needs a category' });
        if (v.scope === 'shelf' && v.shelf === undefined) ctx.addIssue({ code: 'custom', path: ['shelf'], message: 'A shelf stock take needs a shelf' });
        if (v.scope !== 'category' && v.categoryId !== undefined) ctx.addIssue({ code: 'custom', path: ['categoryId'], message: 'Only a category stock take has a category' });
        if (v.scope !== 'shelf' && v.shelf !== undefined) ctx.addIssue({ code: 'custom', path: ['shelf'], message: 'Only a shelf stock take has a shelf' });
      }),
    access: 'stock.manage',
    summary: 'Starts counting a location: all of it, a category with its subcategories, or one shelf. Selling goes on. A scope overlapping a take still counting is refused (stock_take_overlaps).',
  }),
  'stocktake.cancel': channel<StockTakeView>()({
    input: z.object({ id, version }).strict(),
    access: 'stock.manage',
    summary: 'Cancels a stock take still counting; its counts are kept but nothing is posted.',
  }),
  'stocktake.scan': channel<CountEntryView>()({
    input: z
      .object({
        id,
        code: scanCode,
        qty: qty.optional().describe('How many were scanned at once, in thousandths (a case of 12 is 12000); 1 each when omitted. A label carries its own.'),
        outsideScope,
      })
      .strict(),
    access: 'stock.count',
    summary: 'Counts a scanned item (barcode, SKU or in-store weight/price label) as its own entry. Unknown codes: unknown_barcode.',
  }),
  'stocktake.count': channel<CountEntryView>()({
    input: z.object({ id, productId: id, qty: countQty, outsideScope }).strict(),
    access: 'stock.count',
    summary: 'A typed count of a product, as its own entry; a negative one corrects, but a product\'s count never goes below zero.',
  }),
  'stocktake.undo': channel<CountEntryView>()({
    input: z.object({ id }).strict(),
    access: 'stock.count',
    summary: 'Takes back the caller\'s last entry in this take (an entry of its own), once; not_found when there is none left.',
  }),
  'stocktake.myEntries': channel<CountEntryView[]>()({
    input: z.object({ id, limit: limit(100, 20) }).strict(),
    access: 'stock.count',
    summary: 'The caller\'s last entries in this take, newest first.',
  }),
  'stocktake.variances': channel<VariancePage>()({
    input: z.object({ id, only: z.enum(['all', 'variances']).default('all'), after: cursor, limit: limit(1000, 100) }).strict(),
    access: 'stock.manage',
    summary: 'A page of the variance report: per counted product expected, counted, variance and its value at cost, who counted. Keyset paged.',
  }),
  'stocktake.uncounted': channel<UncountedPage>()({
    input: z.object({ id, after: cursor, limit: limit(1000, 100) }).strict(),
    access: 'stock.manage',
    summary: 'A page of the products in the take\'s scope nobody has counted, with their on hand. Keyset paged.',
  }),
  'stocktake.totals': channel<VarianceTotals>()({
    input: z.object({ id }).strict(),
    access: 'stock.manage',
    summary: 'The variance report\'s totals: products counted and differing, value found and missing, products uncounted.',
  }),
  'stocktake.post': channel<StockTakePosted>()({
    input: z
      .object({
        id,
        version,
        zeroUncounted: z.boolean().default(false).describe('Set the products in scope nobody counted to zero; by default they are left alone.'),
      })
      .strict(),
    access: 'stock.manage',
    summary: 'Posts the non-zero variances as one stock.counted document (reason count), applied to the current on hand; the take is then closed to counts.',
  }),
};
