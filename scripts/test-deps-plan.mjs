// @ts-check
// What `npm test` needs from the operating system, and what to do when some of it is
// missing. Pure: scripts/ensure-test-deps.mjs gathers the facts and carries out the plan.

/**
 * @typedef {{ name: string, debianPackage: string, look: { file: string } | { command: string } }} TestDep
 * @typedef {{ missing: TestDep[], isRoot: boolean, hasAptGet: boolean }} Facts
 * @typedef {{ kind: 'ready' }
 *   | { kind: 'install', packages: string[], commands: string[][], env: Record<string, string> }
 *   | { kind: 'ask', message: string }} Plan
 */

/** @type {readonly TestDep[]} */
export const TEST_DEPS = [
  // tests/e2e/chromium.ts drives this exact path; a browser is never downloaded.
  { name: 'Chromium at /usr/bin/chromium', debianPackage: 'chromium', look: { file: '/usr/bin/chromium' } },
  // Pty pairs that stand in for serial scanners, scales and pole displays.
  { name: 'socat', debianPackage: 'socat', look: { command: 'socat' } },
  // serialport's port listing shells out to udevadm.
  { name: 'udevadm', debianPackage: 'udev', look: { command: 'udevadm' } },
];

/**
 * Like `playwright install --with-deps`: root with apt-get installs what is missing;
 * anyone else is told the one command to run, and the test run stops there.
 * @param {Facts} facts
 * @returns {Plan}
 */
export function planTestDeps({ missing, isRoot, hasAptGet }) {
  if (missing.length === 0) return { kind: 'ready' };
  const packages = [...new Set(missing.map((d) => d.debianPackage))];
  const needs = missing.map((d) => d.name).join(', ');
  const install = `apt-get install -y ${packages.join(' ')}`;
  if (!hasAptGet) {
    return {
      kind: 'ask',
      message:
        `The tests need ${needs}, and this machine has no apt-get: install the Debian packages ` +
        `${packages.join(', ')} or their equivalents (on Debian or Ubuntu: sudo ${install}), then run npm test again.`,
    };
  }
  if (!isRoot) {
    return { kind: 'ask', message: `The tests need ${needs}. Run this, then npm test again:\n  sudo ${install}` };
  }
  return {
    kind: 'install',
    packages,
    commands: [
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', ...packages],
    ],
    env: { DEBIAN_FRONTEND: 'noninteractive' },
  };
}
