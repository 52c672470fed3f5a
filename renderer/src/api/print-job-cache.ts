import type { QueryClient } from '@tanstack/react-query';
import type { PrintJobView } from '../../../shared/domain/sale';
import { keys } from './query-keys';

/** The reply that queued a job can arrive after the push saying it printed: keep the newer. */
export function storePrintJob(client: QueryClient, job: PrintJobView): void {
  client.setQueryData<PrintJobView | null>(keys.printJob(job.id), (prev) =>
    prev != null && prev.updatedAt > job.updatedAt ? prev : job,
  );
}
