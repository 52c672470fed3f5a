/**
 * How the desktop app is started from a checkout: which better-sqlite3 build main loads,
 * how the launcher tells it, and where the Electron build is cached.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_URL_ENV, SQLITE_BINDING_ENV, devServerUrlFor, sqliteBindingFor } from '../../electron/shell/launch-env';
import * as launcher from '../../scripts/electron-launch.mjs';
import {
  electronSqliteCache,
  failureSentence,
  isolatedBuildEnv,
  lastWords,
  nodeGypArgs,
  prebuildInstallArgs,
} from '../../scripts/electron-native.mjs';

const BINDING =
  '/repo/node_modules/.cache/tillbox-electron/39.8.10-linux-x64/better-sqlite3-12.11.1/better_sqlite3.node';

describe('tests and the desktop app each load their own better-sqlite3', () => {
  it('the Electron build is cached per Electron version, platform, arch and better-sqlite3 version, outside the package', () => {
    const cache = electronSqliteCache({
      root: '/repo',
      electronVersion: '39.8.10',
      sqliteVersion: '12.11.1',
      platform: 'linux',
      arch: 'x64',
    });
    expect(cache.file).toBe(path.join(BINDING));
    expect(cache.dir).toBe(path.dirname(cache.file));
    expect(cache.file.startsWith(path.join('/repo', 'node_modules', 'better-sqlite3'))).toBe(false);
    const other = electronSqliteCache({
      root: '/repo',
      electronVersion: '40.0.0',
      sqliteVersion: '12.11.1',
      platform: 'darwin',
      arch: 'arm64',
    });
    expect(other.dir).toContain(`40.0.0-darwin-arm64${path.sep}better-sqlite3-12.11.1`);
  });

  it('a checkout loads the Electron build the launcher names; without one, node_modules’ build', () => {
    expect(sqliteBindingFor(false, { [SQLITE_BINDING_ENV]: BINDING })).toBe(BINDING);
    expect(sqliteBindingFor(false, {})).toBeUndefined();
    expect(sqliteBindingFor(false, { [SQLITE_BINDING_ENV]: '' })).toBeUndefined();
  });

  it('a packaged app never loads native code named by an environment variable', () => {
    expect(sqliteBindingFor(true, { [SQLITE_BINDING_ENV]: '/tmp/evil.node' })).toBeUndefined();
    expect(devServerUrlFor(true, { [DEV_URL_ENV]: 'http://localhost:5173/' })).toBeUndefined();
    expect(devServerUrlFor(false, { [DEV_URL_ENV]: 'http://localhost:5173/' })).toBe('http://localhost:5173/');
  });

  it('the launcher sets the variables main reads', () => {
    expect(launcher.SQLITE_BINDING_ENV).toBe(SQLITE_BINDING_ENV);
    expect(launcher.DEV_URL_ENV).toBe(DEV_URL_ENV);
    const env = launcher.electronEnv(
      { PATH: '/bin', ELECTRON_RUN_AS_NODE: '1', [DEV_URL_ENV]: 'http://stale/' },
      { sqliteBinding: BINDING },
    );
    expect(sqliteBindingFor(false, env)).toBe(BINDING);
    expect(devServerUrlFor(false, env)).toBeUndefined();
    expect(env.ELECTRON_RUN_AS_NODE).toBeUndefined();
    expect(env.PATH).toBe('/bin');
    const dev = launcher.electronEnv(env, { sqliteBinding: BINDING, devUrl: 'http://localhost:5173/' });
    expect(devServerUrlFor(false, dev)).toBe('http://localhost:5173/');
  });
});

describe('the Electron build of better-sqlite3 is made with its own tools, for Electron’s ABI', () => {
  it('prebuild-install is asked for the Electron runtime at the installed version', () => {
    expect(prebuildInstallArgs({ electronVersion: '39.8.10', platform: 'linux', arch: 'x64' })).toEqual(
      expect.arrayContaining(['--runtime=electron', '--target=39.8.10', '--arch=x64', '--platform=linux']),
    );
  });

  it('node-gyp compiles against Electron’s headers, kept in a devdir of their own', () => {
    const args = nodeGypArgs({ electronVersion: '39.8.10', arch: 'arm64', devDir: '/cache/electron-gyp' });
    expect(args[0]).toBe('rebuild');
    expect(args).toEqual(
      expect.arrayContaining([
        '--target=39.8.10',
        '--arch=arm64',
        '--dist-url=https://electronjs.org/headers',
        '--devdir=/cache/electron-gyp',
      ]),
    );
  });

  it('npm settings that would build for Node instead (nodedir, runtime, target) do not reach the build; proxies do', () => {
    const env = isolatedBuildEnv({
      PATH: '/usr/bin',
      HOME: '/root',
      npm_config_nodedir: '/usr',
      npm_config_runtime: 'node',
      npm_config_target: '20.19.0',
      npm_config_build_from_source: 'true',
      npm_config_disturl: 'https://nodejs.org/dist',
      NPM_CONFIG_ARCH: 'ia32',
      npm_package_resolved: 'git+https://example.com/x.git',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_cache: '/root/.npm',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/root',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_cache: '/root/.npm',
    });
  });

  it('when neither way works, npm start says what failed in one sentence', () => {
    const sentence = failureSentence({
      electronVersion: '39.8.10',
      platform: 'linux',
      arch: 'x64',
      download: lastWords(
        'prebuild-install info begin Prebuild-install version 7.1.3\n' +
          'prebuild-install http request GET https://github.com/WiseLibs/better-sqlite3/releases/download/v12.11.1/better-sqlite3-v12.11.1-electron-v140-linux-x64.tar.gz\n' +
          'prebuild-install warn install getaddrinfo ENOTFOUND github.com\n',
      ),
      compile: lastWords(
        'gyp http GET https://electronjs.org/headers/v39.8.10/node-v39.8.10-headers.tar.gz\n' +
          'gyp WARN install got an error, rolling back install\n' +
          'gyp ERR! configure error \n' +
          'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and\n' +
          'gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy or have bad\n' +
          'gyp ERR! stack network settings.\n' +
          'gyp ERR! stack at go (/x/node-gyp/lib/install.js:244:21)\n' +
          'gyp ERR! System Linux 6.1.0\n' +
          'gyp ERR! not ok \n',
      ),
    });
    expect(sentence).not.toContain('\n');
    expect(sentence).toMatch(/^Tillbox could not get better-sqlite3 for Electron 39\.8\.10 \(linux-x64\): /);
    expect(sentence).toContain('(getaddrinfo ENOTFOUND github.com)');
    expect(sentence).toContain('is related to network connectivity)');
    expect(sentence.endsWith('.')).toBe(true);
    expect(sentence.match(/\. /g)).toBeNull();
  });

  it('an Electron too new for node-abi is reported by the error prebuild-install threw', () => {
    expect(
      lastWords(
        '/x/node-abi/index.js:60\n    throw new Error(...)\n    ^\n\n' +
          'Error: Could not detect abi for version 99.0.0 and runtime electron.  Updating "node-abi" might help solve this issue\n' +
          '    at getAbi (/x/node-abi/index.js:60:9)\n\nNode.js v20.20.2\n',
      ),
    ).toBe('Could not detect abi for version 99.0.0 and runtime electron');
  });
});
