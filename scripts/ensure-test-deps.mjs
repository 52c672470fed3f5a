// @ts-check
// First step of `npm test`: make sure the system programs the e2e and device tests use
// are there. It runs before anything else, even before `npm ci` in .ci/run, so it uses
// nothing but Node's own modules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { planTestDeps, TEST_DEPS } from './test-deps-plan.mjs';

/** @param {string} file */
function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Found the way a spawn of the bare name would find it: on PATH. @param {string} name */
function onPath(name) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && isExecutable(path.join(dir, name)));
}

/** @param {import('./test-deps-plan.mjs').TestDep} dep */
function present(dep) {
  return 'file' in dep.look ? isExecutable(dep.look.file) : onPath(dep.look.command);
}

function facts() {
  return {
    missing: TEST_DEPS.filter((dep) => !present(dep)),
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath('apt-get'),
  };
}

const plan = planTestDeps(facts());
if (plan.kind === 'ask') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.kind === 'install') {
  console.log(`Installing what the tests need: ${plan.packages.join(' ')} (Debian packages)`);
  for (const [command = '', ...args] of plan.commands) {
    const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...plan.env } });
    if (run.status !== 0) {
      console.error(
        `\`${[command, ...args].join(' ')}\` failed; install ${plan.packages.join(' ')} yourself, then run npm test again.`,
      );
      process.exit(1);
    }
  }
  const still = facts().missing;
  if (still.length > 0) {
    console.error(`After apt-get install, still missing: ${still.map((d) => d.name).join(', ')}.`);
    process.exit(1);
  }
}
