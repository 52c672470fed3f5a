import { Alert, Badge, Button, Group, Loader, Modal, NumberInput, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelKind, LabelProductView } from '../../../../shared/domain/shelf-labels';
import { LABEL_SHEET_IDS, labelsPerSheet, type LabelSheetId } from '../../../../shared/label-sheets';
import { downloadBase64 } from '../../history/download';
import { labelsErrorMessage } from './labels-error';
import { useLabelPdf, useLabelPreview, usePrintLabels } from './use-labels';

type Outcome = { kind: 'saved'; labels: number; pages: number } | { kind: 'printed'; labels: number } | { kind: 'error'; message: string };

/**
 * Shelf-edge or barcode labels for the chosen products: how many of each, then an A4 sheet
 * as a PDF (skipping labels already peeled off a used sheet) or a run on the receipt
 * printer. Products that cannot have the chosen label are shown before anything is made.
 */
export function LabelsDialog({ productIds, onClose }: { productIds: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const preview = useLabelPreview(productIds);
  const pdf = useLabelPdf();
  const print = usePrintLabels();
  const [kind, setKind] = useState<LabelKind>('shelf');
  const [sheet, setSheet] = useState<LabelSheetId>('a4-3x8');
  const [skip, setSkip] = useState(0);
  const [copies, setCopies] = useState<Record<string, number>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const rows = preview.data ?? [];
  const usable = rows.filter((r) => r.problem === null);
  const unusable = rows.length - usable.length;
  const missingBarcodes = usable.filter((r) => r.barcode === null).length;
  const copiesOf = (id: string) => copies[id] ?? 1;
  const items = usable.map((r) => ({ productId: r.productId, copies: copiesOf(r.productId) }));
  const total = items.reduce((n, i) => n + i.copies, 0);
  const busy = pdf.isPending || print.isPending;
  const blocked = items.length === 0 || busy || (kind === 'barcode' && missingBarcodes > 0);
  const maxSkip = labelsPerSheet(sheet) - 1;

  const fail = (e: unknown) => setOutcome({ kind: 'error', message: labelsErrorMessage(t, e) });
  const savePdf = () => {
    setOutcome(null);
    pdf.mutate(
      { items, kind, sheet, skip: Math.min(skip, maxSkip) },
      {
        onSuccess: (file) => {
          downloadBase64(file.pdf, file.fileName, 'application/pdf');
          setOutcome({ kind: 'saved', labels: file.labels, pages: file.pages });
        },
        onError: fail,
      },
    );
  };
  const printLabels = () => {
    setOutcome(null);
    print.mutate({ items, kind }, { onSuccess: (r) => setOutcome({ kind: 'printed', labels: r.labels }), onError: fail });
  };

  return (
    <Modal opened onClose={onClose} title={t('shelfLabels.title')} size="xl" centered closeButtonProps={{ 'aria-label': t('app.close') }}>
      <Stack gap="sm">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v === 'barcode' ? 'barcode' : 'shelf')}
          aria-label={t('shelfLabels.kind')}
          data={[
            { value: 'shelf', label: t('shelfLabels.kindShelf') },
            { value: 'barcode', label: t('shelfLabels.kindBarcode') },
          ]}
        />
        {preview.isPending && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('shelfLabels.loading')}</Text>
          </Group>
        )}
        {preview.isError && <Alert color="red">{labelsErrorMessage(t, preview.error)}</Alert>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={560} mah={320}>
            <Table striped stickyHeader verticalSpacing={4} data-testid="labels-products">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('shelfLabels.product')}</Table.Th>
                  <Table.Th>{t('shelfLabels.sku')}</Table.Th>
                  <Table.Th>{t('shelfLabels.price')}</Table.Th>
                  <Table.Th>{t('shelfLabels.barcode')}</Table.Th>
                  <Table.Th w={110}>{t('shelfLabels.copies')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <ProductRow key={r.productId} row={r} copies={copiesOf(r.productId)} onCopies={(n) => setCopies((c) => ({ ...c, [r.productId]: n }))} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {unusable > 0 && <Alert color="yellow">{t('shelfLabels.unusable', { count: unusable })}</Alert>}
        {missingBarcodes > 0 && (
          <Alert color={kind === 'barcode' ? 'red' : 'yellow'}>{t('shelfLabels.missingBarcodes', { count: missingBarcodes })}</Alert>
        )}
        <Group align="flex-end" grow>
          <Select
            label={t('shelfLabels.sheet')}
            value={sheet}
            allowDeselect={false}
            onChange={(v) => setSheet(LABEL_SHEET_IDS.find((id) => id === v) ?? 'a4-3x8')}
            data={LABEL_SHEET_IDS.map((id) => ({ value: id, label: t(`shelfLabels.sheets.${id}`) }))}
          />
          <NumberInput
            label={t('shelfLabels.skip')}
            description={t('shelfLabels.skipHint')}
            min={0}
            max={maxSkip}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            value={Math.min(skip, maxSkip)}
            onChange={(v) => setSkip(typeof v === 'number' ? v : 0)}
          />
        </Group>
        {outcome?.kind === 'error' && (
          <Alert color="red" title={t('shelfLabels.failed')} role="alert">
            {outcome.message}
          </Alert>
        )}
        {outcome?.kind === 'saved' && <Alert color="green" role="status">{t('shelfLabels.saved', { count: outcome.labels, pages: outcome.pages })}</Alert>}
        {outcome?.kind === 'printed' && <Alert color="green" role="status">{t('shelfLabels.printed', { count: outcome.labels })}</Alert>}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('shelfLabels.total', { count: total })}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('shelfLabels.done')}
            </Button>
            <Button leftSection={<IconPrinter size={18} />} variant="light" onClick={printLabels} loading={print.isPending} disabled={blocked}>
              {t('shelfLabels.print')}
            </Button>
            <Button leftSection={<IconFileTypePdf size={18} />} onClick={savePdf} loading={pdf.isPending} disabled={blocked}>
              {t('shelfLabels.savePdf')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

function ProductRow({ row, copies, onCopies }: { row: LabelProductView; copies: number; onCopies: (n: number) => void }) {
  const { t } = useTranslation();
  if (row.problem !== null) {
    return (
      <Table.Tr>
        <Table.Td colSpan={4}>{row.name || row.productId}</Table.Td>
        <Table.Td>
          <Badge color="red" variant="light">
            {row.problem === 'not_found' ? t('shelfLabels.notFound') : t('shelfLabels.inactive')}
          </Badge>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr>
      <Table.Td>{row.name}</Table.Td>
      <Table.Td>{row.sku}</Table.Td>
      <Table.Td>{row.unitPrice ?? row.price}</Table.Td>
      <Table.Td>
        {row.barcode ?? (
          <Badge color="yellow" variant="light">
            {t('shelfLabels.noBarcode')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          min={1}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          aria-label={t('shelfLabels.copiesOf', { name: row.name })}
          value={copies}
          onChange={(v) => onCopies(typeof v === 'number' && v >= 1 ? v : 1)}
        />
      </Table.Td>
    </Table.Tr>
  );
}
