import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, tempDataDir, type Connection, type TestCore } from './harness';

describe('product search at the till', () => {
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

  it('an exact barcode or SKU comes first', async () => {
    expect((await till.ok('catalog.search', { query: '5010029032307' }))[0]?.sku).toBe('BAK-001');
    expect((await till.ok('catalog.search', { query: 'DRK-002' }))[0]?.name).toBe('Diet Coke 330ml Can');
  });

  it('names starting with the text come before names that merely contain a word starting with it', async () => {
    const names = (await till.ok('catalog.search', { query: 'milk', limit: 10 })).map((p) => p.name);
    expect(names.length).toBeGreaterThan(1);
    const firstWordMatch = names.findIndex((n) => !n.toLowerCase().startsWith('milk'));
    const startsAfter = names.slice(Math.max(firstWordMatch, 0)).some((n) => n.toLowerCase().startsWith('milk'));
    expect(startsAfter).toBe(false);
    expect(names.every((n) => /\bmilk/i.test(n))).toBe(true);
  });

  it('every word typed must start a word of the name, in any case and order', async () => {
    const names = (await till.ok('catalog.search', { query: 'SKIM semi' })).map((p) => p.name);
    expect(names).toContain('Semi-Skimmed Milk 1L');
    expect(names.every((n) => /\bsemi/i.test(n) && /\bskim/i.test(n))).toBe(true);
  });

  it('a product no longer sold is not found', async () => {
    t.core.db.sqlite.prepare("update products set active = 0 where sku = 'DRK-002'").run();
    const names = (await till.ok('catalog.search', { query: 'diet' })).map((p) => p.name);
    expect(names).not.toContain('Diet Coke 330ml Can');
  });

  it('wildcards typed by the cashier are plain text', async () => {
    expect(await till.ok('catalog.search', { query: '%' })).toEqual([]);
    expect(await till.ok('catalog.search', { query: '_' })).toEqual([]);
  });
});
