/**
 * A product as the words and code of its label. Everything a label says is decided here,
 * once, so the PDF sheet and the receipt printer cannot disagree about a price.
 */
import type { LabelDoc, LabelKind, LabelProductView } from '../../../shared/domain/shelf-labels';
import type { InStoreRule } from '../../../shared/instore-rules';
import { pickLabelBarcode } from '../../../shared/label-barcode';
import { formatMoney, type MoneyFormat } from '../../../shared/money';
import { fail } from '../errors';
import type { LabelProductRow } from './label-products';

export interface LabelContext {
  money: MoneyFormat;
  rules: readonly InStoreRule[];
  /** Today, already in the store's locale. */
  date: string;
}

const UNIT_SUFFIX = { kg: 'kg', l: 'l', m: 'm' } as const;

function displayName(p: LabelProductRow): string {
  return p.variantLabel ? `${p.name} ${p.variantLabel}` : p.name;
}

function unitPrice(p: LabelProductRow, money: MoneyFormat): string | null {
  // A product counted in kg, litres or metres is priced per one of them: the law in most
  // shops wants that figure on the shelf as "price / unit".
  return p.unit === 'each' ? null : `${formatMoney(p.price, money)} / ${UNIT_SUFFIX[p.unit]}`;
}

function problemOf(p: LabelProductRow | undefined): LabelProductView['problem'] {
  if (p === undefined) return 'not_found';
  return p.archived || !p.active ? 'inactive' : null;
}

export function previewRow(id: string, p: LabelProductRow | undefined, ctx: LabelContext): LabelProductView {
  const problem = problemOf(p);
  if (p === undefined) return { productId: id, name: '', sku: '', price: '', unitPrice: null, barcode: null, problem };
  const barcode = pickLabelBarcode(p.codes, ctx.rules, ctx.money.currencyExponent);
  return {
    productId: id,
    name: displayName(p),
    sku: p.sku,
    price: formatMoney(p.price, ctx.money),
    unitPrice: unitPrice(p, ctx.money),
    barcode: barcode?.data ?? null,
    problem,
  };
}

/**
 * The label of one product, or a refusal naming it: an unknown product, one archived or
 * no longer sold, and (for a barcode label) one with no code a till can scan.
 */
export function labelDoc(kind: LabelKind, id: string, p: LabelProductRow | undefined, ctx: LabelContext): LabelDoc {
  if (p === undefined) return fail('not_found', `No product with id ${id}`);
  if (p.archived) fail('inactive_product', `${displayName(p)} is archived; restore it before printing its label`);
  if (!p.active) fail('inactive_product', `${displayName(p)} is not for sale (inactive); a label would price what the till refuses`);
  const barcode = pickLabelBarcode(p.codes, ctx.rules, ctx.money.currencyExponent);
  if (kind === 'barcode' && barcode === null) {
    fail('no_barcode', `${displayName(p)} (SKU ${p.sku}) has no barcode a till can scan, so it cannot have a barcode label`);
  }
  return {
    kind,
    productId: p.id,
    name: displayName(p),
    sku: p.sku,
    price: formatMoney(p.price, ctx.money),
    unitPrice: unitPrice(p, ctx.money),
    barcode,
    date: ctx.date,
  };
}
