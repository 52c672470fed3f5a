import type { QueryClient } from '@tanstack/react-query';
import type { PrintJobStatus, PrintJobView } from '../../../shared/domain/sale';
import { keys } from './query-keys';

/** How far a job has got; a job never goes back, so a report of an earlier stage is stale. */
const STAGE: Record<PrintJobStatus, number> = { queued: 0, printing: 1, printed: 2, failed: 2, interrupted: 2 };

/**
 * The reply that queued a job can arrive after the push saying it printed: keep whichever
 * is further along (more attempts, then a later stage), never by comparing clocks.
 */
export function storePrintJob(client: QueryClient, job: PrintJobView): void {
  client.setQueryData<PrintJobView | null>(keys.printJob(job.id), (prev) => {
    if (prev == null) return job;
    if (prev.attempts !== job.attempts) return prev.attempts > job.attempts ? prev : job;
    return STAGE[prev.status] > STAGE[job.status] ? prev : job;
  });
}
