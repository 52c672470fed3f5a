/**
 * What an import promises while it runs: a cancel or a crash leaves the catalog exactly as
 * it was, and the till keeps selling meanwhile.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../electron/core/catalogio/mapping';
import { readSheet } from '../../electron/core/catalogio/read-file';
import { applyPlan, planImport } from '../../electron/core/catalogio/run-import';
import { systemClock } from '../../electron/core/clock';
import { DB_FILE } from '../../electron/core/db/connection';
import { SqlDb } from '../../electron/core/db/sql';
import { DocumentWriter } from '../../electron/core/documents/document-writer';
import type { ImportJobView } from '../../shared/domain/catalog-io';
import { catalogState, finished, goodRows, HEADER, uploadCsv } from './catalog-io-fixtures';
import { demoBarcodes, pay, perTest, startCore, type TestCore } from './harness';

const { demo, dir } = perTest();

async function manager(t: TestCore) {
  const c = t.connect();
  await c.ok('session.login', { pin: '9999' });
  return c;
}

/** Resolves at the first progress push of the given phase. */
function phase(t: TestCore, wanted: ImportJobView['status']): Promise<ImportJobView> {
  return new Promise((resolve) => {
    const off = t.core.events.on('catalogio.progress', (v) => {
      if (v.status === wanted) {
        off();
        resolve(v);
      }
    });
  });
}

describe('catalog import safety', () => {
  it('a cancelled import leaves the catalog exactly as it was', async () => {
    const t = await demo();
    const m = await manager(t);
    // Existing products are updated too, so the undo has both kinds to restore.
    const updates = ['SKU,Name,Price,Brand', 'BAK-001,Renamed loaf,9.99,Acme', 'BAK-002,Renamed white,8.88,Acme'];
    const rows = [...updates.slice(1).map((r) => `${r}`), ...goodRows(20_000).map((r) => r.split(',').slice(0, 2).concat('1.00', 'X').join(','))];
    const before = catalogState(t.core.db.sqlite);
    const journal = t.core.db.sqlite.prepare('select count(*) from journal').pluck().get();
    const file = await uploadCsv(m, [updates[0], ...rows].join('\n'));
    const publishing = phase(t, 'publishing');
    const job = await m.ok('catalogio.import', { uploadId: file.uploadId, mapping: file.mapping });
    await publishing;
    await m.ok('catalogio.cancel', { jobId: job.id });
    const end = await finished(m, job.id);
    expect(end.status).toBe('cancelled');
    expect(catalogState(t.core.db.sqlite)).toEqual(before);
    expect(t.core.db.sqlite.prepare('select count(*) from journal').pluck().get()).toBe(journal);
    expect(t.core.db.sqlite.prepare('select status from import_jobs').pluck().all()).toEqual(['rolled_back']);
  });

  it('a crash in the middle of an import is rolled back at the next start', async () => {
    const d = dir();
    const first = await startCore(d, { demo: true });
    const before = catalogState(first.core.db.sqlite);
    const tillId = first.core.services.settings.get('tillId') ?? '';
    await first.core.close();

    // The import runs as the app would, and stops dead after six batches of its publish.
    const csv = path.join(d, 'crash.csv');
    fs.writeFileSync(csv, [HEADER, 'BAK-001,Renamed loaf,5010029032307,Bakery,9.99,,B,each,', ...goodRows(5000)].join('\n'));
    const sheet = await readSheet(csv, 'csv');
    const sqlite = new Database(path.join(d, DB_FILE));
    sqlite.pragma('foreign_keys = ON');
    const db = new SqlDb(sqlite);
    const planned = planImport(db, sheet, guessMapping(sheet.headers));
    if (!('plan' in planned)) throw new Error(JSON.stringify(planned.issues));
    const outcome = await applyPlan(
      { db, clock: systemClock, writer: new DocumentWriter(db, systemClock) },
      { id: 'job-crash', tillId, staffId: null, fileName: 'crash.csv' },
      planned.plan,
      { cancelled: () => false, progress: () => {}, pause: async () => {}, haltAfterBatches: 6 },
    );
    expect(outcome.status).toBe('halted');
    expect(sqlite.prepare("select count(*) from products where sku like 'IMP-%'").pluck().get()).toBe(2999);
    expect(sqlite.prepare("select name from products where sku = 'BAK-001'").pluck().get()).toBe('Renamed loaf');
    sqlite.close();

    const again = await startCore(d);
    try {
      expect(catalogState(again.core.db.sqlite)).toEqual(before);
      expect(again.core.db.sqlite.prepare('select status from import_jobs').pluck().all()).toEqual(['failed']);
    } finally {
      await again.core.close();
    }
  });

  it('sales complete while an import runs', async () => {
    const t = await demo();
    const m = await manager(t);
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const file = await uploadCsv(m, [HEADER, ...goodRows(20_000)].join('\n'));
    const publishing = phase(t, 'publishing');
    const job = await m.ok('catalogio.import', { uploadId: file.uploadId, mapping: file.mapping });
    await publishing;
    const [code] = demoBarcodes(1);
    const waits: number[] = [];
    let sales = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await till.ok('cart.scan', { code: code ?? '' });
      waits.push(performance.now() - started);
      await pay(till, 100_000);
      sales += 1;
    }
    // The import was still running when the fifth sale completed.
    const view = await m.ok('catalogio.status', { jobId: job.id });
    expect(['publishing', 'committing']).toContain(view?.status);
    expect(sales).toBe(5);
    expect(Math.max(...waits)).toBeLessThan(1000);
    expect(await finished(m, job.id)).toMatchObject({ status: 'done', created: 20_000 });
  });
});
