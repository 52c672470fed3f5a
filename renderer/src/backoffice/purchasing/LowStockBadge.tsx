import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLowStockCount } from '../../api/hooks/use-purchasing';

/**
 * How many products are at or below their reorder point at the home location, on the
 * Purchasing tab. Read when the tab strip mounts and every minute; hidden at 0, and for
 * anyone the core refuses it to.
 */
export function LowStockBadge() {
  const { t } = useTranslation();
  const count = useLowStockCount().data?.count ?? 0;
  if (count === 0) return null;
  return (
    <Badge
      size="sm"
      color="red"
      variant="filled"
      aria-label={t('purchasing.badge', { count })}
      data-testid="low-stock-badge"
    >
      {count}
    </Badge>
  );
}
