import { useEffect, useState } from 'react';
import type { ImportJobView } from '../../../../shared/domain/catalog-io';
import { call, onEvent } from '../../api/client';

const FINAL = new Set<ImportJobView['status']>(['done', 'cancelled', 'failed']);
export const isFinal = (job: ImportJobView) => FINAL.has(job.status);

/**
 * An import as it runs: each catalogio.progress push for it, and a status read every few
 * seconds in case a push was missed (a reconnect, a push sent before the reply). A later
 * view never replaces a final one.
 */
export function useImportJob(started: ImportJobView | null): ImportJobView | null {
  const [job, setJob] = useState<ImportJobView | null>(started);
  const id = started?.id ?? null;
  useEffect(() => setJob(started), [started]);
  useEffect(() => {
    if (id === null) return undefined;
    const take = (next: ImportJobView | null) => {
      if (next === null || next.id !== id) return;
      setJob((was) => (was !== null && was.id === id && isFinal(was) ? was : next));
    };
    const off = onEvent('catalogio.progress', take);
    const timer = setInterval(() => {
      call('catalogio.status', { jobId: id }).then(take, () => undefined);
    }, 2000);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [id]);
  return job;
}
