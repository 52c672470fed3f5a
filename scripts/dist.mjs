// @ts-check
// `npm run dist` (after `npm run build`): package installers with electron-builder from a
// staging copy of the app, never from the checkout.
//
// Why: electron-builder (app-builder-lib 26, packager.js installAppDependencies ->
// util/yarn.js rebuild) hands @electron/rebuild the app directory, which for a single
// package.json is the project itself. @electron/rebuild then rebuilds every native
// production dependency it finds in node_modules from there up to the project root, in
// place (module-walker.js, module-rebuilder.js): node_modules/better-sqlite3 would come
// out built for Electron's ABI and every test afterwards would fail to load it. In a
// stage outside the checkout the rebuild reaches only the stage's own node_modules.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBuilderArgs, npmCiArgs, STAGED, stagePackageJson } from './dist-stage.mjs';
import { isolatedBuildEnv } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));
const nodeBuild = path.join(
  path.dirname(require.resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);
const electronVersion = /** @type {{ version: string }} */ (
  JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8'))
).version;

if (!fs.existsSync(path.join(root, 'dist', 'electron', 'main.cjs'))) {
  console.error('Nothing to package: run `npm run build` first (npm run dist does it for you).');
  process.exit(1);
}

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-dist-'));
const before = fingerprint(nodeBuild);
const backup = path.join(stage, '..', `${path.basename(stage)}-node-build.node`);
fs.copyFileSync(nodeBuild, backup);
let code = 1;
try {
  for (const entry of STAGED) {
    const from = path.join(root, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(stage, entry), { recursive: true });
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(stagePackageJson(pkg), null, 2)}\n`);

  // npm's settings inherited from `npm run dist` (an npmrc nodedir among them) would
  // otherwise reach npm and node-gyp inside the stage; the stage's npm reads the npmrc
  // files itself.
  const env = isolatedBuildEnv(process.env);
  const npm = process.env.npm_execpath;
  console.log(`Staging the app in ${stage} (production dependencies only)...`);
  code = npm
    ? await run(process.execPath, [npm, ...npmCiArgs(stage)], stage, env)
    : await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', npmCiArgs(stage), stage, env);
  if (code === 0) {
    const cli = require.resolve('electron-builder/cli.js');
    const args = electronBuilderArgs({ root, stage, electronVersion, userArgs: process.argv.slice(2) });
    code = await run(process.execPath, [cli, ...args], stage, env);
  }
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
  // The stage should make this impossible; if a future electron-builder reaches into the
  // checkout anyway, put the Node build back and say so rather than leave tests broken.
  if (fingerprint(nodeBuild) !== before) {
    fs.mkdirSync(path.dirname(nodeBuild), { recursive: true });
    fs.copyFileSync(backup, nodeBuild);
    console.error(`electron-builder changed ${nodeBuild}; the Node build has been put back.`);
    code = code || 1;
  }
  fs.rmSync(backup, { force: true });
}
process.exit(code);

/** @param {string} file */
function fingerprint(file) {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return 'missing';
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function run(command, args, cwd, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (c) => resolve(c ?? 1));
  });
}
