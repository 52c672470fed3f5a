import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';

const CORE = path.resolve(__dirname, '..', '..', 'electron', 'core');

/** Each domain folder's domain.ts and the channel prefix its HandlersOf<'...'> names. */
function domains(): { folder: string; prefix: string; text: string }[] {
  return fs
    .readdirSync(CORE, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(CORE, e.name, 'domain.ts')))
    .flatMap((e) => {
      const text = fs.readFileSync(path.join(CORE, e.name, 'domain.ts'), 'utf8');
      return [...text.matchAll(/HandlersOf<'([A-Za-z]+)'>/g)].map((m) => ({ folder: e.name, prefix: m[1] ?? '', text }));
    });
}

describe('each domain folder owns its channels and its wiring', () => {
  it("every channel's handler is written in the domain.ts of one folder, the one for its prefix", () => {
    const byPrefix = new Map(domains().map((d) => [d.prefix, d]));
    const misplaced: string[] = [];
    for (const name of Object.keys(contract)) {
      const prefix = name.split('.')[0] ?? '';
      const owner = byPrefix.get(prefix);
      if (!owner || !owner.text.includes(`'${name}':`)) misplaced.push(name);
    }
    expect(misplaced).toEqual([]);
    // No prefix is claimed by two folders.
    expect(domains().length).toBe(byPrefix.size);
  });

  it('core.ts composes the domains one line each, and no file lists every handler', () => {
    expect(fs.existsSync(path.join(CORE, 'handlers.ts'))).toBe(false);
    const core = fs.readFileSync(path.join(CORE, 'core.ts'), 'utf8');
    for (const d of domains()) expect(core, d.folder).toContain(`from './${d.folder}/domain'`);
    const spreads = [...core.matchAll(/^\s+\.\.\.(\w+)\.handlers,$/gm)].map((m) => m[1]);
    expect(spreads).toHaveLength(domains().length);
  });
});
