import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../core/core';
import { StoreInUseError } from '../../core/db/data-folder-lock';
import { DatabaseFromFutureError } from '../../core/db/migrate';
import { defaultDataDir } from '../data-dir';
import { startWebHost } from './web-host';

const USAGE = `Usage: npm run serve -- [--data-dir DIR] [--port N] [--demo] [--printer tcp://host:port|sim:|none]`;

/** `npm run serve`: the whole app in a browser, against the real core. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '8080' },
      demo: { type: 'boolean', default: false },
      printer: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got ${values.port}`);
  const root = path.resolve(__dirname, '..', '..');
  const rendererDir = path.join(root, 'dist', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new UsageError('The renderer is not built: run `npm run build` first (npm run serve does it for you).');
  }
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const core = await createCore({
    dataDir,
    demo: values.demo,
    resourcesDir: path.join(root, 'resources'),
    version: readVersion(root),
    holder: 'the web host',
    ...(values.printer ? { printerUri: values.printer } : {}),
  });
  const host = await startWebHost({ core, rendererDir, port });
  console.log(`Tillbox web host listening on ${host.url} (data: ${dataDir})`);
  const token = core.setupToken();
  if (token !== null) {
    // Only someone who can read this terminal may claim the empty store.
    console.log(`No store here yet. To set it up, open ${host.url}/?setup=${token}`);
  }

  const stop = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

class UsageError extends Error {}

function readVersion(root: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof DatabaseFromFutureError || err instanceof StoreInUseError) {
    console.error(err.message);
  } else if (err instanceof Error && /Unknown option|unexpected argument/i.test(err.message)) {
    console.error(`${err.message}\n${USAGE}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
