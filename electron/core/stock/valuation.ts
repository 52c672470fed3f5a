import type { ValuationReport } from '../../../shared/domain/stock';
import { fail } from '../errors';
import { isIsoDate } from '../inventory/lot-create';
import { askWorker } from '../workers/spawn-worker';
import type { ValuationJob, ValuationReply } from './valuation-worker';

/** Past every timestamp the ledger holds: "now" counts every movement. */
const NOW = '9999-12-31T23:59:59.999Z';

/**
 * The instant an as-of date ends: the start of the next day on the shop's clock (the
 * machine's time zone, like every date the till shows), as the ledger's UTC ISO text.
 */
export function endOfDay(day: string): string {
  if (!isIsoDate(day)) fail('invalid_input', `${day} is not a date (YYYY-MM-DD)`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).toISOString();
}

/**
 * Valuation reads every product's stock: on a worker thread with its own read-only
 * connection (as the catalog export does), so the till never waits behind it.
 */
export async function runValuation(
  db: { dbFile: string; nativeBinding: string | undefined },
  asOf: string | undefined,
): Promise<ValuationReport> {
  const started = performance.now();
  const job: ValuationJob = { ...db, until: asOf === undefined ? NOW : endOfDay(asOf), asOf: asOf ?? null };
  const reply = await askWorker<ValuationReply>('stock-valuation-worker', job, 'the valuation worker');
  if (!reply.ok) throw new Error(`valuation failed: ${reply.message}`);
  return { ...reply.report, ms: Math.round(performance.now() - started) };
}
