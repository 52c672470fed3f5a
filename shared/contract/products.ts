import { z } from 'zod';
import type {
  CategoryNodeView,
  ProductDetailView,
  ProductPage,
  SupplierView,
} from '../domain/products';
import { channel } from './define';
import { email, phone } from './contact-fields';
import { id, limit, minor, scanCode } from './inputs';

/** A SKU: what a shop prints on shelf labels and types at the till, printable ASCII without spaces at the ends. */
const sku = z
  .string()
  .trim()
  .min(1, 'A product needs a SKU')
  .max(64)
  .regex(/^[\x21-\x7E](?:[\x20-\x7E]*[\x21-\x7E])?$/, 'A SKU is printable ASCII letters, digits and symbols');
const productName = z.string().trim().min(1, 'A product needs a name').max(200);
/** Thousandths, like every quantity: a reorder point of 12 items is 12000. */
const stockQty = z
  .number()
  .int('a quantity is a whole number of thousandths: 12 items is 12000')
  .min(0)
  .max(1_000_000_000)
  .describe('Quantity in thousandths: 12 items is 12000, 2.5 kg is 2500.');
const unit = z.enum(['each', 'kg', 'l', 'm']);
/** An ISO 8601 date and time with its offset, e.g. 2026-12-01T00:00:00.000Z. */
const isoDateTime = z.iso.datetime({ offset: true });

const supplierLink = z
  .object({
    supplierId: id,
    supplierCode: z.string().trim().max(64).default(''),
    cost: minor.nullable().default(null),
    packSize: z.number().int().min(1).max(1_000_000_000).default(1000).describe('Units per pack, in thousandths (a case of 12 is 12000).'),
    preferred: z.boolean().default(false),
  })
  .strict();

/** Everything the product form edits. Variants are products with a parent and a label. */
export const productInput = z
  .object({
    sku,
    name: productName,
    brand: z.string().trim().max(100).default(''),
    categoryId: id.nullable().default(null),
    price: minor,
    cost: minor.nullable().default(null),
    taxRateId: id,
    unit: unit.default('each'),
    barcodes: z.array(scanCode).max(20).default([]).describe('Every barcode the product is scanned by; each unique in the store.'),
    soldByWeight: z.boolean().default(false).describe('The till asks for a weight (a scale or keyed); only for unit kg.'),
    ageRestricted: z.boolean().default(false),
    tracksLots: z
      .boolean()
      .optional()
      .describe('Tracked by batch with expiry dates; omit to leave as is. Switched off only when no batch holds stock.'),
    active: z.boolean().default(true),
    reorderPoint: stockQty.nullable().default(null),
    reorderQty: stockQty.nullable().default(null),
    parentId: id.nullable().default(null).describe('The product this one is a variant of.'),
    variantLabel: z.string().trim().max(60).nullable().default(null).describe('What sets a variant apart, e.g. "M / Blue".'),
    suppliers: z.array(supplierLink).max(20).default([]),
  })
  .strict();

/** Filters shared by products.list and products.count. */
const productFilter = {
  query: z.string().trim().max(100).optional().describe('Name words, SKU or barcode prefix.'),
  categoryId: id.optional().describe('This category and every category under it.'),
  supplierId: id.optional(),
  stock: z.enum(['in_stock', 'low', 'out']).optional(),
  status: z.enum(['active', 'inactive', 'archived', 'current']).default('current').describe('current = active and inactive, not archived.'),
};

export const productChannels = {
  'products.list': channel<ProductPage>()({
    input: z
      .object({
        ...productFilter,
        sort: z.enum(['name', 'sku', 'price', 'brand', 'updatedAt']).default('name'),
        dir: z.enum(['asc', 'desc']).default('asc'),
        after: z.string().max(600).optional().describe('The `next` cursor of the page before; omit for the first page.'),
        limit: limit(200, 50),
      })
      .strict(),
    access: 'catalog.manage',
    summary: 'A page of the product table, sorted and filtered, paged by cursor (keyset) so every page is as fast at 200,000 products.',
  }),
  'products.count': channel<{ count: number }>()({
    input: z.object(productFilter).strict(),
    access: 'catalog.manage',
    summary: 'How many products match the filters.',
  }),
  'products.get': channel<ProductDetailView>()({
    input: z.object({ id }).strict(),
    access: 'catalog.manage',
    summary: 'A product with its suppliers, variants, price history and scheduled prices.',
  }),
  'products.create': channel<ProductDetailView>()({
    input: productInput,
    access: 'catalog.manage',
    summary: 'A new product (or a variant, with parentId). Barcodes are checked (check digit, unique).',
  }),
  'products.update': channel<ProductDetailView>()({
    input: productInput.extend({ id, version: z.number().int().min(1).describe('The version the form was loaded at (a counter, raised by every edit).') }).strict(),
    access: 'catalog.manage',
    summary: 'Saves the product form. A new price is a journaled price change; a stale version is refused (product_changed).',
  }),
  'products.archive': channel<ProductDetailView>()({
    input: z.object({ id }).strict(),
    access: 'catalog.manage',
    summary: 'Archives a product (and its variants): no longer sold or listed, its history kept. Never a delete.',
  }),
  'products.restore': channel<ProductDetailView>()({
    input: z.object({ id }).strict(),
    access: 'catalog.manage',
    summary: 'Brings an archived product back.',
  }),
  'products.duplicate': channel<ProductDetailView>()({
    input: z.object({ id, sku, name: productName.optional() }).strict(),
    access: 'catalog.manage',
    summary: 'A copy of a product under a new SKU, without its barcodes (they are unique) or stock.',
  }),
  'products.bulkEdit': channel<{ updated: number }>()({
    input: z
      .object({
        ids: z.array(id).min(1).max(5000),
        price: z
          .discriminatedUnion('kind', [
            z.object({ kind: z.literal('set'), value: minor }).strict(),
            z
              .object({
                kind: z.literal('percent'),
                value: z.number().int().min(-9999).max(100_000).describe('Basis points: +500 raises by 5%, -1000 lowers by 10%.'),
              })
              .strict(),
          ])
          .optional(),
        categoryId: id.nullable().optional(),
        taxRateId: id.optional(),
      })
      .strict(),
    access: 'catalog.manage',
    summary: 'Sets price (or moves it by a percentage), category or tax rate on a selection; price changes are one journaled document.',
  }),
  'products.schedulePrice': channel<ProductDetailView>()({
    input: z.object({ id, price: minor, effectiveAt: isoDateTime }).strict(),
    access: 'catalog.manage',
    summary: 'A new price that takes effect at a future date and time, as a journaled price change.',
  }),
  'products.cancelScheduledPrice': channel<ProductDetailView>()({
    input: z.object({ scheduledId: id }).strict(),
    access: 'catalog.manage',
    summary: 'Cancels a price change that has not taken effect yet.',
  }),
  'products.generateBarcode': channel<{ code: string }>()({
    input: z.object({}).strict().optional(),
    access: 'catalog.manage',
    summary: "A new in-store EAN-13 (prefix 20-29 not used by the store's weight or price labels), unused in the store.",
  }),
  'products.setImage': channel<ProductDetailView>()({
    input: z
      .object({
        id,
        type: z.enum(['image/png', 'image/jpeg', 'image/webp']).nullable().describe('null removes the image.'),
        data: z.string().max(2_800_000).nullable().describe('Base64 of the image file, at most 2 MB.'),
      })
      .strict(),
    access: 'catalog.manage',
    summary: "Stores a product's image in the data folder (or removes it).",
  }),
  'products.image': channel<{ type: string; data: string } | null>()({
    input: z.object({ id }).strict(),
    access: 'catalog.read',
    summary: "A product's image as base64, or null.",
  }),
  'categories.tree': channel<CategoryNodeView[]>()({
    input: z.object({ includeArchived: z.boolean().default(false) }).strict().optional(),
    access: 'catalog.read',
    summary: 'Every category with its parent, in tree order.',
  }),
  'categories.save': channel<CategoryNodeView>()({
    input: z
      .object({
        id: id.optional().describe('Omit to create.'),
        name: z.string().trim().min(1, 'A category needs a name').max(80),
        color: z.string().regex(/^[a-z]+$/, 'A colour name such as blue').default('blue'),
        parentId: id.nullable().default(null),
        position: z.number().int().min(0).max(100_000).optional().describe('Place among the categories (a count from 0, first first).'),
      })
      .strict(),
    access: 'catalog.manage',
    summary: 'Creates or edits a category; a category cannot sit under itself or its own children.',
  }),
  'categories.archive': channel<CategoryNodeView>()({
    input: z.object({ id }).strict(),
    access: 'catalog.manage',
    summary: 'Archives a category that holds no current products or categories.',
  }),
  'suppliers.list': channel<SupplierView[]>()({
    input: z.object({ query: z.string().trim().max(100).optional(), includeArchived: z.boolean().default(false) }).strict().optional(),
    access: 'catalog.manage',
    summary: 'Suppliers by name.',
  }),
  'suppliers.save': channel<SupplierView>()({
    input: z
      .object({
        id: id.optional().describe('Omit to create.'),
        name: z.string().trim().min(1, 'A supplier needs a name').max(120),
        contactName: z.string().trim().max(120).default(''),
        phone: phone.default(''),
        email: email.default(''),
        address: z.string().max(500).default(''),
        notes: z.string().max(2000).default(''),
      })
      .strict(),
    access: 'catalog.manage',
    summary: 'Creates or edits a supplier.',
  }),
  'suppliers.archive': channel<SupplierView>()({
    input: z.object({ id }).strict(),
    access: 'catalog.manage',
    summary: 'Archives a supplier; its products keep their history.',
  }),
};
