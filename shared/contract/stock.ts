import { z } from 'zod';
import type {
  AdjustmentResult,
  ExpiryList,
  HistoryPage,
  LocationView,
  ProductStockView,
  StockReasonView,
  TillLocationView,
  TransferRowView,
  TransferView,
  ValuationReport,
} from '../domain/stock';
import { EDITABLE_LOCATION_KINDS } from '../domain/stock';
import { channel } from './define';
import { id, limit } from './inputs';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD');
const note = z.string().trim().max(500).default('');
const version = z.number().int().min(1).describe('The version the client saw (a counter raised by every change).');
/** A signed quantity in thousandths: what an adjustment adds (+) or takes away (-). */
const signedQty = z
  .number()
  .int('a quantity is a whole number of thousandths: 1 each = 1000')
  .min(-1_000_000_000)
  .max(1_000_000_000)
  .refine((n) => n !== 0, 'A quantity of 0 moves nothing')
  .describe('Signed quantity in thousandths: +2000 adds 2 items, -500 takes away 0.5 kg.');
const transferQty = z
  .number()
  .int('a quantity is a whole number of thousandths: 1 each = 1000')
  .min(1, 'A transfer line moves at least 0.001')
  .max(1_000_000_000)
  .describe('Quantity in thousandths.');
const receivedQty = z.number().int().min(0).max(1_000_000_000).describe('Quantity that arrived, in thousandths.');
const lotCode = z.string().trim().min(1).max(40).describe('The batch number printed on the goods.');

export const stockChannels = {
  'stock.locations': channel<LocationView[]>()({
    input: z
      .object({ includeArchived: z.boolean().default(false) })
      .strict()
      .optional(),
    access: 'stock.manage',
    summary:
      'Locations with the value of their stock at average cost, the home location first; transit is listed and read-only.',
  }),
  'stock.saveLocation': channel<LocationView>()({
    input: z
      .object({
        id: id.optional().describe('Omit to create.'),
        name: z.string().trim().min(1, 'A location needs a name').max(80),
        kind: z.enum(EDITABLE_LOCATION_KINDS),
        address: z.string().trim().max(300).default(''),
      })
      .strict(),
    access: 'stock.manage',
    summary:
      "Create or edit a location (name, kind, address). The transit location is the system's and cannot be edited.",
  }),
  'stock.archiveLocation': channel<LocationView>()({
    input: z.object({ id, archived: z.boolean() }).strict(),
    access: 'stock.manage',
    summary:
      "Archive or restore a location. The home location, transit, a location holding stock or a till's location cannot be archived.",
  }),
  'stock.tillLocations': channel<TillLocationView[]>()({
    input: z.object({}).strict().optional(),
    access: 'stock.manage',
    summary: 'Every till and the location it sells from.',
  }),
  'stock.setTillLocation': channel<TillLocationView>()({
    input: z.object({ tillId: id, locationId: id }).strict(),
    access: 'stock.manage',
    summary: 'Set the location a till sells from; its sales take stock from there from the next sale on.',
  }),
  'stock.productStock': channel<ProductStockView>()({
    input: z.object({ productId: id }).strict(),
    access: 'stock.manage',
    summary: "A product's stock at each location and in transit, with its lots.",
  }),
  'stock.reasons': channel<StockReasonView[]>()({
    input: z
      .object({ includeArchived: z.boolean().default(false), includeSystem: z.boolean().default(false) })
      .strict()
      .optional(),
    access: 'stock.adjust',
    summary: 'The adjustment reasons in list order (and the system reasons when asked).',
  }),
  'stock.saveReason': channel<StockReasonView>()({
    input: z
      .object({
        code: z.string().max(64).optional().describe('Omit to add a reason (a code is generated).'),
        name: z.string().trim().min(1, 'A reason needs a name').max(60),
        direction: z.enum(['in', 'out', 'either']),
        position: z
          .number()
          .int()
          .min(1)
          .max(1000)
          .optional()
          .describe('Place in the list, counted from 1 (1 = first).'),
      })
      .strict(),
    access: 'stock.adjust',
    summary:
      'Add an adjustment reason, or rename one, change its direction or its place. System reasons cannot be edited.',
  }),
  'stock.archiveReason': channel<StockReasonView>()({
    input: z.object({ code: z.string().max(64), archived: z.boolean() }).strict(),
    access: 'stock.adjust',
    summary: 'Take an adjustment reason off the list, or put it back; movements made with it keep its name.',
  }),
  'stock.adjust': channel<AdjustmentResult>()({
    input: z
      .object({
        lines: z
          .array(
            z
              .object({
                productId: id,
                locationId: id,
                qty: signedQty,
                reason: z.string().max(64),
                lotId: id.optional().describe('An existing lot of the product.'),
                lotCode: lotCode.optional().describe('Or a batch number: found, or made when goods come in.'),
                expiresOn: isoDate.optional().describe('The expiry of a new batch coming in.'),
                note,
              })
              .strict(),
          )
          .min(1, 'An adjustment needs a line')
          .max(200),
      })
      .strict(),
    access: 'stock.adjust',
    summary:
      'One stock.adjusted document: each line moves a product in or out of a location with a reason (its direction checked), a lot for lot-tracked goods, and a note.',
  }),
  'stock.transfers': channel<TransferRowView[]>()({
    input: z
      .object({ status: z.enum(['draft', 'sent', 'received', 'cancelled']).optional(), limit: limit(500, 200) })
      .strict()
      .optional(),
    access: 'stock.manage',
    summary: 'Transfers, newest first, optionally of one status.',
  }),
  'stock.transfer': channel<TransferView>()({
    input: z.object({ id }).strict(),
    access: 'stock.manage',
    summary: 'A transfer with its lines.',
  }),
  'stock.saveTransfer': channel<TransferView>()({
    input: z
      .object({
        id: id.optional().describe('Omit to start a draft.'),
        version: version.optional().describe('The version counter the client saw; required when editing a draft.'),
        fromLocationId: id,
        toLocationId: id,
        note,
        lines: z
          .array(z.object({ productId: id, qty: transferQty, lotId: id.nullable().default(null) }).strict())
          .max(500)
          .default([]),
      })
      .strict(),
    access: 'stock.manage',
    summary: 'Start or edit a draft transfer: from, to, note and lines (product, quantity, lot).',
  }),
  'stock.sendTransfer': channel<TransferView>()({
    input: z.object({ id, version }).strict(),
    access: 'stock.manage',
    summary: 'Send a draft transfer: one stock.transfer_sent document takes the goods out of the sender into transit.',
  }),
  'stock.receiveTransfer': channel<TransferView>()({
    input: z
      .object({
        id,
        version,
        lines: z
          .array(
            z.object({ lineId: id, qtyReceived: receivedQty, note: z.string().trim().max(300).default('') }).strict(),
          )
          .max(500)
          .default([])
          .describe('Lines not listed arrived in full.'),
      })
      .strict(),
    access: 'stock.manage',
    summary:
      'Receive a sent transfer: one stock.transfer_received document takes the goods out of transit into the receiver; a shortfall leaves transit as missing (transfer_short) with its note. More than was sent is refused.',
  }),
  'stock.cancelTransfer': channel<TransferView>()({
    input: z.object({ id, version }).strict(),
    access: 'stock.manage',
    summary: 'Cancel a draft transfer; nothing has moved.',
  }),
  'stock.history': channel<HistoryPage>()({
    input: z
      .object({
        productId: id,
        locationId: id.optional(),
        order: z.enum(['newest', 'oldest']).default('newest'),
        after: z.string().max(200).optional().describe('The `next` cursor of the page before.'),
        limit: limit(500, 100),
      })
      .strict(),
    access: 'stock.manage',
    summary:
      "A product's stock movements with the balance after each, keyset-paged, newest or oldest first, optionally at one location.",
  }),
  'stock.valuation': channel<ValuationReport>()({
    input: z
      .object({ asOf: isoDate.optional().describe('The end of this day (shop time); omit for now.') })
      .strict()
      .optional(),
    access: 'stock.manage',
    summary:
      'Stock at cost as of a date, per category and location: the quantity then times the average cost then. Below-zero stock is valued at 0 and counted. Runs in a worker thread.',
  }),
  'stock.expiry': channel<ExpiryList>()({
    input: z.object({ locationId: id.optional() }).strict().optional(),
    access: 'stock.manage',
    summary:
      "Lots with stock that have expired or expire within the store's warning window (expiryWarningDays), expired first.",
  }),
};
