import { Button, Group, SegmentedControl } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../backoffice.module.css';
import { AdjustDialog } from './AdjustDialog';
import { ExpiryView } from './ExpiryView';
import { HistoryView } from './HistoryView';
import { LocationsView } from './LocationsView';
import type { PickedProduct } from './ProductPicker';
import { ReasonsView } from './ReasonsView';
import { TransfersView } from './TransfersView';
import { ValuationView } from './ValuationView';

const VIEWS = ['history', 'locations', 'transfers', 'valuation', 'expiry', 'reasons'] as const;
type View = (typeof VIEWS)[number];

/** Stock: movements per product, locations, transfers, valuation, expiry and the reasons; adjust from any view. */
export function StockPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('history');
  const [adjusting, setAdjusting] = useState(false);
  // The product the movements show stays picked while the manager adjusts it.
  const [product, setProduct] = useState<PickedProduct | null>(null);
  return (
    <div className={classes.page}>
      <Group justify="space-between">
        <SegmentedControl
          size="sm"
          aria-label={t('stock.views.label')}
          value={view}
          onChange={(v) => setView(v as View)}
          data={VIEWS.map((v) => ({ value: v, label: t(`stock.views.${v}`) }))}
          data-testid="stock-views"
        />
        <Button
          size="sm"
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          onClick={() => setAdjusting(true)}
          data-testid="stock-adjust"
        >
          {t('stock.adjust')}
        </Button>
      </Group>
      {view === 'history' && <HistoryView product={product} onProduct={setProduct} />}
      {view === 'locations' && <LocationsView />}
      {view === 'transfers' && <TransfersView />}
      {view === 'valuation' && <ValuationView />}
      {view === 'expiry' && <ExpiryView />}
      {view === 'reasons' && <ReasonsView />}
      {adjusting && <AdjustDialog {...(product ? { preset: undefined } : {})} onClose={() => setAdjusting(false)} />}
    </div>
  );
}
