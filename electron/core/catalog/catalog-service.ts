import { sql } from 'kysely';
import { isValidGtin, parseInStoreCode } from '../../../shared/barcode';
import type { InStoreRule } from '../../../shared/instore-rules';
import type { CategoryView, ProductView } from '../../../shared/domain/catalog';
import type { TaxRateView } from '../../../shared/domain/store';
import type { Minor, Qty } from '../../../shared/domain/units';
import type { SqlDb } from '../db/sql';
import { queryWords, wordCost } from './fuzzy-match';
import { productByBarcode, productById, productBySku, productSelect, toProductView } from './product-query';

export interface CodeMatch {
  product: ProductView;
  /** From an in-store weight label. */
  weight?: Qty;
  /** From an in-store price label. */
  price?: Minor;
  /** Archived: the till never shows it, and a scan of it is refused as no longer sold. */
  archived: boolean;
}

export class CatalogService {
  /** `locationOf`: the location the till sells from, whose stock the till shows. */
  constructor(
    private readonly db: SqlDb,
    private readonly locationOf: () => string,
  ) {}

  categories(): CategoryView[] {
    return this.db.all(
      this.db.q
        .selectFrom('categories')
        .select(['id', 'name', 'color', 'position'])
        .where('archived_at', 'is', null)
        .orderBy('position')
        .orderBy('name'),
    );
  }

  taxRates(): TaxRateView[] {
    return this.db
      .all(this.db.q.selectFrom('tax_rates').select(['id', 'code', 'name', 'rate_bps']).orderBy('code'))
      .map((r) => ({ id: r.id, code: r.code, name: r.name, rateBps: r.rate_bps }));
  }

  products(opts: { categoryId?: string | null | undefined; offset: number; limit: number }): ProductView[] {
    let q = productSelect(this.db.q, this.locationOf()).where('p.active', '=', 1).where('p.archived_at', 'is', null);
    if (opts.categoryId) q = q.where('p.category_id', '=', opts.categoryId);
    return this.db.all(q.orderBy('p.name').limit(opts.limit).offset(opts.offset)).map(toProductView);
  }

  get(id: string): ProductView | null {
    const row = this.db.first(productById.with({ id, locationId: this.locationOf() }));
    return row ? toProductView(row) : null;
  }

  /**
   * What a cashier typing into the search box wants, best first: the product with
   * exactly that code (barcode, SKU), then names that start with the text, then names
   * with words that start with each word typed, then names that come close: a typo
   * ("sourdogh") or a word that sounds the same ("coke" for Coca-Cola). Each tier reads a
   * bounded number of rows, so a two-letter prefix costs the same on 200,000 products as
   * on 200.
   */
  search(query: string, limit: number): ProductView[] {
    const found = new Map<string, ProductView>();
    const add = (products: ProductView[]) => {
      for (const p of products) if (found.size < limit && !found.has(p.id)) found.set(p.id, p);
    };
    const at = this.locationOf();
    add(this.byExactCode(query, at));
    if (found.size < limit) add(this.namesStartingWith(query, limit, at));
    const fts = toFtsQuery(query);
    if (fts && found.size < limit) add(this.namesWithWordsStartingWith(fts, limit, at));
    if (found.size < limit) add(this.namesCloseTo(query, limit, at));
    return [...found.values()];
  }

  /**
   * The forgiving tier. Each typed word is widened to the index's own words (FTS5's
   * vocabulary, which follows every product change by itself) that it could mean, best
   * few first; FTS then finds names holding one of them for every typed word, and the
   * page found is ranked by how much forgiving each needed.
   */
  private namesCloseTo(text: string, limit: number, at: string): ProductView[] {
    const words = queryWords(text);
    if (words.length === 0) return [];
    const alternatives: string[] = [];
    for (const w of words) {
      const close = this.termsCloseTo(w);
      if (close.length === 0) return [];
      alternatives.push(`(${[`"${w}"*`, ...close.map((c) => `"${c}"`)].join(' OR ')})`);
    }
    const candidates = limit * 10;
    const rows = this.db.all(
      productSelect(this.db.q, at)
        .where(
          sql<boolean>`p.seq in (select rowid from products_fts where products_fts match ${alternatives.join(' AND ')} limit ${candidates})`,
        )
        .where('p.active', '=', 1)
        .where('p.archived_at', 'is', null),
    );
    const ranked = rows.map((r) => ({ r, cost: nameCost(words, r.name) }));
    ranked.sort((a, b) => a.cost - b.cost || a.r.name.localeCompare(b.r.name));
    return ranked.slice(0, limit).map(({ r }) => toProductView(r));
  }

  /**
   * Words of product names a typed word could mean, cheapest first. Only words with its
   * first letter are read: a typo is rarely the first letter, and it bounds the scan.
   */
  private termsCloseTo(typed: string): string[] {
    const first = String.fromCodePoint(typed.codePointAt(0) ?? 0);
    if (typed.length < 3) return [];
    const terms = this.wordsStartingWith(first);
    const close: { term: string; cost: number }[] = [];
    for (const term of terms) {
      const cost = wordCost(typed, term);
      if (cost !== null && cost > 0) close.push({ term, cost });
    }
    close.sort((a, b) => a.cost - b.cost || a.term.length - b.term.length);
    return close.slice(0, MAX_CLOSE_TERMS).map((c) => c.term);
  }

  /** The FTS index's words by first letter, and the product_names_version they were read at. */
  private vocabulary: { version: number; byFirst: Map<string, string[]> } | null = null;

  /**
   * Words of product names starting with `first`. Reading FTS5's vocabulary walks the
   * whole index, so it is read once and again only after a product's name changed.
   */
  private wordsStartingWith(first: string): readonly string[] {
    const version = this.db.first(this.db.q.selectFrom('product_names_version').select('version'))?.version ?? 0;
    if (this.vocabulary === null || this.vocabulary.version !== version) {
      // A temp table per connection: nothing stored, so nothing for migrations to keep.
      this.db.sqlite.exec(
        'CREATE VIRTUAL TABLE IF NOT EXISTS temp.products_fts_terms USING fts5vocab(main, products_fts, row)',
      );
      const byFirst = new Map<string, string[]>();
      const terms = this.db.sqlite.prepare('select term from temp.products_fts_terms').pluck().all() as string[];
      for (const term of terms) {
        const key = String.fromCodePoint(term.codePointAt(0) ?? 0);
        const list = byFirst.get(key);
        if (list === undefined) byFirst.set(key, [term]);
        else list.push(term);
      }
      this.vocabulary = { version, byFirst };
    }
    return this.vocabulary.byFirst.get(first) ?? [];
  }

  private namesStartingWith(text: string, limit: number, at: string): ProductView[] {
    const pattern = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.db
      .all(
        productSelect(this.db.q, at)
          .where('p.active', '=', 1)
          .where('p.archived_at', 'is', null)
          .where(sql<boolean>`p.name like ${pattern} escape '\\'`)
          .orderBy(sql`p.name collate nocase`)
          .limit(limit),
      )
      .map(toProductView);
  }

  private namesWithWordsStartingWith(fts: string, limit: number, at: string): ProductView[] {
    // FTS hands back matches in rowid order and stops at the candidate cap; only that
    // page is sorted and joined. A very broad query shows some matches, not all: the
    // cashier types another letter.
    const candidates = limit * 10;
    return this.db
      .all(
        productSelect(this.db.q, at)
          .where(
            sql<boolean>`p.rowid in (select rowid from products_fts where products_fts match ${fts} limit ${candidates})`,
          )
          .where('p.active', '=', 1)
          .where('p.archived_at', 'is', null)
          .orderBy('p.name')
          .orderBy('p.id')
          .limit(limit),
      )
      .map(toProductView);
  }

  /**
   * Resolve what a scanner or keyboard delivered: an in-store label, then barcode, then SKU.
   * A label's price comes out in minor units of `currencyExponent`, the store's saved one.
   *
   * A code one of the store's rules claims is read as a label first, for the product its
   * zeroed code is registered under: a scale's 0.000 kg or 0.00 label is digit for digit
   * that registration, and read as a plain barcode it would sell a weighed item by the
   * weigh prompt or an item at its shelf price instead of being refused as an empty label.
   * A claimed code whose zeroed code is nobody's is looked up as an ordinary code.
   */
  lookupCode(code: string, rules: readonly InStoreRule[], currencyExponent: number): CodeMatch | null {
    const label = parseInStoreCode(code, rules, currencyExponent);
    const at = this.locationOf();
    const labelled = label ? this.byBarcode(label.lookupCode, at) : null;
    if (label && labelled) {
      return {
        product: labelled.product,
        archived: labelled.archived,
        ...(label.weight !== undefined ? { weight: label.weight } : {}),
        ...(label.price !== undefined ? { price: label.price } : {}),
      };
    }
    return this.byBarcode(code, at) ?? this.bySku(code, at);
  }

  private byExactCode(code: string, at: string): ProductView[] {
    const p = this.byBarcode(code, at) ?? this.bySku(code, at);
    return p && p.product.active ? [p.product] : [];
  }

  private byBarcode(code: string, at: string): CodeMatch | null {
    const row =
      this.db.first(productByBarcode.with({ code, locationId: at })) ??
      // A 12-digit UPC-A is the same item as the EAN-13 with a leading zero.
      (code.length === 12 && isValidGtin(code) ? this.db.first(productByBarcode.with({ code: `0${code}`, locationId: at })) : undefined);
    return row ? { product: toProductView(row), archived: row.archived_at !== null } : null;
  }

  private bySku(sku: string, at: string): CodeMatch | null {
    const row = this.db.first(productBySku.with({ sku, locationId: at }));
    return row ? { product: toProductView(row), archived: row.archived_at !== null } : null;
  }
}

/** Words of a typed word considered at most; the closest win. */
const MAX_CLOSE_TERMS = 12;

/** How much forgiving a name needs to match every typed word (lower is closer). */
function nameCost(typed: readonly string[], name: string): number {
  const words = queryWords(name);
  let total = 0;
  for (const t of typed) {
    let best = Number.POSITIVE_INFINITY;
    for (const w of words) best = Math.min(best, wordCost(t, w) ?? Number.POSITIVE_INFINITY);
    total += best;
  }
  return total;
}

/** "coca col" -> `"coca"* "col"*`: every word must start a word of the name. */
export function toFtsQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
