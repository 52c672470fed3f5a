import { ActionIcon, Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReturnableLineView } from '../../../shared/domain/returns';
import { QTY_ONE, type Qty } from '../../../shared/domain/units';
import { useStoreFormat } from '../format/use-store-format';
import classes from './returns.module.css';

export interface Pick {
  /** Thousandths to return; 0 leaves the line out. */
  qty: Qty;
  disposition: 'sellable' | 'damaged';
}

/**
 * One sold line: what was sold and what is left, how many to take back (never more than
 * is left), and whether it goes back on the shelf or is written off.
 */
export function ReturnLineRow({ line, pick, onChange }: { line: ReturnableLineView; pick: Pick; onChange: (p: Pick) => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const each = line.unit === 'each';
  const step = each ? QTY_ONE : line.leftQty;
  const clamp = (q: number): Qty => Math.max(0, Math.min(line.leftQty, q));
  const none = line.leftQty <= 0;
  return (
    <div className={classes.row} data-testid="return-line" data-sku={line.sku} data-left={line.leftQty}>
      <div className={classes.name}>
        <Text fw={600}>{line.name}</Text>
        <Text size="sm" c="dimmed">
          {t('returns.soldLeft', {
            sold: fmt.qty(line.soldQty, line.unit),
            price: fmt.money(line.soldAmount),
            left: fmt.qty(line.leftQty, line.unit),
          })}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          size={48}
          variant="default"
          aria-label={t('returns.less', { name: line.name })}
          disabled={pick.qty <= 0}
          onClick={() => onChange({ ...pick, qty: clamp(pick.qty - step) })}
        >
          <IconMinus />
        </ActionIcon>
        <TextInput
          w={84}
          size="md"
          aria-label={t('returns.qtyOf', { name: line.name })}
          value={each ? String(pick.qty / QTY_ONE) : fmt.qty(pick.qty, line.unit)}
          readOnly={!each}
          disabled={none}
          onChange={(e) => {
            const n = Number.parseInt(e.currentTarget.value || '0', 10);
            if (Number.isInteger(n)) onChange({ ...pick, qty: clamp(n * QTY_ONE) });
          }}
          inputMode="numeric"
          data-testid="return-qty"
        />
        <ActionIcon
          size={48}
          variant="default"
          aria-label={t('returns.more', { name: line.name })}
          disabled={pick.qty >= line.leftQty}
          onClick={() => onChange({ ...pick, qty: clamp(pick.qty + step) })}
          data-testid="return-more"
        >
          <IconPlus />
        </ActionIcon>
      </Group>
      <SegmentedControl
        size="md"
        aria-label={t('returns.dispositionOf', { name: line.name })}
        value={pick.disposition}
        onChange={(v) => onChange({ ...pick, disposition: v === 'damaged' ? 'damaged' : 'sellable' })}
        data={[
          { value: 'sellable', label: t('returns.sellable') },
          { value: 'damaged', label: t('returns.damaged') },
        ]}
        disabled={none}
      />
    </div>
  );
}
