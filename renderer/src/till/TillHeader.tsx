import { Button, Group, Text } from '@mantine/core';
import { IconLogout, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/contract';
import type { SessionInfo } from '../../../shared/domain/staff';
import { useLogout } from '../api/hooks/use-app';
import { PrinterBadge } from './PrinterBadge';
import { UnprintedReceipts } from './UnprintedReceipts';

interface TillHeaderProps {
  status: AppStatus;
  session: SessionInfo;
  onManager: (() => void) | null;
}

export function TillHeader({ status, session, onManager }: TillHeaderProps) {
  const { t } = useTranslation();
  const logout = useLogout();
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
      <Group gap="sm" wrap="nowrap">
        <UnprintedReceipts canReprint={session.permissions.includes('sale.reprint')} />
        <PrinterBadge />
        {onManager !== null && (
          <Button variant="white" color="indigo" leftSection={<IconSettings />} onClick={onManager}>
            {t('header.manager')}
          </Button>
        )}
        <Button
          variant="white"
          color="indigo"
          leftSection={<IconLogout />}
          onClick={() => logout.mutate()}
          loading={logout.isPending}
        >
          {t('header.logout')}
        </Button>
      </Group>
    </Group>
  );
}
