/**
 * Runs the built web host (`dist/electron/serve.cjs`) as a child process on a free port,
 * with its own data directory, the way `npm run serve` would.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface RunningHost {
  url: string;
  /** The link with the one-time setup code, printed when the data folder holds no store. */
  setupUrl(): string | null;
  process: ChildProcess;
  /** Everything the host printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;

export async function startWebHost(root: string, args: string[]): Promise<RunningHost> {
  const entry = path.join(root, 'dist', 'electron', 'serve.cjs');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
  const child = spawn(process.execPath, [entry, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    output += chunk;
  });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start in time:\n${output}`)), STARTUP_TIMEOUT_MS);
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (m !== null) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    setupUrl: () => /http:\/\/127\.0\.0\.1:\d+\/\?setup=[\w-]+/.exec(output)?.[0] ?? null,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
