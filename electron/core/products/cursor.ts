import { fail } from '../errors';

export type ProductSort = 'name' | 'sku' | 'price' | 'brand' | 'updatedAt';
export type SortDir = 'asc' | 'desc';

/**
 * Where a page ended: the last row's sort key (brand pages by brand then name) and its id.
 * It travels to the renderer and back as base64url JSON, so it is treated as hostile
 * on the way in: a cursor that does not decode to exactly this shape, for this sort and
 * direction, is invalid input and never reaches SQL.
 */
export interface PageCursor {
  sort: ProductSort;
  dir: SortDir;
  /**
   * The sort columns' values of the last row, in order (one, or brand and name); null when
   * they would not fit the contract's 600 characters (long names in a non-Latin script),
   * and the row's current values are read by its id instead.
   */
  key: (string | number)[] | null;
  id: string;
}

/** The contract's bound on `after`. */
const MAX_CURSOR = 600;

const KEY_TYPES: Record<ProductSort, ('string' | 'number')[]> = {
  name: ['string'],
  sku: ['string'],
  price: ['number'],
  brand: ['string', 'string'],
  updatedAt: ['string'],
};

export function encodeCursor(c: PageCursor): string {
  const encode = (k: PageCursor['key']) =>
    Buffer.from(JSON.stringify({ v: 1, s: c.sort, d: c.dir, k, i: c.id }), 'utf8').toString('base64url');
  const full = encode(c.key);
  return full.length <= MAX_CURSOR ? full : encode(null);
}

export function decodeCursor(text: string, sort: ProductSort, dir: SortDir): PageCursor {
  const bad = (why: string): never => fail('invalid_input', `That page cursor is not valid (${why}); load the first page again`);
  if (!/^[A-Za-z0-9_-]+$/.test(text)) bad('not base64url');
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return bad('not JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('not an object');
  const o = raw as Record<string, unknown>;
  if (o.v !== 1) bad('unknown version');
  if (o.s !== sort || o.d !== dir) bad('made for another sort order');
  const id = o.i;
  if (typeof id !== 'string' || id.length < 1 || id.length > 64) return bad('no row id');
  const key = o.k;
  if (key === null) return { sort, dir, key: null, id };
  const types = KEY_TYPES[sort];
  if (!Array.isArray(key) || key.length !== types.length) return bad('wrong key');
  types.forEach((type, i) => {
    const value: unknown = key[i];
    if (type === 'number' && !Number.isSafeInteger(value)) bad('wrong key');
    if (type === 'string' && (typeof value !== 'string' || value.length > 300)) bad('wrong key');
  });
  return { sort, dir, key: key as (string | number)[], id };
}
