import { Button, Group, Tabs, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconCategory,
  IconDownload,
  IconFileImport,
  IconLogout,
  IconPackage,
  IconBuildingWarehouse,
  IconClipboardList,
  IconTruck,
  IconTruckDelivery,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/contract';
import type { SessionInfo } from '../../../shared/domain/staff';
import { useLogout } from '../api/hooks/use-app';
import { clearNotices } from '../notices/notice-store';
import { CategoriesPage } from './categories/CategoriesPage';
import { ExportPanel } from './import/ExportPanel';
import { ImportWizard } from './import/ImportWizard';
import { ProductsPage } from './products/ProductsPage';
import { SuppliersPage } from './suppliers/SuppliersPage';
import { LowStockBadge } from './purchasing/LowStockBadge';
import { PurchasingPage } from './purchasing/PurchasingPage';
import { StockPage } from './stock/StockPage';
import { StockTakesPage } from './stocktake/StockTakesPage';
import classes from './backoffice.module.css';

interface BackOfficeProps {
  status: AppStatus;
  session: SessionInfo;
  onTill: () => void;
}

const AREAS = ['products', 'categories', 'suppliers', 'stock', 'purchasing', 'stocktakes', 'import', 'export'] as const;
type Area = (typeof AREAS)[number];

/** The back office: dense, mouse-first screens for the catalog, in place of the till. */
export function BackOffice({ status, session, onTill }: BackOfficeProps) {
  const { t } = useTranslation();
  const logout = useLogout();
  const [area, setArea] = useState<Area>('products');
  // "Product saved" and the like are the manager's: the till (or the next cashier) starts clean.
  useEffect(() => clearNotices, []);
  return (
    <div className={classes.screen}>
      <Group component="header" justify="space-between" wrap="nowrap" px="md" py={6} bg="indigo.8" c="white" gap="sm">
        <Group gap="lg" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={800} size="lg" truncate="end">
            {status.store?.name}
          </Text>
          <Text fw={600}>{t('backoffice.title')}</Text>
          <Text data-testid="cashier-name">
            {t('header.staff', { role: t(`roles.${session.staff.role}`), name: session.staff.name })}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Button
            size="sm"
            variant="white"
            color="indigo"
            leftSection={<IconArrowLeft size={18} />}
            onClick={onTill}
            data-testid="back-to-till"
          >
            {t('backoffice.backToTill')}
          </Button>
          <Button
            size="sm"
            variant="white"
            color="indigo"
            leftSection={<IconLogout size={18} />}
            onClick={() => logout.mutate()}
            loading={logout.isPending}
          >
            {t('backoffice.logout')}
          </Button>
        </Group>
      </Group>
      <Tabs
        value={area}
        onChange={(v) => setArea(AREAS.find((a) => a === v) ?? 'products')}
        className={classes.tabs}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('backoffice.tabs')} px="md">
          <Tabs.Tab value="products" leftSection={<IconPackage size={16} />}>
            {t('backoffice.areas.products')}
          </Tabs.Tab>
          <Tabs.Tab value="categories" leftSection={<IconCategory size={16} />}>
            {t('backoffice.areas.categories')}
          </Tabs.Tab>
          <Tabs.Tab value="suppliers" leftSection={<IconTruck size={16} />}>
            {t('backoffice.areas.suppliers')}
          </Tabs.Tab>
          <Tabs.Tab value="stock" leftSection={<IconBuildingWarehouse size={16} />}>
            {t('stock.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="purchasing" leftSection={<IconTruckDelivery size={16} />} rightSection={<LowStockBadge />}>
            {t('purchasing.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="stocktakes" leftSection={<IconClipboardList size={16} />}>
            {t('stocktake.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconFileImport size={16} />}>
            {t('catalogImport.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="export" leftSection={<IconDownload size={16} />}>
            {t('catalogExport.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="products" className={classes.panel}>
          <ProductsPage />
        </Tabs.Panel>
        <Tabs.Panel value="categories" className={classes.panel}>
          <CategoriesPage />
        </Tabs.Panel>
        <Tabs.Panel value="suppliers" className={classes.panel}>
          <SuppliersPage />
        </Tabs.Panel>
        <Tabs.Panel value="stock" className={classes.panel}>
          {area === 'stock' && <StockPage />}
        </Tabs.Panel>
        <Tabs.Panel value="purchasing" className={classes.panel}>
          {area === 'purchasing' && <PurchasingPage />}
        </Tabs.Panel>
        <Tabs.Panel value="stocktakes" className={classes.panel}>
          {area === 'stocktakes' && <StockTakesPage />}
        </Tabs.Panel>
        <Tabs.Panel value="import" className={classes.panel}>
          <ImportWizard onClose={() => setArea('products')} />
        </Tabs.Panel>
        <Tabs.Panel value="export" className={classes.panel}>
          <ExportPanel />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
