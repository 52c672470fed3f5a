// Bundles the main-process entry points to CommonJS in dist/electron. Packages stay
// external and load from node_modules: native modules (better-sqlite3, serialport, usb)
// must, and electron-builder packs node_modules itself. The exception is ESM-only
// packages, which CommonJS cannot require on Node 20 (the web host): they are bundled.
import { build } from 'esbuild';
import fs from 'node:fs';

const BUNDLED = new Set(['canonicalize']);
const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: [...external, 'electron'],
  sourcemap: true,
  logLevel: 'warning',
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
};

await build({
  ...common,
  entryPoints: {
    main: 'electron/main.ts',
    preload: 'electron/preload.ts',
    serve: 'electron/host/web/serve-cli.ts',
    // Worker threads, started by electron/core/workers/spawn-worker.ts from beside main.
    'journal-verify-worker': 'electron/core/journal/verify-worker.ts',
    'catalog-import-worker': 'electron/core/catalogio/import-worker.ts',
    'catalog-export-worker': 'electron/core/catalogio/export-worker.ts',
    'stock-valuation-worker': 'electron/core/stock/valuation-worker.ts',
  },
  // import.meta only appears behind a __dirname check that CommonJS always satisfies.
  logOverride: { 'empty-import-meta': 'silent' },
});
