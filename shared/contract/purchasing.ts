import { z } from 'zod';
import type {
  LowStockPage,
  PurchaseOrderPage,
  PurchaseOrderView,
  PurchasingLocationView,
  ReorderFiguresView,
  SuggestionView,
} from '../domain/purchasing';
import { channel } from './define';
import { id, limit, minor } from './inputs';

/** A quantity bought or reordered: thousandths, 12 items is 12000. */
const orderQty = z
  .number()
  .int('a quantity is a whole number of thousandths: 12 items is 12000')
  .min(1, 'a quantity is at least 1 thousandth')
  .max(1_000_000_000)
  .describe('Quantity in thousandths: 12 items is 12000, 2.5 kg is 2500.');
const reorderPoint = z
  .number()
  .int('a quantity is a whole number of thousandths: 12 items is 12000')
  .min(0)
  .max(1_000_000_000)
  .describe('Quantity in thousandths: reorder when on hand is at or below it (12 items is 12000).');
const packSize = z
  .number()
  .int()
  .min(1)
  .max(1_000_000_000)
  .describe('Units per pack, in thousandths (a case of 12 is 12000).');
const version = z
  .number()
  .int()
  .min(1)
  .describe('The version the screen was loaded at (a counter, raised by every change).');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD');
const locationId = id.optional().describe('Omit for the home location (the shop floor).');
const note = z.string().max(1000).default('');

const orderLine = z
  .object({
    productId: id,
    qty: orderQty,
    unitCost: minor
      .optional()
      .describe("Cost per unit in minor units; omit for the supplier's cost, else the product's."),
    supplierCode: z.string().trim().max(64).optional().describe("Omit for the supplier's code for the product."),
    packSize: packSize.optional().describe("Units per pack in thousandths; omit for the supplier's pack size."),
  })
  .strict();

const orderFields = {
  supplierId: id,
  locationId,
  note,
  expectedOn: isoDate.nullable().default(null),
  lines: z.array(orderLine).min(1, 'An order needs at least one line').max(500),
};

const receiptLine = z
  .object({
    productId: id,
    qty: orderQty,
    unitCost: minor
      .optional()
      .describe("The invoice's cost per unit in minor units, when it differs from the order's."),
    lotCode: z.string().trim().max(40).optional().describe('The batch number, for a product received per lot.'),
    expiresOn: isoDate.nullable().optional(),
  })
  .strict();

export const purchasingChannels = {
  'purchasing.locations': channel<PurchasingLocationView[]>()({
    input: z.object({}).strict().optional(),
    access: 'stock.manage',
    summary: 'The locations goods are ordered to and kept at (not archived, not transit), home first.',
  }),
  'purchasing.reorderFigures': channel<ReorderFiguresView[]>()({
    input: z.object({ productId: id }).strict(),
    access: 'stock.manage',
    summary: "A product's on hand, reorder point, reorder quantity and shelf at every location.",
  }),
  'purchasing.setReorderFigures': channel<ReorderFiguresView[]>()({
    input: z
      .object({
        productId: id,
        locationId: id,
        reorderPoint: reorderPoint.nullable(),
        reorderQty: orderQty.nullable(),
        shelf: z.string().trim().max(40).default(''),
      })
      .strict(),
    access: 'stock.manage',
    summary:
      "Sets a product's reorder figures and shelf at a location; the home location's reorder figures are the product's own.",
  }),
  'purchasing.lowStock': channel<LowStockPage>()({
    input: z
      .object({
        locationId,
        supplierId: id.optional().describe('Only products this supplier is preferred for.'),
        after: z
          .string()
          .max(600)
          .optional()
          .describe('The `next` cursor of the page before; omit for the first page.'),
        limit: limit(200, 50),
      })
      .strict(),
    access: 'stock.manage',
    summary:
      'Products at or below their reorder point at a location, by name, with on hand, on order and preferred supplier; paged by cursor.',
  }),
  'purchasing.lowStockCount': channel<{ count: number }>()({
    input: z.object({ locationId }).strict().optional(),
    access: 'stock.manage',
    summary: 'How many products are at or below their reorder point at a location (the Purchasing badge).',
  }),
  'purchasing.suggest': channel<SuggestionView>()({
    input: z.object({ locationId }).strict().optional(),
    access: 'stock.manage',
    summary:
      "An order per preferred supplier from the low-stock list: max(reorder qty, reorder point - on hand) less what is on order, rounded up to the supplier's pack size.",
  }),
  'purchasing.createSuggested': channel<PurchaseOrderView[]>()({
    input: z
      .object({
        locationId,
        supplierIds: z.array(id).max(200).optional().describe('Omit for every supplier suggested.'),
      })
      .strict(),
    access: 'stock.manage',
    summary: 'Makes the suggested orders into draft purchase orders, one per supplier.',
  }),
  'purchasing.list': channel<PurchaseOrderPage>()({
    input: z
      .object({
        status: z
          .enum(['open', 'draft', 'sent', 'partial', 'received', 'closed', 'cancelled', 'all'])
          .default('open')
          .describe('open = draft, sent, partial or received.'),
        supplierId: id.optional(),
        after: z
          .string()
          .max(600)
          .optional()
          .describe('The `next` cursor of the page before; omit for the first page.'),
        limit: limit(200, 50),
      })
      .strict(),
    access: 'stock.manage',
    summary: 'Purchase orders, newest first, paged by cursor.',
  }),
  'purchasing.get': channel<PurchaseOrderView>()({
    input: z.object({ id }).strict(),
    access: 'stock.manage',
    summary: 'A purchase order with its lines, what has been received and its receipts.',
  }),
  'purchasing.create': channel<PurchaseOrderView>()({
    input: z.object(orderFields).strict(),
    access: 'stock.manage',
    summary: 'A draft purchase order to a supplier, delivered to a location. One line per product.',
  }),
  'purchasing.update': channel<PurchaseOrderView>()({
    input: z.object({ id, version, ...orderFields }).strict(),
    access: 'stock.manage',
    summary:
      'Edits a draft purchase order; a stale version is refused (purchase_order_changed), a sent one wrong_status.',
  }),
  'purchasing.send': channel<PurchaseOrderView>()({
    input: z.object({ id, version }).strict(),
    access: 'stock.manage',
    summary: 'Marks a draft as sent to the supplier; its PDF is purchasing.pdf.',
  }),
  'purchasing.cancel': channel<PurchaseOrderView>()({
    input: z.object({ id, version }).strict(),
    access: 'stock.manage',
    summary: 'Cancels a draft or a sent order of which nothing has been received.',
  }),
  'purchasing.close': channel<{ order: PurchaseOrderView; backorder: PurchaseOrderView | null }>()({
    input: z
      .object({
        id,
        version,
        backorder: z.boolean().default(false).describe('true: the outstanding lines go on a new sent order.'),
      })
      .strict(),
    access: 'stock.manage',
    summary:
      'Closes a sent, partly or fully received order: what is outstanding is cancelled, or carried to a backorder.',
  }),
  'purchasing.receive': channel<PurchaseOrderView>()({
    input: z
      .object({
        id,
        version,
        lines: z.array(receiptLine).min(1, 'Nothing to receive').max(1000),
        allowExtra: z.boolean().default(false).describe('Accept more than ordered, and products not on the order.'),
        note: z.string().max(500).default(''),
      })
      .strict(),
    access: 'stock.manage',
    summary:
      "Receives goods on a sent or partly received order: one 'stock.received' document at the lines' (or corrected) cost, raising on hand, last and average cost.",
  }),
  'purchasing.pdf': channel<{ pdf: string; fileName: string }>()({
    input: z.object({ id }).strict(),
    access: 'stock.manage',
    summary: 'The purchase order as an A4 PDF (base64), to send to the supplier.',
  }),
};
