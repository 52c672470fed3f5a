import { Alert } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../api/hooks/use-server-events';

/** Says plainly when the till cannot reach its core, instead of buttons that silently do nothing. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const [connected, setConnected] = useState(true);
  useConnectionState(setConnected);
  if (connected) return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="filled"
      icon={<IconPlugConnectedX />}
      style={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 1000, borderRadius: 0 }}
    >
      {t('app.offline')}
    </Alert>
  );
}
