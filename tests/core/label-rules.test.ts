/**
 * In-store label rules through the router: who may read and replace them, which sets are
 * refused, and that a saved set is what decodes the next scan.
 */
import { CLEAR_CART } from './clear-cart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../shared/barcode';
import type { InStoreRule } from '../../shared/instore-rules';
import { snapshot, startCore, tempDataDir, type Connection, type TestCore } from './harness';

// Demo bananas are registered as 2100001000004 at 1.10/kg: 21 00001 then the value digits.
const BANANAS_150 = withCheckDigit('210000100150');

const DEFAULTS: InStoreRule[] = [
  { prefix: '21', kind: 'weight', decimals: 3 },
  { prefix: '23', kind: 'price', decimals: 2 },
];

describe('in-store label rules (demo store, GBP)', () => {
  const data = tempDataDir();
  let t: TestCore;
  let manager: Connection;
  let cashier: Connection;

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
    manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    cashier = t.connect();
    await cashier.ok('session.login', { pin: '1111' });
  });
  afterAll(async () => {
    await t.core.close();
    data.remove();
  });

  async function scannedQty(code: string): Promise<number | undefined> {
    await cashier.ok('cart.voidSale', CLEAR_CART);
    const cart = await cashier.ok('cart.scan', { code });
    await cashier.ok('cart.voidSale', CLEAR_CART);
    return cart.lines[0]?.qty;
  }

  it("until a manager saves rules, they are 21 a weight to the gram and 23 a price in the store's exponent", async () => {
    expect(await manager.ok('labels.get')).toEqual(DEFAULTS);
    expect(await scannedQty(BANANAS_150)).toBe(150);
  });

  it('a cashier may neither read nor replace the label rules, and nothing changes', async () => {
    const before = snapshot(t.core);
    const read = await cashier.call('labels.get');
    expect(read.ok ? null : read.error.code).toBe('permission_denied');
    const write = await cashier.call('labels.replace', { rules: [{ prefix: '21', kind: 'weight', decimals: 2 }] });
    expect(write.ok ? null : write.error.code).toBe('permission_denied');
    expect(await manager.ok('labels.get')).toEqual(DEFAULTS);
    expect(snapshot(t.core)).toEqual(before);
  });

  it('an invalid rule set is refused with a clear message and changes nothing', async () => {
    const weight = (prefix: string, decimals = 3) => ({ prefix, kind: 'weight' as const, decimals });
    const cases: { rules: unknown[]; path: string; message: RegExp }[] = [
      { rules: [weight('19')], path: 'rules.0.prefix', message: /two digits from 20 to 29/ },
      { rules: [weight('210')], path: 'rules.0.prefix', message: /two digits from 20 to 29/ },
      {
        rules: [weight('21'), weight('21', 2)],
        path: 'rules.1.prefix',
        message: /^Rule 2: prefix 21 already has a rule$/,
      },
      { rules: [{ prefix: '22', kind: 'volume', decimals: 3 }], path: 'rules.0.kind', message: /./ },
      { rules: [weight('21', 4)], path: 'rules.0.decimals', message: /^Rule 1: a weight has 0 to 3 decimals/ },
      { rules: [weight('21', 1.5)], path: 'rules.0.decimals', message: /./ },
      { rules: [{ ...weight('21'), extra: true }], path: 'rules.0', message: /./ },
      {
        rules: ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '21'].map((p) => weight(p)),
        path: 'rules',
        message: /At most 10 label rules/,
      },
    ];
    const before = snapshot(t.core);
    for (const c of cases) {
      const r = await manager.call('labels.replace', { rules: c.rules as InStoreRule[] });
      expect(r.ok, JSON.stringify(c.rules)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_input');
        const issue = r.error.issues?.find((i) => i.path === c.path);
        expect(issue?.message, `${c.path} in ${JSON.stringify(r.error.issues)}`).toMatch(c.message);
      }
    }
    expect(await manager.ok('labels.get')).toEqual(DEFAULTS);
    expect(snapshot(t.core)).toEqual(before);
    expect(await scannedQty(BANANAS_150)).toBe(150);
  });

  it("a price with more decimals than the store's currency is refused by the core, which knows the exponent", async () => {
    // zod lets 3 through (some currencies have 3 or 4); a pound store's prices have 2.
    const r = await manager.call('labels.replace', { rules: [{ prefix: '23', kind: 'price', decimals: 3 }] });
    expect(r.ok ? null : r.error).toEqual({
      code: 'invalid_label_rules',
      message: 'Rule 1: a price in this currency has 0 to 2 decimals',
    });
    expect(await manager.ok('labels.get')).toEqual(DEFAULTS);
  });

  it('the rules a manager saves decode the next scan', async () => {
    // The 21 label's five digits 00150 become 1.50 kg instead of 0.150 kg.
    const rules: InStoreRule[] = [
      { prefix: '21', kind: 'weight', decimals: 2 },
      { prefix: '23', kind: 'price', decimals: 2 },
    ];
    expect(await manager.ok('labels.replace', { rules })).toEqual(rules);
    expect(await manager.ok('labels.get')).toEqual(rules);
    expect(await scannedQty(BANANAS_150)).toBe(1500);
    expect((await cashier.ok('catalog.lookup', { code: BANANAS_150 })).sku).toBe('FRV-001');

    // No rule for 21: the label is just an unknown barcode now.
    await manager.ok('labels.replace', { rules: [{ prefix: '23', kind: 'price', decimals: 2 }] });
    const r = await cashier.call('cart.scan', { code: BANANAS_150 });
    expect(r.ok ? null : r.error.code).toBe('unknown_barcode');

    await manager.ok('labels.replace', { rules: DEFAULTS });
    expect(await scannedQty(BANANAS_150)).toBe(150);
  });
});

describe('in-store label rules of a yen store', () => {
  it("a yen store's price labels carry whole yen: its default 23 rule has no decimals, and 1 is refused", async () => {
    const data = tempDataDir();
    const t = await startCore(data.dir);
    const owner = await t.setupConnection();
    await owner.ok('setup.createStore', {
      store: { name: 'Kissa', address: '', currency: 'JPY', locale: 'ja-JP', taxInclusive: true },
      taxRate: { name: 'Standard', rateBps: 1000 },
      owner: { name: 'Aiko', pin: '2468' },
    });
    await owner.ok('session.login', { pin: '2468' });
    expect(await owner.ok('labels.get')).toEqual([
      { prefix: '21', kind: 'weight', decimals: 3 },
      { prefix: '23', kind: 'price', decimals: 0 },
    ]);
    const r = await owner.call('labels.replace', { rules: [{ prefix: '23', kind: 'price', decimals: 1 }] });
    expect(r.ok ? null : r.error).toEqual({
      code: 'invalid_label_rules',
      message: 'Rule 1: a price in this currency has no decimals',
    });
    await t.core.close();
    data.remove();
  });
});
