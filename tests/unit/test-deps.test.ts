import { describe, expect, it } from 'vitest';
import { planTestDeps, TEST_DEPS, type TestDep } from '../../scripts/test-deps-plan.mjs';

const dep = (pkg: string): TestDep => {
  const found = TEST_DEPS.find((d) => d.debianPackage === pkg);
  if (!found) throw new Error(`no test dependency from ${pkg}`);
  return found;
};

describe('npm test provisions what the e2e and device tests need', () => {
  it('the tests need Chromium at /usr/bin/chromium, socat and udevadm, from chromium, socat and udev', () => {
    expect(TEST_DEPS.map((d) => [d.debianPackage, d.look])).toEqual([
      ['chromium', { file: '/usr/bin/chromium' }],
      ['socat', { command: 'socat' }],
      ['udev', { command: 'udevadm' }],
    ]);
  });

  it('nothing missing: nothing to do, root or not', () => {
    expect(planTestDeps({ missing: [], isRoot: false, hasAptGet: false })).toEqual({ kind: 'ready' });
    expect(planTestDeps({ missing: [], isRoot: true, hasAptGet: true })).toEqual({ kind: 'ready' });
  });

  it('root with apt-get installs only the missing packages, after apt-get update, without questions', () => {
    const plan = planTestDeps({ missing: [dep('chromium'), dep('udev')], isRoot: true, hasAptGet: true });
    expect(plan).toEqual({
      kind: 'install',
      packages: ['chromium', 'udev'],
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium', 'udev'],
      ],
      env: { DEBIAN_FRONTEND: 'noninteractive' },
    });
  });

  it('not root: prints exactly the one command to run, and the run fails', () => {
    const plan = planTestDeps({ missing: TEST_DEPS.slice(), isRoot: false, hasAptGet: true });
    expect(plan.kind).toBe('ask');
    if (plan.kind !== 'ask') return;
    const commands = plan.message.split('\n').filter((line) => line.trim().startsWith('sudo '));
    expect(commands.map((c) => c.trim())).toEqual(['sudo apt-get install -y chromium socat udev']);
  });

  it('not root, one thing missing: the command names only that package', () => {
    const plan = planTestDeps({ missing: [dep('socat')], isRoot: false, hasAptGet: true });
    expect(plan.kind === 'ask' && plan.message).toContain('sudo apt-get install -y socat\n'.trimEnd());
    expect(plan.kind === 'ask' && plan.message).not.toContain('chromium');
  });

  it('no apt-get, even as root: asks, naming the Debian packages, and never tries to install', () => {
    const plan = planTestDeps({ missing: [dep('chromium')], isRoot: true, hasAptGet: false });
    expect(plan.kind).toBe('ask');
    expect(plan.kind === 'ask' && plan.message).toMatch(/no apt-get/);
    expect(plan.kind === 'ask' && plan.message).toContain('chromium');
  });
});
