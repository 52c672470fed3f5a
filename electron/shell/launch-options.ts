import path from 'node:path';
import { parseArgs } from 'node:util';

export interface LaunchOptions {
  dataDir: string;
  demo: boolean;
  printerUri?: string;
  kiosk: boolean;
}

/**
 * Tillbox's own flags from Electron's argv. Everything else is ignored, not refused:
 * argv also carries the app path in a checkout and Chromium's switches (--no-sandbox,
 * --remote-debugging-port=...), which are not ours to judge.
 */
export function launchOptions(
  argv: readonly string[],
  ctx: { env: NodeJS.ProcessEnv; userData: string },
): LaunchOptions {
  const { values } = parseArgs({
    args: argv.slice(1),
    options: {
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      printer: { type: 'string' },
      kiosk: { type: 'boolean', default: false },
    },
    strict: false,
    allowPositionals: true,
  });
  // Non-strict parsing turns a flag given without its value into `true`.
  const flag = values['data-dir'];
  const dataDir = typeof flag === 'string' && flag !== '' ? flag : ctx.env.TILLBOX_DATA_DIR || ctx.userData;
  return {
    dataDir: path.resolve(dataDir),
    demo: values.demo === true,
    kiosk: values.kiosk === true,
    ...(typeof values.printer === 'string' ? { printerUri: values.printer } : {}),
  };
}
