import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { decodeEscPos } from '../devices/escpos-decode';
import { perTest, snapshot, type TestCore } from './harness';
import { readPdf } from './pdf-text';

const { demo } = perTest();
const MM = 72 / 25.4;
const SOURDOUGH = '5010029032307';
const COLA = '5449000004178';

async function manager(t: TestCore) {
  const c = t.connect();
  await c.ok('session.login', { pin: '9999' });
  return c;
}

async function idOf(t: TestCore, code: string): Promise<string> {
  const c = await manager(t);
  return (await c.ok('catalog.lookup', { code })).id;
}

function pdfOf(value: { pdf: string }) {
  return readPdf(Buffer.from(value.pdf, 'base64'));
}

describe('shelf and barcode labels', () => {
  it('a sheet of labels is a valid A4 PDF with one label per copy, starting after the used ones', async () => {
    const t = await demo();
    const c = await manager(t);
    const bread = await idOf(t, SOURDOUGH);
    const cola = await idOf(t, COLA);
    const before = snapshot(t.core);

    const sheet = await c.ok('shelfLabels.pdf', {
      items: [{ productId: bread, copies: 20 }, { productId: cola, copies: 10 }],
      kind: 'shelf',
      sheet: 'a4-3x8',
      skip: 5,
    });

    // 5 used + 30 new on sheets of 24: two pages, 19 labels on the first and 11 on the second.
    expect(sheet).toMatchObject({ labels: 30, pages: 2 });
    const pdf = pdfOf(sheet);
    expect(pdf.valid).toBe(true);
    expect(pdf.pageCount).toBe(2);
    expect(pdf.mediaBoxes).toEqual(['0 0 595.28 841.89', '0 0 595.28 841.89']);
    const names = pdf.pages.map((p) => p.filter((i) => i.text === 'Sourdough Loaf 800g' || i.text === 'Coca-Cola 330ml Can'));
    expect(names.map((n) => n.length)).toEqual([19, 11]);
    const all = pdf.pages.flat().map((i) => i.text);
    expect(all.filter((s) => s === 'Sourdough Loaf 800g')).toHaveLength(20);
    expect(all.filter((s) => s === '£3.25')).toHaveLength(20);
    expect(all.filter((s) => s === 'Coca-Cola 330ml Can')).toHaveLength(10);
    expect(all.filter((s) => s === '£1.25')).toHaveLength(10);
    expect(all.filter((s) => s === SOURDOUGH)).toHaveLength(20);

    // The first label lands in the sixth cell: third column of the second row.
    const first = names[0]?.[0];
    const cellX = 2 * 70 * MM;
    const cellY = (0.5 + 37) * MM;
    expect(first?.x).toBeGreaterThan(cellX);
    expect(first?.x).toBeLessThan(cellX + 70 * MM);
    expect(first?.y).toBeGreaterThan(cellY);
    expect(first?.y).toBeLessThan(cellY + 37 * MM);
    // Nothing is written by printing labels.
    expect(snapshot(t.core)).toEqual(before);
  });

  it('used labels are counted on the sheet chosen, and no more than it has', async () => {
    const t = await demo();
    const c = await manager(t);
    const bread = await idOf(t, SOURDOUGH);
    const input: InputOf<'shelfLabels.pdf'> = { items: [{ productId: bread, copies: 1 }], kind: 'barcode', sheet: 'a4-4x10', skip: 39 };
    expect(await c.ok('shelfLabels.pdf', input)).toMatchObject({ labels: 1, pages: 1 });
    const refused = await c.call('shelfLabels.pdf', { ...input, skip: 40 });
    expect(refused.ok === false && refused.error.code).toBe('invalid_input');
    const tooMany = await c.call('shelfLabels.print', { items: [{ productId: bread, copies: 100 }, { productId: bread, copies: 100 }, { productId: bread, copies: 100 }, { productId: bread, copies: 100 }, { productId: bread, copies: 100 }, { productId: bread, copies: 1 }], kind: 'shelf' });
    expect(tooMany.ok === false && tooMany.error.message).toBe('At most 500 labels in one run; this asks for 501');
  });

  it('a shelf label shows the unit price of goods sold by weight', async () => {
    const t = await demo();
    const c = await manager(t);
    const bananas = await idOf(t, 'FRV-001');
    const bread = await idOf(t, SOURDOUGH);

    const [weighed, each] = await c.ok('shelfLabels.preview', { productIds: [bananas, bread] });
    expect(weighed).toMatchObject({ name: 'Bananas (loose)', price: '£1.10', unitPrice: '£1.10 / kg', problem: null });
    expect(each).toMatchObject({ unitPrice: null, barcode: SOURDOUGH });

    const sheet = pdfOf(await c.ok('shelfLabels.pdf', { items: [{ productId: bananas, copies: 1 }, { productId: bread, copies: 1 }], kind: 'shelf', sheet: 'a4-2x7' }));
    const texts = sheet.pages.flat().map((i) => i.text);
    expect(texts).toContain('£1.10 / kg');
    expect(texts.filter((s) => s.includes('/ kg'))).toHaveLength(1);

    await c.ok('shelfLabels.print', { items: [{ productId: bananas, copies: 1 }], kind: 'shelf' });
    const job = t.printer.jobs.at(-1);
    expect(job?.kind).toBe('labels');
    expect(decodeEscPos(job?.bytes ?? Buffer.alloc(0)).text).toContain('£1.10 / kg');
  });

  it('a barcode label needs a barcode, and says which product has none', async () => {
    const t = await demo();
    const c = await manager(t);
    const bread = await idOf(t, SOURDOUGH);
    const cola = await idOf(t, COLA);
    t.core.db.sqlite.prepare('delete from barcodes where product_id = ?').run(cola);
    // Bananas only have the 21… code the scale's weight labels are read by: scanned off a
    // shelf it would read as zero kg, so it is no barcode for a label.
    const bananas = await idOf(t, 'FRV-001');
    const jobs = t.printer.jobs.length;

    for (const [id, name] of [[cola, 'Coca-Cola 330ml Can (SKU DRK-001)'], [bananas, 'Bananas (loose) (SKU FRV-001)']] as const) {
      const items = [{ productId: bread, copies: 1 }, { productId: id, copies: 1 }];
      for (const r of [await c.call('shelfLabels.print', { items, kind: 'barcode' }), await c.call('shelfLabels.pdf', { items, kind: 'barcode', sheet: 'a4-3x8' })]) {
        expect(r.ok).toBe(false);
        if (r.ok) continue;
        expect(r.error.code).toBe('no_barcode');
        expect(r.error.message).toContain(name);
      }
    }
    // All or nothing: the bread before it did not print either.
    expect(t.printer.jobs.length).toBe(jobs);

    // A shelf label does without: the same products print, with no barcode drawn.
    const shelf = await c.ok('shelfLabels.print', { items: [{ productId: cola, copies: 1 }], kind: 'shelf' });
    expect(shelf.labels).toBe(1);
    const job = t.printer.jobs.at(-1);
    expect(job?.kind === 'labels' && job.labels[0]?.barcode).toBeNull();
    expect(decodeEscPos(job?.bytes ?? Buffer.alloc(0)).commands.some((x) => x.name === 'GS k')).toBe(false);
    expect((await c.ok('shelfLabels.preview', { productIds: [cola] }))[0]?.barcode).toBeNull();
  });

  it('an unknown or archived product gets no label', async () => {
    const t = await demo();
    const c = await manager(t);
    const cola = await idOf(t, COLA);
    const unknown = await c.call('shelfLabels.pdf', { items: [{ productId: 'no-such-product', copies: 1 }], kind: 'shelf', sheet: 'a4-3x8' });
    expect(unknown.ok === false && unknown.error.code).toBe('not_found');
    t.core.db.sqlite.prepare("update products set archived_at = '2025-01-01T00:00:00.000Z', active = 0 where id = ?").run(cola);
    const archived = await c.call('shelfLabels.print', { items: [{ productId: cola, copies: 1 }], kind: 'shelf' });
    expect(archived.ok === false && archived.error).toMatchObject({ code: 'inactive_product', message: expect.stringContaining('Coca-Cola 330ml Can is archived') });
    expect(await c.ok('shelfLabels.preview', { productIds: [cola, 'no-such-product'] })).toMatchObject([{ problem: 'inactive' }, { problem: 'not_found' }]);
  });

  it('a cashier cannot print labels', async () => {
    const t = await demo();
    const bread = await idOf(t, SOURDOUGH);
    const cashier = t.connect();
    await cashier.ok('session.login', { pin: '1111' });
    const jobs = t.printer.jobs.length;
    const items = [{ productId: bread, copies: 1 }];
    for (const r of [
      await cashier.call('shelfLabels.print', { items, kind: 'shelf' }),
      await cashier.call('shelfLabels.pdf', { items, kind: 'shelf', sheet: 'a4-3x8' }),
      await cashier.call('shelfLabels.preview', { productIds: [bread] }),
    ]) {
      expect(r.ok === false && r.error.code).toBe('permission_denied');
    }
    expect(t.printer.jobs.length).toBe(jobs);
  });
});
