import { Alert, Loader } from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrintJobView } from '../../../shared/domain/sale';
import { usePrintJob } from '../api/hooks/use-sale';

// Read at arm's length while handing over change.
const big = { message: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 600 } };

/** The receipt job as the reply created it, kept current by `print.job` pushes. */
export function PrintStatus({ job }: { job: PrintJobView }) {
  const { t } = useTranslation();
  const { data } = usePrintJob(job);
  const current = data ?? job;
  const attempts = t('print.attempts', { count: current.attempts });
  if (current.status === 'printed') {
    return (
      <Alert color="green" icon={<IconPrinter />} role="status" styles={big} data-testid="print-status" data-status="printed">
        {t('print.printed')}
      </Alert>
    );
  }
  if (current.status === 'interrupted') {
    return (
      <Alert color="yellow" icon={<IconAlertTriangle />} role="alert" styles={big} data-testid="print-status" data-status="interrupted">
        {t('print.interrupted')}
      </Alert>
    );
  }
  if (current.status === 'failed') {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} role="alert" styles={big} data-testid="print-status" data-status="failed">
        {current.error === null ? t('print.failedUnknown') : t('print.failed', { error: current.error })} ({attempts})
      </Alert>
    );
  }
  return (
    <Alert color="blue" icon={<Loader size="sm" />} role="status" styles={big} data-testid="print-status" data-status="queued">
      {t('print.queued')}
    </Alert>
  );
}
