// `npm run dev`: the renderer from Vite's dev server (hot reload) inside Electron.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';
import { electronBinary, MISSING } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary) {
  console.error(MISSING);
  process.exit(1);
}
await new Promise((resolve, reject) => {
  const build = spawn(process.execPath, ['scripts/build-main.mjs'], { stdio: 'inherit' });
  build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('main build failed'))));
});
const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
const app = spawn(binary, ['.', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TILLBOX_DEV_URL: url },
});
app.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
