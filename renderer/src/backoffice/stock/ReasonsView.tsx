import { ActionIcon, Alert, Button, Group, Select, Stack, Switch, Table, TextInput } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockDirection, StockReasonView } from '../../../../shared/domain/stock';
import { useArchiveReason, useSaveReason, useStockReasons } from '../../api/hooks/use-stock';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';

const DIRECTIONS: StockDirection[] = ['out', 'in', 'either'];

/** The store's adjustment reasons, edited in place: name, direction, place in the list. */
export function ReasonsView() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const reasons = useStockReasons(showArchived);
  const save = useSaveReason();
  const archive = useArchiveReason();
  const error = save.error ?? archive.error;
  return (
    <Stack gap="sm" flex={1} mih={0}>
      <Group justify="space-between">
        <Switch
          size="sm"
          label={t('stock.locations.showArchived')}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
        <Button
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={() =>
            save.mutate({ name: `${t('stock.reasons.newName')} ${(reasons.data?.length ?? 0) + 1}`, direction: 'out' })
          }
          data-testid="stock-add-reason"
        >
          {t('stock.reasons.add')}
        </Button>
      </Group>
      {error !== null && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, error)}
        </Alert>
      )}
      <Table fz="sm" verticalSpacing={4} className={classes.table} data-testid="stock-reasons">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('stock.reasons.position')}</Table.Th>
            <Table.Th>{t('stock.reasons.name')}</Table.Th>
            <Table.Th>{t('stock.reasons.direction')}</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(reasons.data ?? []).map((r, i) => (
            <ReasonRow
              key={`${r.code}:${r.name}:${r.direction}:${i}`}
              reason={r}
              place={i + 1}
              onSave={(v) => save.mutate(v)}
              onArchive={() => archive.mutate({ code: r.code, archived: !r.archived })}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ReasonRow(props: {
  reason: StockReasonView;
  place: number;
  onSave: (v: { code: string; name: string; direction: StockDirection; position: number }) => void;
  onArchive: () => void;
}) {
  const { t } = useTranslation();
  const r = props.reason;
  const [name, setName] = useState(r.name);
  const [direction, setDirection] = useState<StockDirection>(r.direction);
  const [place, setPlace] = useState(String(props.place));
  const position = Number(place);
  return (
    <Table.Tr data-testid="stock-reason-row">
      <Table.Td>
        <TextInput
          size="xs"
          w={60}
          aria-label={t('stock.reasons.position')}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={t('stock.reasons.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          disabled={r.archived}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={160}
          aria-label={t('stock.reasons.direction')}
          data={DIRECTIONS.map((d) => ({ value: d, label: t(`stock.reasons.directions.${d}`) }))}
          value={direction}
          onChange={(v) => v !== null && setDirection(v as StockDirection)}
          allowDeselect={false}
        />
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={t('stock.reasons.save', { name: r.name })}
            title={t('stock.reasons.save', { name: r.name })}
            onClick={() =>
              props.onSave({
                code: r.code,
                name,
                direction,
                position: Number.isInteger(position) && position > 0 ? position : props.place,
              })
            }
          >
            <IconDeviceFloppy size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color={r.archived ? undefined : 'red'}
            aria-label={t(r.archived ? 'stock.reasons.restore' : 'stock.reasons.archive', { name: r.name })}
            title={t(r.archived ? 'stock.reasons.restore' : 'stock.reasons.archive', { name: r.name })}
            onClick={props.onArchive}
          >
            {r.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
