/**
 * axe-core in the page under test: injects node_modules/axe-core/axe.min.js and runs it,
 * failing on any serious or critical violation with a list a person can act on.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/** Page-side code as a string: this file is type-checked without the DOM library. */
const RUN_AXE = `(async () => {
  const r = await window.axe.run(document, { resultTypes: ['violations'] });
  return r.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: (n.failureSummary ?? '').replace(/\\s+/g, ' ') })),
  }));
})()`;

/** Every violation axe finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Injected through the debugger, not a <script> tag: the till's CSP allows no inline scripts.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(RUN_AXE)) as AxeViolation[];
}

/** One line per element: "color-contrast (serious) Elements must meet ... at button.pay: ...". */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}) ${v.help} at ${n.target.join(' ')}: ${n.summary}`))
    .join('\n');
}

/** Throws, listing them, when axe finds anything serious or critical on `screen`. */
export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    const count = serious.reduce((n, v) => n + v.nodes.length, 0);
    throw new Error(`${screen}: ${count} serious or critical accessibility violations\n${describeViolations(serious)}`);
  }
}
