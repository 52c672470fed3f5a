import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBuilderArgs, npmCiArgs, STAGED, stagePackageJson } from '../../scripts/dist-stage.mjs';

describe('npm run dist packages a staging copy, so the checkout keeps its Node build of better-sqlite3', () => {
  it('the stage gets the built app, its resources and the lock file, never node_modules', () => {
    expect(STAGED).toEqual(expect.arrayContaining(['dist', 'resources', 'electron-builder.yml', 'package-lock.json']));
    expect(STAGED).not.toContain('node_modules');
  });

  it('the stage’s package.json is ours without scripts, dependencies intact', () => {
    const pkg = {
      name: 'tillbox',
      main: 'dist/electron/main.cjs',
      scripts: { test: 'x' },
      dependencies: { a: '1' },
      devDependencies: { b: '2' },
    };
    expect(stagePackageJson(pkg)).toEqual({
      name: 'tillbox',
      main: 'dist/electron/main.cjs',
      dependencies: { a: '1' },
      devDependencies: { b: '2' },
    });
  });

  it('npm installs into the stage by name, production dependencies only, no install scripts', () => {
    const args = npmCiArgs('/tmp/tillbox-dist-1');
    expect(args[0]).toBe('ci');
    expect(args.slice(args.indexOf('--prefix'), args.indexOf('--prefix') + 2)).toEqual([
      '--prefix',
      '/tmp/tillbox-dist-1',
    ]);
    expect(args).toEqual(expect.arrayContaining(['--omit=dev', '--ignore-scripts']));
  });

  it('electron-builder takes the stage as its project, the installed Electron version, and writes to the checkout’s release/', () => {
    const args = electronBuilderArgs({
      root: '/repo',
      stage: '/tmp/tillbox-dist-1',
      electronVersion: '39.8.10',
      userArgs: ['--linux', 'deb'],
    });
    expect(args.slice(0, 2)).toEqual(['--projectDir', '/tmp/tillbox-dist-1']);
    expect(args).toEqual(
      expect.arrayContaining(['-c.electronVersion=39.8.10', `-c.directories.output=${path.join('/repo', 'release')}`]),
    );
    expect(args.slice(-2)).toEqual(['--linux', 'deb']);
  });
});
