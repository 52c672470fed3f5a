import Database from 'better-sqlite3';
import type { Core } from '../electron/core/core';
import type { Client } from './client';
import { codeAt, LINES_PER_SALE, PLAN, TENDERED, type Workset } from './ours';
import { row, summarize } from './stats';

const SALES = 200;

interface Split {
  toCommit: number[];
  afterCommit: number[];
  total: number[];
  printedFirst: number;
}

/**
 * Splits sale.payCash in two, and times it once more with WAL checkpoints taken off the
 * commit path. The handler emits cart.updated right after the sale commits and print.job
 * once the receipt's status is committed: timestamps from inside one router call.
 */
export async function checkoutSplit(core: Core, client: Client, work: Workset): Promise<string[]> {
  const first = PLAN.checkout.warmup + PLAN.checkout.iterations;
  const asIs = await sales(core, client, work, first);

  // What the fix would do: the writer stops checkpointing inside commits, and a second
  // connection checkpoints while the till is idle (here: between two sales).
  const idle = new Database(core.db.sqlite.name);
  const before = core.db.sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  core.db.sqlite.pragma('wal_autocheckpoint = 0');
  const offPath = await sales(core, client, work, first + SALES, () => idle.pragma('wal_checkpoint(PASSIVE)'));
  core.db.sqlite.pragma(`wal_autocheckpoint = ${before}`);
  idle.close();

  return [
    row('sale.payCash: call start -> sale committed (cart.updated)', summarize(asIs.toCommit)),
    row('sale.payCash: sale committed -> reply', summarize(asIs.afterCommit)),
    `  receipts printed and committed before the reply: ${asIs.printedFirst} of ${SALES}`,
    row('sale.payCash as is (WAL auto-checkpoint inside commits)', summarize(asIs.total)),
    row('sale.payCash, checkpoints from a 2nd connection when idle', summarize(offPath.total)),
  ];
}

async function sales(core: Core, client: Client, work: Workset, first: number, idle?: () => void): Promise<Split> {
  let committed = 0n;
  let printed = 0n;
  const offCart = core.events.on('cart.updated', () => (committed = process.hrtime.bigint()));
  const offPrint = core.events.on('print.job', () => (printed = process.hrtime.bigint()));
  const split: Split = { toCommit: [], afterCommit: [], total: [], printedFirst: 0 };
  for (let i = 0; i < SALES; i++) {
    idle?.();
    for (let l = 0; l < LINES_PER_SALE; l++) {
      await client.ok('cart.scan', { code: codeAt(work, 'checkout', (first + i) * LINES_PER_SALE + l) });
    }
    const start = process.hrtime.bigint();
    await client.ok('sale.payCash', { tendered: TENDERED });
    const end = process.hrtime.bigint();
    split.toCommit.push(Number(committed - start) / 1e6);
    split.afterCommit.push(Number(end - committed) / 1e6);
    split.total.push(Number(end - start) / 1e6);
    if (printed > committed && printed < end) split.printedFirst += 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
  offCart();
  offPrint();
  return split;
}
