import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeDue } from '../../../shared/money';
import type { Minor } from '../../../shared/domain/units';
import { useStoreFormat } from '../format/use-store-format';

interface ChangeLineProps {
  total: Minor;
  tendered: Minor | null;
  invalid: boolean;
}

/** Live change (or what is still missing) as the cashier keys the cash given. */
export function ChangeLine({ total, tendered, invalid }: ChangeLineProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  if (invalid) {
    return (
      <Text fz={22} fw={700} c="red">
        {t('pay.invalidAmount')}
      </Text>
    );
  }
  const given = tendered ?? 0;
  if (given < total) {
    return (
      <Text fz={22} fw={700} c="orange.8" data-testid="pay-remaining">
        {t('pay.notEnough', { amount: fmt.money(total - given) })}
      </Text>
    );
  }
  return (
    <Text fz={30} fw={800} c="green.8" data-testid="pay-change">
      {t('pay.changeAmount', { amount: fmt.money(changeDue(total, given)) })}
    </Text>
  );
}
