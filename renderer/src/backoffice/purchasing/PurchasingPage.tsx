import { SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../backoffice.module.css';
import { LowStockPanel } from './LowStockPanel';
import { OrderDrawer } from './OrderDrawer';
import { OrdersPanel } from './OrdersPanel';

/** Purchasing: what is low (and what to order of it), and the purchase orders. */
export function PurchasingPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<'low' | 'orders'>('low');
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  return (
    <div className={classes.page}>
      <SegmentedControl
        size="sm"
        w="fit-content"
        value={view}
        onChange={(v) => setView(v === 'orders' ? 'orders' : 'low')}
        data={[
          { value: 'low', label: t('purchasing.views.low') },
          { value: 'orders', label: t('purchasing.views.orders') },
        ]}
        data-testid="purchasing-view"
      />
      {view === 'low' ? (
        <LowStockPanel onOrdersMade={() => setView('orders')} />
      ) : (
        <OrdersPanel onOpen={(id) => setOpen({ id })} onNew={() => setOpen({ id: null })} />
      )}
      {open !== null && <OrderDrawer id={open.id} onOpen={(id) => setOpen({ id })} onClose={() => setOpen(null)} />}
    </div>
  );
}
