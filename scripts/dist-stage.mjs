// @ts-check
// The pure half of `npm run dist` (scripts/dist.mjs): what goes into the staging project
// electron-builder packages, and how it is called.
import path from 'node:path';

/** What is copied from the checkout into the stage; node_modules is installed there afresh. */
export const STAGED = ['dist', 'resources', 'electron-builder.yml', 'package-lock.json', '.npmrc'];

/**
 * The stage's package.json: ours without scripts, so nothing of the checkout's runs in
 * it. devDependencies stay listed to keep package-lock.json in step; `npm ci --omit=dev`
 * leaves them uninstalled.
 * @param {Record<string, unknown>} pkg
 */
export function stagePackageJson(pkg) {
  const { scripts: _scripts, ...rest } = pkg;
  return rest;
}

/** @param {string} stage */
export function npmCiArgs(stage) {
  // --prefix names the stage outright, so no npm setting inherited from `npm run dist`
  // can point this install at the checkout. No install scripts: the native modules are
  // built for Electron by electron-builder next, so a Node build here would be wasted.
  return ['ci', '--prefix', stage, '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'];
}

/**
 * electron-builder run on the stage as its own project: it rebuilds the stage's
 * node_modules for Electron and packs them, and writes installers to the checkout's
 * release/. The Electron version is the one installed in the checkout, given outright
 * because the stage has no electron package to read it from.
 * @param {{ root: string, stage: string, electronVersion: string, userArgs: string[] }} t
 */
export function electronBuilderArgs(t) {
  return [
    '--projectDir',
    t.stage,
    '--config',
    'electron-builder.yml',
    `-c.electronVersion=${t.electronVersion}`,
    `-c.directories.output=${path.join(t.root, 'release')}`,
    ...t.userArgs,
  ];
}
