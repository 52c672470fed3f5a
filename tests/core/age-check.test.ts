/**
 * Age-restricted goods at the till: the cashier checks the customer's age once per sale,
 * on its first age-restricted product, and the sale's journal entry says who checked.
 */
import { describe, expect, it } from 'vitest';
import { journalOf } from './cart-fixtures';
import { perTest } from './harness';
import { cashier, codeOf, makeProduct, manager } from './product-fixtures';

const { demo } = perTest();

describe('age-restricted goods', () => {
  it("an age-restricted product is refused until the cashier has checked the customer's age, then the sale asks no more", async () => {
    const t = await demo();
    const m = await manager(t);
    const wine = await makeProduct(m, { sku: 'WINE-1', name: 'Red Wine', price: 899, barcodes: ['4006381333931'], ageRestricted: true });
    const beer = await makeProduct(m, { sku: 'BEER-1', name: 'Lager', price: 199, ageRestricted: true });
    const water = await makeProduct(m, { sku: 'WATER-1', name: 'Water', price: 50 });
    const c = await cashier(t);

    // A plain product needs no check; the first restricted one does, and changes nothing.
    await c.ok('cart.addProduct', { productId: water.id });
    const refused = await c.call('cart.scan', { code: '4006381333931' });
    expect(codeOf(refused)).toBe('age_check_required');
    expect(refused.ok ? '' : refused.error.message).toContain('Red Wine');
    expect((await c.ok('cart.get')).lines.map((l) => l.sku)).toEqual(['WATER-1']);

    // Checked: it goes in, and the next restricted product of the same sale needs no new check.
    await c.ok('cart.scan', { code: '4006381333931', ageChecked: true });
    const cart = await c.ok('cart.addProduct', { productId: beer.id });
    expect(cart.lines.map((l) => l.sku)).toEqual(['WATER-1', 'WINE-1', 'BEER-1']);
    expect(wine.ageRestricted).toBe(true);

    // The sale's journal entry names who checked; the next sale asks again.
    await c.ok('sale.payCash', { tendered: 2000, cartVersion: cart.version });
    const cashierId = t.core.db.sqlite.prepare("select id from staff where role = 'cashier'").pluck().get();
    expect(journalOf(t.core, 'sale.completed').at(-1)).toMatchObject({ summary: { ageCheckedBy: cashierId, staffId: cashierId } });
    expect(codeOf(await c.call('cart.addProduct', { productId: beer.id }))).toBe('age_check_required');
    expect((await c.ok('cart.get')).lines).toEqual([]);
  });
});
