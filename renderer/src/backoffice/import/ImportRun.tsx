import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportJobView } from '../../../../shared/domain/catalog-io';
import { call } from '../../api/client';
import { IssuesTable } from './IssuesTable';
import { importErrorMessage } from './import-error';
import { isFinal } from './use-import-job';

/**
 * A running import's progress bar and Cancel, then what it did. Cancel is offered until
 * the import starts committing: from then on it finishes (the core says so), so the
 * button would promise what cannot happen.
 */
export function ImportRun({ job, onAgain, onClose }: { job: ImportJobView; onAgain: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useMutation({ mutationFn: () => call('catalogio.cancel', { jobId: job.id }) });
  const final = isFinal(job);
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const format = (n: number) => n.toLocaleString();

  return (
    <Stack gap="sm" data-testid="import-run" data-status={job.status}>
      <Group justify="space-between">
        <Text fw={600} role="status" data-testid="import-status">
          {t(`catalogImport.status.${job.status}`)}
        </Text>
        {!final && job.total > 0 && (
          <Text size="sm">{t('catalogImport.progress', { done: format(job.done), total: format(job.total) })}</Text>
        )}
      </Group>
      {!final && (
        <>
          <Progress
            value={job.status === 'validating' ? 100 : percent}
            striped={job.status === 'validating'}
            animated={job.status === 'validating'}
            size="lg"
            aria-label={t('catalogImport.progressLabel')}
            data-testid="import-progress"
          />
          <Text size="sm" c="dimmed">
            {t('catalogImport.sellingContinues')}
          </Text>
        </>
      )}
      {cancel.isError && <Alert color="red">{importErrorMessage(t, cancel.error)}</Alert>}
      {job.status === 'done' && (
        <Alert color="green" data-testid="import-summary">
          {t('catalogImport.doneSummary', {
            created: format(job.created),
            updated: format(job.updated),
            file: job.fileName,
            seconds: (job.ms / 1000).toFixed(1),
          })}
        </Alert>
      )}
      {job.status === 'cancelled' && (
        <Alert color="yellow" data-testid="import-summary">
          {t('catalogImport.cancelledSummary')}
        </Alert>
      )}
      {job.status === 'failed' && (
        <Alert color="red" data-testid="import-summary">
          {t('catalogImport.failedSummary')} {job.error ?? ''}
        </Alert>
      )}
      {job.status === 'failed' && job.issues.length > 0 && <IssuesTable issues={job.issues} more={0} />}
      <Group justify="flex-end" gap="xs">
        {!final && (job.status === 'validating' || job.status === 'publishing') && (
          <Button color="red" variant="light" onClick={() => cancel.mutate()} loading={cancel.isPending} disabled={cancel.isSuccess}>
            {cancel.isSuccess ? t('catalogImport.cancelling') : t('catalogImport.cancel')}
          </Button>
        )}
        {final && (
          <>
            <Button variant="default" onClick={onAgain}>
              {t('catalogImport.again')}
            </Button>
            <Button onClick={onClose}>{t('catalogImport.close')}</Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
