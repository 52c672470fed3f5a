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
    // Names merely close to "milk" (forgiven as a typo) come after every real match.
    const firstClose = names.findIndex((n) => !/\bmilk/i.test(n));
    if (firstClose >= 0) expect(names.slice(firstClose).some((n) => /\bmilk/i.test(n))).toBe(false);
  });

  it('every word typed must start a word of the name, in any case and order', async () => {
    const names = (await till.ok('catalog.search', { query: 'SKIM semi' })).map((p) => p.name);
    expect(names).toContain('Semi-Skimmed Milk 1L');
    expect(names.every((n) => /\bsemi/i.test(n) && /\bskim/i.test(n))).toBe(true);
  });

  const names = async (query: string) => (await till.ok('catalog.search', { query })).map((p) => p.name);

  it('a word that sounds the same finds the product: "coke" finds Coca-Cola', async () => {
    const found = await names('coke');
    expect(found).toContain('Coca-Cola 330ml Can');
    // What the cashier typed, as typed, still comes first.
    expect(found[0]).toBe('Diet Coke 330ml Can');
  });

  it('a small typo is forgiven: "sourdogh", "bnana", "mlik"', async () => {
    expect((await names('sourdogh'))[0]).toBe('Sourdough Loaf 800g');
    expect(await names('bnana')).toContain('Bananas (loose)');
    expect(await names('banan')).toContain('Bananas (loose)');
    expect((await names('mlik')).some((n) => /milk/i.test(n))).toBe(true);
  });

  it('exact and prefix matches rank before forgiven ones', async () => {
    // "coca" starts Coca-Cola's name; "cocoa" (one edit away) must come after.
    const found = await names('coca');
    const firstForgiven = found.findIndex((n) => !/\bcoca/i.test(n));
    if (firstForgiven >= 0) expect(found.slice(firstForgiven).some((n) => /\bcoca/i.test(n))).toBe(false);
    expect(found[0]).toMatch(/^Coca-Cola/);
  });

  it('a short word is not guessed at: three letters must start a word', async () => {
    expect(await names('zqx')).toEqual([]);
  });

  it('a renamed product is forgiven under its new name at once', async () => {
    expect(await names('qukka')).toEqual([]);
    t.core.db.sqlite.prepare("update products set name = 'Quokka Crunch 200g' where sku = 'BAK-003'").run();
    expect(await names('qukka')).toEqual(['Quokka Crunch 200g']);
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
