import { Alert, Button, FileButton, Group, Loader, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, type ColumnMapping, type DryRunReport, type ImportFileView, type ImportJobView } from '../../../../shared/domain/catalog-io';
import { call } from '../../api/client';
import { IssuesTable } from './IssuesTable';
import { ImportRun } from './ImportRun';
import { importErrorMessage } from './import-error';
import { hasKey, MappingTable } from './MappingTable';
import { uploadFile } from './transfer';
import { useImportJob } from './use-import-job';

const ACCEPT = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Busy = { kind: 'upload'; name: string; sent: number; total: number } | { kind: 'check' } | { kind: 'start' } | null;

/**
 * Catalog import, step by step: choose a file (sent to the core in chunks), confirm which
 * column fills which field, read the check of every row, then import with a progress bar
 * and Cancel. Choosing another file starts over at any step, which is how a user fixes a
 * file the check refused.
 */
export function ImportWizard({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<File | null>(null);
  const [file, setFile] = useState<ImportFileView | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [report, setReport] = useState<DryRunReport | null>(null);
  const [started, setStarted] = useState<ImportJobView | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useImportJob(started);
  const resetPicker = useRef<() => void>(null);

  const reset = () => {
    setChosen(null);
    setFile(null);
    setReport(null);
    setStarted(null);
    setError(null);
  };

  const choose = async (picked: File | null) => {
    reset();
    // Let the same file be chosen again once fixed: the picker fires no change for an unchanged path.
    resetPicker.current?.();
    setChosen(picked);
    if (picked === null) return;
    if (!/\.(csv|txt|xlsx)$/i.test(picked.name)) return setError(t('catalogImport.notCatalogFile'));
    if (picked.size > MAX_IMPORT_BYTES) return setError(t('catalogImport.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }));
    setBusy({ kind: 'upload', name: picked.name, sent: 0, total: picked.size });
    try {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await picked.arrayBuffer());
      } catch {
        return setError(t('catalogImport.readFailed'));
      }
      const view = await uploadFile(picked.name, bytes, (sent) => setBusy({ kind: 'upload', name: picked.name, sent, total: bytes.length }));
      setFile(view);
      setMapping(view.mapping);
    } catch (e) {
      setError(importErrorMessage(t, e));
    } finally {
      setBusy(null);
    }
  };

  const check = async () => {
    if (file === null) return;
    setError(null);
    setBusy({ kind: 'check' });
    try {
      setReport(await call('catalogio.dryRun', { uploadId: file.uploadId, mapping }));
    } catch (e) {
      setError(importErrorMessage(t, e));
    } finally {
      setBusy(null);
    }
  };

  const start = async () => {
    if (file === null) return;
    setError(null);
    setBusy({ kind: 'start' });
    try {
      setStarted(await call('catalogio.import', { uploadId: file.uploadId, mapping }));
    } catch (e) {
      setError(importErrorMessage(t, e));
    } finally {
      setBusy(null);
    }
  };

  const step = job !== null ? 3 : report !== null ? 2 : file !== null ? 1 : 0;
  const clean = report !== null && report.issues.length === 0 && report.more === 0;
  const running = job !== null && !['done', 'cancelled', 'failed'].includes(job.status);

  return (
    <Stack gap="sm" data-testid="import-wizard" maw={900} p="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('catalogImport.title')}
        </Title>
        <Button variant="default" size="xs" onClick={onClose} disabled={running}>
          {t('catalogImport.close')}
        </Button>
      </Group>
      <Text size="sm">{t('catalogImport.intro')}</Text>
      <Stepper active={step} size="xs" allowNextStepsSelect={false}>
        <Stepper.Step label={t('catalogImport.steps.file')} />
        <Stepper.Step label={t('catalogImport.steps.mapping')} />
        <Stepper.Step label={t('catalogImport.steps.check')} />
        <Stepper.Step label={t('catalogImport.steps.import')} />
      </Stepper>

      {job === null && (
        <Group gap="sm">
          <FileButton onChange={(f) => void choose(f)} accept={ACCEPT} resetRef={resetPicker} disabled={busy !== null}>
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} data-testid="import-file">
                {chosen === null ? t('catalogImport.chooseFile') : t('catalogImport.chooseAnother')}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c={chosen === null ? 'dimmed' : undefined}>
            {chosen?.name ?? t('catalogImport.filePlaceholder')}
          </Text>
        </Group>
      )}
      {busy?.kind === 'upload' && (
        <Stack gap={4}>
          <Text size="sm">{t('catalogImport.uploading', { name: busy.name })}</Text>
          <Progress value={busy.total > 0 ? (busy.sent / busy.total) * 100 : 0} aria-label={t('catalogImport.uploadProgressLabel')} />
        </Stack>
      )}
      {error !== null && (
        <Alert color="red" role="alert" data-testid="import-error">
          {error}
        </Alert>
      )}

      {file !== null && job === null && (
        <>
          <Text size="sm" fw={600}>
            {t('catalogImport.uploaded', { name: file.name, rows: file.rows.toLocaleString(), columns: file.headers.length })}
          </Text>
          {report === null ? (
            <>
              <Title order={3} size="h5">
                {t('catalogImport.mappingTitle')}
              </Title>
              <MappingTable headers={file.headers} mapping={mapping} remembered={file.remembered} onChange={setMapping} />
              <Group justify="flex-end">
                {busy?.kind === 'check' && (
                  <Group gap="xs">
                    <Loader size="xs" />
                    <Text size="sm">{t('catalogImport.checking')}</Text>
                  </Group>
                )}
                <Button onClick={() => void check()} disabled={!hasKey(mapping) || busy !== null}>
                  {t('catalogImport.check')}
                </Button>
              </Group>
            </>
          ) : (
            <DryRunView report={report} clean={clean} />
          )}
          {report !== null && (
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setReport(null)} disabled={busy !== null}>
                {t('catalogImport.changeMapping')}
              </Button>
              <Button onClick={() => void start()} disabled={!clean || busy !== null} loading={busy?.kind === 'start'}>
                {t('catalogImport.import', { count: report.rows })}
              </Button>
            </Group>
          )}
        </>
      )}

      {job !== null && <ImportRun job={job} onAgain={reset} onClose={onClose} />}
    </Stack>
  );
}

function DryRunView({ report, clean }: { report: DryRunReport; clean: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="import-report">
      <Title order={3} size="h5">
        {t('catalogImport.reportTitle')}
      </Title>
      <Text size="sm" data-testid="import-counts">
        {t('catalogImport.reportCounts', {
          rows: report.rows.toLocaleString(),
          creates: report.creates.toLocaleString(),
          updates: report.updates.toLocaleString(),
        })}
      </Text>
      {clean ? (
        <Alert color="green" role="status">
          {t('catalogImport.allGood')}
        </Alert>
      ) : (
        <>
          <Alert color="red" role="status">
            {t('catalogImport.badRows', { count: report.issues.length + report.more })}
          </Alert>
          <IssuesTable issues={report.issues} more={report.more} />
        </>
      )}
    </Stack>
  );
}
