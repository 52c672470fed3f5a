// @ts-check
// `npm run dev`: the renderer from Vite's dev server (hot reload) inside Electron.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { electronEnv, prepareElectronLaunch } from './electron-launch.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// First, so a machine that cannot run Electron says so before anything else starts.
const launch = await prepareElectronLaunch({ root, args: process.argv.slice(2) });
if (!launch.ok) {
  console.error(launch.message);
  process.exit(1);
}
await new Promise((resolve, reject) => {
  const build = spawn(process.execPath, ['scripts/build-main.mjs'], { stdio: 'inherit', cwd: root });
  build.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error('main build failed'))));
});
const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const devUrl = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
const app = spawn(launch.binary, launch.args, {
  stdio: 'inherit',
  env: electronEnv(launch.env, { sqliteBinding: launch.sqliteBinding, devUrl }),
});
app.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
