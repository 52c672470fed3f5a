// Bundles the main-process entry points to CommonJS in dist/electron. Every package
// stays external: native modules (better-sqlite3, serialport, usb) must be loaded
// from node_modules, and electron-builder packs node_modules itself.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
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
  },
  // import.meta only appears behind a __dirname check that CommonJS always satisfies.
  logOverride: { 'empty-import-meta': 'silent' },
});
