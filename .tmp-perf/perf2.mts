import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '/work/main/electron/core/core';
import { SqlDb } from '/work/main/electron/core/db/sql';
import { verifyJournal } from '/work/main/electron/core/journal/verify';
import { SimulatedPrinter } from '/work/main/electron/core/devices/printer/simulated-printer';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-'));
const printer = new SimulatedPrinter();
const core = await createCore({ dataDir: dir, demo: true, resourcesDir: '/work/main/resources', printerFactory: () => printer });
const tillId = core.services.settings.get('tillId') ?? ''; if (process.env.MEM) core.db.sqlite.pragma('temp_store = MEMORY');
const product = core.db.sqlite.prepare('select id from products limit 1').pluck().get() as string;
let w0 = performance.now(); core.db.tx(() => {
  for (let i = 0; i < 20000; i++) core.services.documents.finalize('stock.opening', tillId, (doc) => ({ rows: { stock_movements: [{ id: `m${i}`, product_id: product, till_id: tillId, qty_delta: 1, reason: 'delivery', doc_id: doc.id, created_at: doc.at }] }, summary: {}, result: null }));
}); console.log('write', (performance.now()-w0).toFixed(0));
const ro = new Database(path.join(dir, 'tillbox.sqlite'), { readonly: true });
let t0 = performance.now();
const r = ro.transaction(() => verifyJournal(new SqlDb(ro), null))();
console.log('verify direct', (performance.now() - t0).toFixed(0), r.intact);
await core.close(); fs.rmSync(dir, { recursive: true });
