/** Products from the demo catalog the e2e sale rings up, chosen from the CSV the demo loads. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export interface DemoProduct {
  barcode: string;
  sku: string;
  name: string;
  unit: string;
  stock: number;
}

export function readDemoProducts(root: string): DemoProduct[] {
  const text = fs.readFileSync(path.join(root, 'resources', 'demo', 'catalog.csv'), 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows.map((r) => ({
    barcode: r.barcode ?? '',
    sku: r.sku ?? '',
    name: r.name ?? '',
    unit: r.unit ?? '',
    stock: Number(r.stock ?? '0'),
  }));
}

/** Items sold by the piece, in stock, with a barcode: safe to scan and pay for. */
export function sellableByPiece(products: DemoProduct[]): DemoProduct[] {
  return products.filter((p) => p.unit === 'each' && p.stock >= 2 && /^\d{8,14}$/.test(p.barcode));
}
