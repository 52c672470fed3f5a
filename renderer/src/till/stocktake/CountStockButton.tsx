import { Button } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useStockTakes } from '../../api/hooks/use-stocktake';

// The till looks now and then whether a stock take has started; a count lasts hours.
const TILL_POLL_MS = 15_000;

/** "Count stock" in the till's header, shown only while a stock take is counting. */
export function CountStockButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const open = useStockTakes(true, TILL_POLL_MS);
  if ((open.data ?? []).length === 0) return null;
  return (
    <Button variant="white" color="indigo" leftSection={<IconClipboardList />} onClick={onOpen} data-testid="open-count-stock">
      {t('stocktake.tillButton')}
    </Button>
  );
}
