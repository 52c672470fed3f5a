import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreInUseError } from '../../electron/core/db/data-folder-lock';
import { RESOURCES, snapshot, startCore, tempDataDir } from './harness';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
function freshDir(): string {
  const d = tempDataDir();
  dirs.push(d);
  return d.dir;
}

const ROOT = path.resolve(__dirname, '..', '..');

/** A second process that holds the data folder until it is killed. */
function holdInChild(dataDir: string) {
  const script = `
    import { createCore } from './electron/core/core.ts';
    const core = await createCore({ dataDir: ${JSON.stringify(dataDir)}, resourcesDir: ${JSON.stringify(RESOURCES)}, holder: 'the web host' });
    console.log('holding');
    setInterval(() => undefined, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('holding')) resolve();
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}: ${out}`)));
  });
  return { child, ready };
}

describe('one process per data folder', () => {
  it('a second copy on the same data folder is refused in one sentence and changes nothing', async () => {
    const dir = freshDir();
    const first = await startCore(dir, { demo: true });
    const before = snapshot(first.core);
    const second = startCore(dir, { demo: true });
    await expect(second).rejects.toBeInstanceOf(StoreInUseError);
    const err = (await second.catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^The store in .+ is already open in another Tillbox \(Tillbox, process \d+\); close that one first\.$/);
    expect(err.message.split('. ').length).toBe(1);
    expect(snapshot(first.core)).toEqual(before);
    await first.core.close();
    // Closed cleanly, the folder is free again.
    const third = await startCore(dir);
    expect(snapshot(third.core)).toEqual(before);
    await third.core.close();
  });

  it('the lock holds across processes and dies with its process, even by SIGKILL', async () => {
    const dir = freshDir();
    const holder = holdInChild(dir);
    await holder.ready;
    const refused = await startCore(dir).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreInUseError);
    expect((refused as Error).message).toContain('(the web host, process');
    const exited = new Promise((r) => holder.child.once('exit', r));
    holder.child.kill('SIGKILL');
    await exited;
    const after = await startCore(dir);
    await after.core.close();
  });
});
