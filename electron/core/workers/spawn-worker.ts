import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type * as Esbuild from 'esbuild';

/** The worker entry points, each bundled to dist/electron/<name>.cjs by scripts/build-main.mjs. */
export const WORKER_ENTRIES = {
  'journal-verify-worker': 'electron/core/journal/verify-worker.ts',
  'catalog-import-worker': 'electron/core/catalogio/import-worker.ts',
  'catalog-export-worker': 'electron/core/catalogio/export-worker.ts',
  'stock-valuation-worker': 'electron/core/stock/valuation-worker.ts',
} as const;
export type WorkerName = keyof typeof WORKER_ENTRIES;

const thisFile = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
const bundled = thisFile.endsWith('.cjs');
const sources = new Map<WorkerName, Promise<string>>();

/**
 * Starts a worker thread. In the app (bundled main, Electron or web host) the worker is
 * its own bundle beside this one; Electron reads it from inside the asar archive, which
 * it supports for worker threads since Electron 18. Run from source (tests, the bench)
 * there is no bundle and Node 20 worker threads ignore tsx's loader, so the entry is
 * bundled in memory with esbuild (a dev dependency, never loaded by the app) and run as
 * code; only native modules stay outside, resolved to absolute paths.
 */
export async function spawnWorker(name: WorkerName, workerData: unknown): Promise<Worker> {
  if (bundled) return new Worker(path.join(path.dirname(thisFile), `${name}.cjs`), { workerData });
  let source = sources.get(name);
  if (source === undefined) {
    source = bundleSource(name);
    sources.set(name, source);
    source.catch(() => sources.delete(name));
  }
  return new Worker(await source, { eval: true, workerData });
}

async function bundleSource(name: WorkerName): Promise<string> {
  const require = createRequire(thisFile);
  // Loaded only here, from source: esbuild is a dev dependency.
  const esbuild = require('esbuild') as typeof Esbuild;
  const root = path.resolve(path.dirname(thisFile), '..', '..', '..');
  const out = await esbuild.build({
    entryPoints: [path.join(root, WORKER_ENTRIES[name])],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'native-modules-by-absolute-path',
        setup(build) {
          build.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: require.resolve('better-sqlite3'), external: true }));
        },
      },
    ],
  });
  return out.outputFiles[0]?.text ?? '';
}

/**
 * Runs a worker that answers once: its first message is the reply. A worker that throws,
 * or stops without answering, rejects, naming `what` it was doing.
 */
export async function askWorker<R>(name: WorkerName, workerData: unknown, what: string): Promise<R> {
  const worker = await spawnWorker(name, workerData);
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    worker.once('message', (reply: R) => {
      settled = true;
      resolve(reply);
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`${what} stopped (exit ${code})`));
    });
  });
}
