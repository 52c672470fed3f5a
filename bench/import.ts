/**
 * `npx tsx bench/import.ts [rows]`: only the catalog import of `npm run bench` (200,000
 * rows unless told), in its own store, through the router, with the till scanning meanwhile.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCatalogImport, IMPORT_ROWS } from './catalog-import';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');
const rows = process.argv[2] === undefined ? IMPORT_ROWS : Number(process.argv[2]);

console.log(`Tillbox import bench: node ${process.version}, ${os.cpus().length} cpus, load ${os.loadavg()[0]?.toFixed(2)}`);
benchCatalogImport(RESOURCES, rows).then(
  (lines) => console.log(lines.join('\n')),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
