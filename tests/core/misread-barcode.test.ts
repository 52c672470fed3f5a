import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidGtin, withCheckDigit } from '../../shared/barcode';
import { startCore, tempDataDir, type Connection, type TestCore } from './harness';
import { CLEAR_CART } from './clear-cart';

/** The same code with its last digit off by one: a check digit that cannot be right. */
const wrongCheck = (code: string): string => code.slice(0, -1) + String((Number(code.slice(-1)) + 1) % 10);

describe('a misread barcode', () => {
  const data = tempDataDir();
  let t: TestCore;
  let till: Connection;

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
    till = t.connect();
    await till.ok('session.login', { pin: '1111' });
  });
  afterAll(async () => {
    await t.core.close();
    data.remove();
  });

  const scanFails = async (code: string) => {
    const before = await till.ok('cart.get');
    const r = await till.call('cart.scan', { code });
    expect(await till.ok('cart.get')).toEqual(before);
    return r.ok ? null : r.error.code;
  };

  it('a GTIN with a wrong check digit says misread, scan again, not unknown product, and adds nothing', async () => {
    expect(await scanFails(wrongCheck('5010029032307'))).toBe('misread_barcode'); // EAN-13
    expect(await scanFails(wrongCheck('96385074'))).toBe('misread_barcode'); // EAN-8
    expect(await scanFails(wrongCheck('036000291452'))).toBe('misread_barcode'); // UPC-A
    expect(await scanFails(wrongCheck('10012345678902'))).toBe('misread_barcode'); // GTIN-14
  });

  it('an in-store weight label with a wrong check digit is a misread too', async () => {
    // Bananas, 0.750 kg under rule 21.
    const label = withCheckDigit('210000100750');
    expect(isValidGtin(label)).toBe(true);
    expect((await till.ok('cart.scan', { code: label })).lines.at(-1)?.qty).toBe(750);
    await till.ok('cart.voidSale', CLEAR_CART);
    expect(await scanFails(wrongCheck(label))).toBe('misread_barcode');
  });

  it('a well-formed barcode nobody sells is still an unknown product', async () => {
    expect(await scanFails('4006381333931')).toBe('unknown_barcode');
    expect(await scanFails('ABC-123')).toBe('unknown_barcode');
  });

  it('a digits-only SKU that fails the check digit still rings up: only codes nothing matches are misreads', async () => {
    const sku = wrongCheck(withCheckDigit('1234567'));
    t.core.db.sqlite.prepare("update products set sku = ? where sku = 'BAK-002'").run(sku);
    const cart = await till.ok('cart.scan', { code: sku });
    expect(cart.lines.at(-1)?.name).toBe('White Sliced Bread 800g');
    await till.ok('cart.voidSale', CLEAR_CART);
  });
});
