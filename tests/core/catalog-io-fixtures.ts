/** Helpers for the catalog import and export tests: a file through the router, a finished import. */
import type Database from 'better-sqlite3';
import { withCheckDigit } from '../../shared/barcode';
import { TRANSFER_CHUNK_BYTES, type ImportFileView, type ImportJobView } from '../../shared/domain/catalog-io';
import type { Connection } from './harness';

/** A valid EAN-13 in the 48 range no demo product uses, numbered n. */
export function ean(n: number): string {
  return withCheckDigit(`48${String(n).padStart(10, "0")}`);
}

/** The same with its last digit wrong. */
export function badEan(n: number): string {
  const good = ean(n);
  return good.slice(0, -1) + String((Number(good.slice(-1)) + 1) % 10);
}

export async function uploadFile(c: Connection, name: string, bytes: Buffer): Promise<ImportFileView> {
  let uploadId: string | undefined;
  for (let at = 0; ; at += TRANSFER_CHUNK_BYTES) {
    const chunk = bytes.subarray(at, at + TRANSFER_CHUNK_BYTES);
    const last = at + TRANSFER_CHUNK_BYTES >= bytes.length;
    const reply = await c.ok('catalogio.upload', { ...(uploadId ? { uploadId } : {}), name, data: chunk.toString('base64'), last });
    uploadId = reply.uploadId;
    if (last) {
      if (!('headers' in reply)) throw new Error('the last chunk did not read the file');
      return reply;
    }
  }
}

export const uploadCsv = (c: Connection, text: string, name = 'catalog.csv') => uploadFile(c, name, Buffer.from(text, 'utf8'));

export async function finished(c: Connection, jobId: string, ms = 60_000): Promise<ImportJobView> {
  const until = Date.now() + ms;
  for (;;) {
    const view = await c.ok('catalogio.status', { jobId });
    if (view && (view.status === 'done' || view.status === 'failed' || view.status === 'cancelled')) return view;
    if (Date.now() > until) throw new Error(`import ${jobId} did not finish: ${JSON.stringify(view)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every row of the catalog tables an import may touch, to compare before and after. */
export function catalogState(sqlite: Database.Database): Record<string, unknown[]> {
  const all = (q: string) => sqlite.prepare(q).all();
  return {
    products: all('select * from products order by id'),
    barcodes: all('select * from barcodes order by code'),
    supplier_products: all('select * from supplier_products order by supplier_id, product_id'),
    stock_levels: all('select * from stock_levels order by product_id'),
    stock_movements: all('select id from stock_movements order by id'),
    price_changes: all('select id from price_changes order by id'),
  };
}

export const HEADER = 'SKU,Name,Barcode,Category,Price,Cost,Tax,Unit,Stock';

/** n good rows of new products. */
export function goodRows(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, i) => {
    const k = from + i;
    return `IMP-${k},Imported thing ${k},${ean(k)},Pantry,${(k % 50) + 1}.${String(k % 100).padStart(2, '0')},0.50,A,each,${k % 7}`;
  });
}
