import type { OpName } from './ours';
import { fmtMs, type Summary } from './stats';

export type Results = Record<OpName, Summary>;

interface Target {
  op: OpName;
  label: string;
  /** p99 budget in ms; null for a row shown for context only. */
  p99Ms: number | null;
}

/** Within this factor of bare better-sqlite3 at p99, our layers are not the bottleneck. */
const MAX_RATIO = 5;

const TARGETS: readonly Target[] = [
  { op: 'lookup', label: 'barcode lookup', p99Ms: null },
  { op: 'addToCart', label: 'add to cart (scan)', p99Ms: 2 },
  { op: 'checkout', label: 'cash checkout, 5 lines', p99Ms: 5 },
  { op: 'search', label: 'name search', p99Ms: 20 },
];

export function reportTable(ours: Results, bare: Results): string {
  const header = ['operation', 'ours p50', 'ours p99', 'bare p50', 'bare p99', 'ratio p99', 'target', 'verdict'];
  const rows = TARGETS.map((t) => {
    const o = ours[t.op];
    const b = bare[t.op];
    const ratio = o.p99 / b.p99;
    const misses = [
      ...(t.p99Ms !== null && o.p99 >= t.p99Ms ? [`p99 >= ${t.p99Ms} ms`] : []),
      ...(ratio > MAX_RATIO ? [`> ${MAX_RATIO}x bare`] : []),
    ];
    const verdict = t.p99Ms === null ? '-' : misses.length === 0 ? 'MEETS' : `MISSES (${misses.join(', ')})`;
    return [
      t.label,
      fmtMs(o.p50),
      fmtMs(o.p99),
      fmtMs(b.p50),
      fmtMs(b.p99),
      `${ratio.toFixed(1)}x`,
      t.p99Ms === null ? '-' : `p99 < ${t.p99Ms} ms, <= ${MAX_RATIO}x`,
      verdict,
    ];
  });
  return table([header, ...rows]);
}

function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: readonly string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  const [head, ...body] = rows;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}
