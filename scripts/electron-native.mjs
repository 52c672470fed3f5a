// @ts-check
// The Electron build of better-sqlite3, made on the first `npm start` and kept in a cache
// of its own. node_modules/better-sqlite3 keeps the Node build that the tests and the web
// host load; Electron's main process loads this one through better-sqlite3's
// `nativeBinding` option (electron/core/db/sqlite-options.ts). A module built for one ABI
// refuses to load in the other (NODE_MODULE_VERSION), so neither may overwrite the other.
//
// serialport and usb are native too, but the core does not load them yet; when it does,
// they need the same treatment.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/**
 * One folder per Electron version, platform and arch, and inside it one per better-sqlite3
 * version, so upgrading either builds afresh and nothing stale is ever loaded.
 * @param {{ root: string, electronVersion: string, sqliteVersion: string, platform: string, arch: string }} t
 */
export function electronSqliteCache(t) {
  const dir = path.join(
    t.root,
    'node_modules',
    '.cache',
    'tillbox-electron',
    `${t.electronVersion}-${t.platform}-${t.arch}`,
    `better-sqlite3-${t.sqliteVersion}`,
  );
  return { dir, file: path.join(dir, 'better_sqlite3.node') };
}

/**
 * better-sqlite3's own prebuilt download, asked for Electron's ABI: prebuild-install maps
 * the Electron version to its ABI with node-abi and fetches
 * better-sqlite3-v<version>-electron-v<abi>-<platform>-<arch>.tar.gz from the package's
 * GitHub releases into ./build/Release of the current directory.
 * @param {{ electronVersion: string, platform: string, arch: string }} t
 */
export function prebuildInstallArgs(t) {
  return [
    '--runtime=electron',
    `--target=${t.electronVersion}`,
    `--arch=${t.arch}`,
    `--platform=${t.platform}`,
    '--verbose',
  ];
}

/**
 * The fallback: compile against Electron's headers. The headers go to a devdir of their
 * own so they never mix with the Node headers node-gyp keeps for Node builds.
 * @param {{ electronVersion: string, arch: string, devDir: string }} t
 */
export function nodeGypArgs(t) {
  return [
    'rebuild',
    '--release',
    `--target=${t.electronVersion}`,
    `--arch=${t.arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    `--devdir=${t.devDir}`,
    '--jobs=max',
  ];
}

// npm passes its whole configuration to scripts as npm_config_* variables, and both
// prebuild-install and node-gyp read them: an npmrc's `nodedir` (local Node headers) or
// `runtime`/`target` would quietly build for Node instead. Only network and toolchain
// settings get through.
const KEPT_NPM_CONFIG = new Set(
  [
    'cache',
    'registry',
    'userconfig',
    'proxy',
    'https_proxy',
    'noproxy',
    'no_proxy',
    'local_address',
    'cafile',
    'strict_ssl',
    'python',
    'msvs_version',
  ].map((k) => `npm_config_${k}`),
);

/** @param {NodeJS.ProcessEnv} env */
export function isolatedBuildEnv(env) {
  /** @type {NodeJS.ProcessEnv} */
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_package_')) continue;
    if (lower.startsWith('npm_config_') && !KEPT_NPM_CONFIG.has(lower)) continue;
    out[key] = value;
  }
  return out;
}

/**
 * Why a tool failed, short enough for a clause: the first sentence of the error it threw,
 * else the last line it printed that is not a log header or a diagnostic.
 * @param {string} output
 */
export function lastWords(output) {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.replace(/^(prebuild-install|gyp) (warn|WARN|ERR!|info|http|verb)\s*(install\s+)?/, '').trim())
    .filter((l) => l !== '');
  const thrown = lines.findIndex((l) => /^(stack )?\w*Error: /.test(l));
  let words;
  if (thrown >= 0) {
    const message = [];
    for (const line of lines.slice(thrown)) {
      const text = line.replace(/^stack /, '');
      if (message.length > 0 && (/^at /.test(text) || text === line)) break;
      message.push(text.replace(/^\w*Error: /, ''));
    }
    words = message.join(' ').split(/\.(\s|$)/)[0] ?? '';
  } else {
    const diagnostic = /^(System|command|cwd|node -v|node-gyp -v|not ok|stack)\b|^at /;
    words = lines.filter((l) => !diagnostic.test(l)).at(-1) ?? 'no output';
  }
  words = words.replace(/[.\s]+$/, '');
  return words.length > 160 ? `${words.slice(0, 157)}...` : words;
}

/**
 * What `npm start` prints when neither way worked, in one sentence.
 * @param {{ electronVersion: string, platform: string, arch: string, download: string, compile: string }} t
 */
export function failureSentence(t) {
  return (
    `Tillbox could not get better-sqlite3 for Electron ${t.electronVersion} (${t.platform}-${t.arch}): ` +
    `the prebuilt download failed (${t.download}) and compiling it against Electron's headers failed (${t.compile}); ` +
    'connect to the internet and run npm start again, or use npm run serve to run Tillbox in the browser.'
  );
}

/**
 * @typedef {{ ok: true, file: string } | { ok: false, message: string }} NativeResult
 * @param {{ root: string, platform?: string, arch?: string, log?: (line: string) => void }} opts
 * @returns {Promise<NativeResult>}
 */
export async function ensureElectronSqlite({
  root,
  platform = process.platform,
  arch = process.arch,
  log = console.error,
}) {
  const require = createRequire(path.join(root, 'package.json'));
  const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const electronVersion = readVersion(require.resolve('electron/package.json'));
  const sqliteVersion = readVersion(path.join(sqliteDir, 'package.json'));
  const target = { root, electronVersion, sqliteVersion, platform, arch };
  const cache = electronSqliteCache(target);
  if (fs.existsSync(cache.file)) return { ok: true, file: cache.file };

  log(`First start with Electron ${electronVersion}: getting better-sqlite3 built for it (${platform}-${arch})...`);
  fs.mkdirSync(cache.dir, { recursive: true });
  // A scratch copy, never the package in node_modules: that one is the Node build.
  const scratch = fs.mkdtempSync(path.join(cache.dir, 'scratch-'));
  try {
    fs.cpSync(sqliteDir, scratch, {
      recursive: true,
      filter: (src) => path.relative(sqliteDir, src).split(path.sep)[0] !== 'build',
    });
    const built = path.join(scratch, 'build', 'Release', 'better_sqlite3.node');
    const env = isolatedBuildEnv(process.env);

    const download = await run(
      process.execPath,
      [
        createRequire(path.join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js'),
        ...prebuildInstallArgs(target),
      ],
      { cwd: scratch, env, timeoutMs: 120_000 },
    );
    let compile = { ok: false, output: 'not tried' };
    if (!(download.ok && fs.existsSync(built))) {
      log('No prebuilt download; compiling it against Electron headers instead (a few minutes)...');
      const devDir = path.join(path.dirname(cache.dir), 'electron-gyp');
      compile = await compileAgainstHeaders({ require, scratch, env, electronVersion, platform, arch, devDir });
    }
    if (!fs.existsSync(built)) {
      return {
        ok: false,
        message: failureSentence({
          ...target,
          download: lastWords(download.output),
          compile: lastWords(compile.output),
        }),
      };
    }
    // Copied under a temporary name and renamed, so a half-written file is never found.
    const partial = `${cache.file}.${process.pid}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, cache.file);
    return { ok: true, file: cache.file };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** @param {string} packageJson */
function readVersion(packageJson) {
  return /** @type {{ version: string }} */ (JSON.parse(fs.readFileSync(packageJson, 'utf8'))).version;
}

/**
 * node-gyp in the scratch copy with Electron's version and headers; it cannot cross-compile.
 * @param {{ require: NodeJS.Require, scratch: string, env: NodeJS.ProcessEnv, electronVersion: string,
 *   platform: string, arch: string, devDir: string }} t
 */
async function compileAgainstHeaders(t) {
  if (t.platform !== process.platform) {
    return { ok: false, output: `node-gyp cannot compile for ${t.platform} on ${process.platform}` };
  }
  const nodeGyp = findNodeGyp(t.require);
  if (!nodeGyp) return { ok: false, output: 'node-gyp is not installed' };
  const args = nodeGypArgs({ electronVersion: t.electronVersion, arch: t.arch, devDir: t.devDir });
  return run(process.execPath, [nodeGyp, ...args], { cwd: t.scratch, env: t.env, timeoutMs: 20 * 60_000 });
}

/** The project's node-gyp, else the one npm bundles (npm names it to the scripts it runs). @param {NodeJS.Require} require */
function findNodeGyp(require) {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const bundled = process.env.npm_config_node_gyp;
    return bundled && fs.existsSync(bundled) ? bundled : null;
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number }} opts
 * @returns {Promise<{ ok: boolean, output: string }>}
 */
function run(command, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (err) => resolve({ ok: false, output: err.message }));
    child.on('close', (code, signal) => {
      const output = Buffer.concat(chunks).toString('utf8');
      resolve({
        ok: code === 0,
        output: signal ? `${output}\nstopped after ${Math.round(timeoutMs / 1000)} s` : output,
      });
    });
  });
}
