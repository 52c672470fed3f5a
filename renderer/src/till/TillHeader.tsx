import { Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp, IconBuildingStore, IconHistory, IconLogout, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/contract';
import type { SessionInfo } from '../../../shared/domain/staff';
import { PrinterBadge } from './PrinterBadge';
import { CountStockButton } from './stocktake/CountStockButton';
import { UnprintedReceipts } from './UnprintedReceipts';

interface TillHeaderProps {
  status: AppStatus;
  session: SessionInfo;
  onManager: (() => void) | null;
  onBackOffice: (() => void) | null;
  /** Asks what to do with a sale on screen first (TillScreen). */
  onLogout: () => void;
  loggingOut: boolean;
  onReturn: (() => void) | null;
  onHistory: (() => void) | null;
  /** Opens the counting screen; null without stock.count. Shown only while a stock take counts. */
  onCountStock?: (() => void) | null;
}

export function TillHeader({ status, session, onManager, onBackOffice, onLogout, loggingOut, onReturn, onHistory, onCountStock = null }: TillHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group
      component="header"
      justify="space-between"
      wrap="nowrap"
      px="md"
      py={6}
      bg="indigo.8"
      c="white"
      gap="sm"
    >
      <Group gap="lg" wrap="nowrap" style={{ minWidth: 0 }}>
        <Text fw={800} size="xl" truncate="end">
          {status.store?.name}
        </Text>
        {status.till !== null && (
          <Text size="md" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {t('header.till', { code: status.till.code })}
          </Text>
        )}
        <Text size="md" style={{ whiteSpace: 'nowrap' }} data-testid="cashier-name">
          {t('header.staff', { role: t(`roles.${session.staff.role}`), name: session.staff.name })}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <UnprintedReceipts canReprint={session.permissions.includes('sale.reprint')} />
        <PrinterBadge />
        {onReturn !== null && (
          <Button
            variant="white"
            color="indigo"
            leftSection={<IconArrowBackUp />}
            onClick={onReturn}
            aria-keyshortcuts="Shift+F6"
            title={t('shortcuts.hint', { label: t('returns.button'), key: 'Shift+F6' })}
            data-testid="open-return"
          >
            {t('returns.button')}
          </Button>
        )}
        {onHistory !== null && (
          <Button
            variant="white"
            color="indigo"
            leftSection={<IconHistory />}
            onClick={onHistory}
            aria-keyshortcuts="Shift+F7"
            title={t('shortcuts.hint', { label: t('history.button'), key: 'Shift+F7' })}
            data-testid="open-history"
          >
            {t('history.button')}
          </Button>
        )}
        {onCountStock !== null && <CountStockButton onOpen={onCountStock} />}
        {onBackOffice !== null && (
          <Button variant="white" color="indigo" leftSection={<IconBuildingStore />} onClick={onBackOffice} data-testid="open-backoffice">
            {t('backoffice.open')}
          </Button>
        )}
        {onManager !== null && (
          <Button variant="white" color="indigo" leftSection={<IconSettings />} onClick={onManager}>
            {t('header.manager')}
          </Button>
        )}
        <Button
          variant="white"
          color="indigo"
          leftSection={<IconLogout />}
          onClick={onLogout}
          loading={loggingOut}
          data-testid="logout"
        >
          {t('header.logout')}
        </Button>
      </Group>
    </Group>
  );
}
