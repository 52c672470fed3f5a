import fs from 'node:fs';
import path from 'node:path';
import { summarize, type Summary } from './stats';

/**
 * fdatasync of one 4 KB page in the data folder: the floor under every durable
 * commit, so write figures can be read against the disk they ran on.
 */
export function fsyncLatency(dir: string, iterations = 300): Summary {
  const file = path.join(dir, 'fsync-probe.bin');
  const fd = fs.openSync(file, 'w');
  const page = Buffer.alloc(4096, 7);
  const samples: number[] = [];
  try {
    for (let i = 0; i < iterations; i++) {
      fs.writeSync(fd, page, 0, page.length, (i % 256) * page.length);
      const start = process.hrtime.bigint();
      fs.fdatasyncSync(fd);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file);
  }
  return summarize(samples);
}
