import { Alert, Button, Group, Progress, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportKind } from '../../../../shared/domain/catalog-io';
import { importErrorMessage } from './import-error';
import { exportFile, saveBlob } from './transfer';

const KINDS: readonly ExportKind[] = ['products', 'stock', 'movements'];
const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

type State =
  | { kind: 'idle' }
  | { kind: 'working'; phase: 'preparing' | 'downloading'; done: number; total: number }
  | { kind: 'saved'; file: string; rows: number }
  | { kind: 'error'; message: string };

/**
 * Products, stock on hand or stock movements (in a date range) as CSV or XLSX. The core
 * writes the file in a worker; it comes back in chunks and is saved as a download.
 */
export function ExportPanel() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ExportKind>('products');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const movements = kind === 'movements';
  const badRange = movements && from !== '' && to !== '' && from > to;
  const working = state.kind === 'working';

  const run = async () => {
    try {
      const range = movements ? { ...(from === '' ? {} : { from }), ...(to === '' ? {} : { to }) } : {};
      const { view, blob } = await exportFile({ kind, format, ...range }, (phase, done, total) => setState({ kind: 'working', phase, done, total }));
      saveBlob(blob, view.fileName);
      setState({ kind: 'saved', file: view.fileName, rows: view.rows });
    } catch (e) {
      setState({ kind: 'error', message: importErrorMessage(t, e) });
    }
  };

  return (
    <Stack gap="sm" data-testid="export-panel" maw={640} p="md">
      <Title order={2} size="h3">
        {t('catalogExport.title')}
      </Title>
      <Text size="sm">{t('catalogExport.intro')}</Text>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="export-kind-label">
          {t('catalogExport.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby="export-kind-label"
          value={kind}
          onChange={(v) => setKind(KINDS.find((k) => k === v) ?? 'products')}
          data={KINDS.map((k) => ({ value: k, label: t(`catalogExport.kinds.${k}`) }))}
        />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="export-format-label">
          {t('catalogExport.format')}
        </Text>
        <SegmentedControl
          aria-labelledby="export-format-label"
          value={format}
          onChange={(v) => setFormat(FORMATS.find((f) => f === v) ?? 'csv')}
          data={FORMATS.map((f) => ({ value: f, label: t(`catalogExport.formats.${f}`) }))}
        />
      </Stack>
      {movements && (
        <Group grow align="flex-start">
          <TextInput type="date" label={t('catalogExport.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput
            type="date"
            label={t('catalogExport.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={badRange ? t('catalogExport.badRange') : undefined}
          />
        </Group>
      )}
      {movements && (
        <Text size="xs" c="dimmed">
          {t('catalogExport.rangeHint')}
        </Text>
      )}
      {state.kind === 'working' && (
        <Stack gap={4}>
          <Text size="sm">{state.phase === 'preparing' ? t('catalogExport.preparing') : t('catalogExport.downloading')}</Text>
          <Progress
            value={state.total > 0 ? (state.done / state.total) * 100 : 100}
            striped={state.phase === 'preparing'}
            animated={state.phase === 'preparing'}
            aria-label={t('catalogExport.downloadLabel')}
          />
        </Stack>
      )}
      {state.kind === 'saved' && (
        <Alert color="green" role="status" data-testid="export-saved">
          {t('catalogExport.saved', { file: state.file, count: state.rows, rows: state.rows.toLocaleString() })}
        </Alert>
      )}
      {state.kind === 'error' && (
        <Alert color="red" role="alert" title={t('catalogExport.failed')}>
          {state.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void run()} loading={working} disabled={working || badRange}>
          {t('catalogExport.export')}
        </Button>
      </Group>
    </Stack>
  );
}
