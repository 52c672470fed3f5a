// @ts-check
// `npm start`: launch the desktop app (after `npm run build`), passing on any flags.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { prepareElectronLaunch } from './electron-launch.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const launch = await prepareElectronLaunch({ root, args: process.argv.slice(2) });
if (!launch.ok) {
  console.error(launch.message);
  process.exit(1);
}
const child = spawn(launch.binary, launch.args, { stdio: 'inherit', env: launch.env });
child.on('exit', (code) => process.exit(code ?? 0));
