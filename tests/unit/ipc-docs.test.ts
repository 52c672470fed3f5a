import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderIpcDocs } from '../../scripts/ipc-docs';
import { contract } from '../../shared/contract';

describe('docs/ipc.md', () => {
  it('documents every channel exactly as the contract declares it (run `npm run docs:ipc` if this fails)', () => {
    const onDisk = fs.readFileSync(path.resolve(__dirname, '../../docs/ipc.md'), 'utf8');
    expect(onDisk).toBe(renderIpcDocs());
    for (const name of Object.keys(contract)) expect(onDisk).toContain(`### \`${name}\``);
  });
});
