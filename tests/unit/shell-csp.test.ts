import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CSP } from '../../electron/shell/csp';

const ROOT = path.resolve(__dirname, '..', '..');

type Policy = Map<string, string[]>;

function parse(policy: string): Policy {
  const out: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

function metaPolicy(): Policy {
  const html = fs.readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8');
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) throw new Error('renderer/index.html has no CSP meta');
  return parse(content);
}

// Fetch directives fall back to default-src when absent (CSP Level 3).
const FALLS_BACK = new Set([
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'worker-src',
  'manifest-src',
  'child-src',
]);

/** The sources a policy allows for a directive; null means unrestricted. */
function effective(policy: Policy, directive: string): string[] | null {
  const own = policy.get(directive) ?? (FALLS_BACK.has(directive) ? policy.get('default-src') : undefined);
  if (own === undefined) return null;
  return own.filter((s) => s !== "'none'");
}

describe('the Electron window’s CSP header', () => {
  const header = parse(APP_CSP);

  it('lets the window connect only to its own origin: no ws:, no wss:, nothing else', () => {
    expect(header.get('connect-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toMatch(/\bwss?:/);
  });

  it('runs only our own scripts and embeds nothing', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('frame-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
  });

  it('is at least as strict as the meta in renderer/index.html, directive by directive', () => {
    const meta = metaPolicy();
    const directives = new Set([...header.keys(), ...meta.keys(), ...FALLS_BACK]);
    for (const d of directives) {
      const ours = effective(header, d);
      const theirs = effective(meta, d);
      if (theirs === null) continue;
      expect(ours, `${d} is unrestricted in the header but not in the meta`).not.toBeNull();
      for (const source of ours ?? [])
        expect(theirs, `${d} allows ${source}, which the meta does not`).toContain(source);
    }
  });
});
