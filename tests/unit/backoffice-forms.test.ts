import { describe, expect, it } from 'vitest';
import type { CategoryNodeView, ProductDetailView } from '../../shared/domain/products';
import { subtreeIds, treeOptions, treeRows } from '../../renderer/src/backoffice/categories/category-tree';
import {
  minorToText,
  qtyToUnits,
  signedPercentToBps,
  unitsToQty,
} from '../../renderer/src/backoffice/products/number-text';
import { emptyForm, formFromProduct, formToInput } from '../../renderer/src/backoffice/products/product-form-state';
import { clickRow, EMPTY_SELECTION, toggleAll } from '../../renderer/src/backoffice/products/selection';

const cat = (id: string, parentId: string | null, position: number, name = id): CategoryNodeView => ({
  id,
  name,
  color: 'blue',
  position,
  parentId,
  archived: false,
  productCount: 0,
});

describe('back office form numbers', () => {
  it('a quantity typed in units is sent in thousandths, without a float', () => {
    expect(unitsToQty('12')).toBe(12_000);
    expect(unitsToQty('2.5')).toBe(2_500);
    expect(unitsToQty('0,125')).toBe(125);
    expect(unitsToQty('1.2345')).toBeNull();
    expect(unitsToQty('')).toBeNull();
    expect(qtyToUnits(12_000)).toBe('12');
    expect(qtyToUnits(2_500)).toBe('2.5');
    expect(qtyToUnits(125)).toBe('0.125');
  });

  it('a price change typed as a signed percentage is basis points, and never takes a price to zero', () => {
    expect(signedPercentToBps('10')).toBe(1_000);
    expect(signedPercentToBps('+7,25')).toBe(725);
    expect(signedPercentToBps('-5')).toBe(-500);
    expect(signedPercentToBps('-100')).toBeNull();
    expect(signedPercentToBps('0')).toBeNull();
    expect(signedPercentToBps('1.234')).toBeNull();
  });

  it('money is shown in the form with exactly the store currency decimals', () => {
    expect(minorToText(1250, 2)).toBe('12.50');
    expect(minorToText(5, 2)).toBe('0.05');
    expect(minorToText(1250, 0)).toBe('1250');
    expect(minorToText(1250, 3)).toBe('1.250');
  });
});

describe('the product form', () => {
  it('sends money in minor units and quantities in thousandths', () => {
    const form = {
      ...emptyForm('tax1'),
      sku: 'A-1',
      name: 'Apples',
      price: '2.49',
      cost: '1.2',
      reorderPoint: '12',
      reorderQty: '2.5',
    };
    const result = formToInput(form, 2);
    expect('input' in result && result.input).toMatchObject({
      price: 249,
      cost: 120,
      reorderPoint: 12_000,
      reorderQty: 2_500,
      taxRateId: 'tax1',
    });
  });

  it('refuses a barcode with a wrong check digit before anything is sent', () => {
    const form = {
      ...emptyForm('tax1'),
      sku: 'A',
      name: 'A',
      price: '1',
      barcodes: ['5901234123457', '5901234123458'],
    };
    const result = formToInput(form, 2);
    expect('errors' in result && result.errors).toEqual({ 'barcodes.1': 'boForm.badCheckDigit' });
  });

  it('a product read back into the form is sent back unchanged', () => {
    const product = {
      sku: 'S',
      name: 'N',
      brand: 'B',
      categoryId: 'c',
      price: 1999,
      cost: null,
      taxRateId: 't',
      unit: 'kg',
      barcodes: ['2100005000000'],
      soldByWeight: true,
      ageRestricted: false,
      tracksLots: true,
      active: true,
      reorderPoint: 3_500,
      reorderQty: null,
      parentId: null,
      variantLabel: null,
      suppliers: [
        { supplierId: 's', supplierName: 'S', supplierCode: 'X1', cost: 950, packSize: 12_000, preferred: true },
      ],
    } as unknown as ProductDetailView;
    const result = formToInput(formFromProduct(product, 2), 2);
    expect('input' in result && result.input).toEqual({
      sku: 'S',
      name: 'N',
      brand: 'B',
      categoryId: 'c',
      price: 1999,
      cost: null,
      taxRateId: 't',
      unit: 'kg',
      barcodes: ['2100005000000'],
      soldByWeight: true,
      ageRestricted: false,
      tracksLots: true,
      active: true,
      reorderPoint: 3_500,
      reorderQty: null,
      parentId: null,
      variantLabel: null,
      suppliers: [{ supplierId: 's', supplierCode: 'X1', cost: 950, packSize: 12_000, preferred: true }],
    });
  });
});

describe('back office lists', () => {
  it('a shift-click selects every row between the last click and this one', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    let sel = clickRow(EMPTY_SELECTION, order, 'b', false);
    sel = clickRow(sel, order, 'd', true);
    expect([...sel.ids].sort()).toEqual(['b', 'c', 'd']);
    sel = clickRow(sel, order, 'c', true);
    expect([...sel.ids].sort()).toEqual(['b']);
    expect([...toggleAll(sel, order).ids]).toEqual(order);
    expect(toggleAll(toggleAll(sel, order), order).ids.size).toBe(0);
  });

  it('the category tree lists each parent before its children, indented, and a category cannot move under its own subtree', () => {
    const nodes = [
      cat('drinks', null, 1),
      cat('tea', 'drinks', 2),
      cat('food', null, 0),
      cat('green', 'tea', 0),
      cat('juice', 'drinks', 1),
    ];
    expect(treeRows(nodes).map((r) => `${r.depth}:${r.node.id}`)).toEqual([
      '0:food',
      '0:drinks',
      '1:juice',
      '1:tea',
      '2:green',
    ]);
    expect([...subtreeIds(nodes, 'drinks')].sort()).toEqual(['drinks', 'green', 'juice', 'tea']);
    expect(treeOptions(nodes, subtreeIds(nodes, 'tea')).map((o) => o.label)).toEqual([
      'food',
      'drinks',
      '\u2014 juice',
    ]);
  });
});
