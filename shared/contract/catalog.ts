import { z } from 'zod';
import type { CategoryView, ProductView } from '../domain/catalog';
import type { TaxRateView } from '../domain/store';
import { channel } from './define';
import { id, limit, noInput, scanCode } from './inputs';

export const catalogChannels = {
  'catalog.categories': channel<CategoryView[]>()({
    input: noInput,
    access: 'catalog.read',
    summary: 'Categories in till order.',
  }),
  'catalog.taxRates': channel<TaxRateView[]>()({
    input: noInput,
    access: 'catalog.read',
    summary: 'Tax rates.',
  }),
  'catalog.products': channel<ProductView[]>()({
    input: z.object({
      categoryId: id.nullable().optional(),
      offset: z.number().int().min(0).default(0).describe('How many rows to skip (a count).'),
      limit: limit(500, 200),
    }),
    access: 'catalog.read',
    summary: 'Active products of a category (or all), by name, a page at a time.',
  }),
  'catalog.search': channel<ProductView[]>()({
    input: z.object({ query: z.string().trim().min(1).max(100), limit: limit(50, 20) }),
    access: 'catalog.read',
    summary:
      'Active products whose SKU or barcode matches, whose name words start with the query words, then names close to them (a typo, or a word that sounds the same), best first.',
  }),
  'catalog.lookup': channel<ProductView>()({
    input: z.object({ code: scanCode }),
    access: 'catalog.read',
    summary: 'The product with this barcode or SKU, or not_found.',
  }),
};
