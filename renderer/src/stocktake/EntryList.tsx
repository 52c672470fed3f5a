import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CountEntryView } from '../../../shared/domain/stocktake';
import { useStoreFormat } from '../format/use-store-format';

/** The counter's own last entries, newest first; undone ones struck through. */
export function EntryList({ entries, large = false }: { entries: CountEntryView[]; large?: boolean }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  if (entries.length === 0) return <Text c="dimmed">{t('stocktake.noEntries')}</Text>;
  return (
    <Table fz={large ? 'md' : 'sm'} verticalSpacing={large ? 8 : 2} data-testid="stocktake-my-entries">
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.id} style={e.undone ? { textDecoration: 'line-through', color: 'var(--mantine-color-dimmed)' } : undefined}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text inherit>{e.name}</Text>
                {e.isUndo && (
                  <Badge size="xs" color="gray" variant="light">
                    {t('stocktake.undoEntry')}
                  </Badge>
                )}
                {e.undone && (
                  <Badge size="xs" color="gray" variant="light">
                    {t('stocktake.undone')}
                  </Badge>
                )}
                {e.outsideScope && !e.isUndo && (
                  <Badge size="xs" color="orange" variant="light">
                    {t('stocktake.outside')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{fmt.qty(e.qty, e.unit)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
