import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrderStatus } from '../../../../shared/domain/purchasing';

const COLORS: Record<PurchaseOrderStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  partial: 'orange',
  received: 'green',
  closed: 'dark',
  cancelled: 'red',
};

export function StatusBadge({ status }: { status: PurchaseOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={COLORS[status]} data-testid="po-status">
      {t(`purchasing.status.${status}`)}
    </Badge>
  );
}
