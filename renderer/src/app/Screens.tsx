import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStatus } from '../api/hooks/use-app';
import { useServerEvents } from '../api/hooks/use-server-events';
import { errorMessage } from '../i18n/error-message';
import { LoginScreen } from '../login/LoginScreen';
import { SetupScreen } from '../setup/SetupScreen';
import { SessionScreen } from './SessionScreen';

/** Which screen the till shows is decided by the server's status, never by local state. */
export function Screens() {
  const { t } = useTranslation();
  const status = useAppStatus();
  // Shown on the login screen, where the cashier lands, rather than as a floating notice.
  const [sessionLost, setSessionLost] = useState(false);
  const onSessionLost = useCallback(() => setSessionLost(true), []);
  useServerEvents(onSessionLost);

  if (status.isPending) {
    return (
      <Center h="100%">
        <Stack align="center">
          <Loader size="xl" />
          <Text size="lg">{t('app.loading')}</Text>
        </Stack>
      </Center>
    );
  }
  if (status.isError) {
    return (
      <Center h="100%">
        <Stack align="center">
          <Text size="lg" c="red">
            {errorMessage(t, status.error)}
          </Text>
          <Button onClick={() => void status.refetch()}>{t('app.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  const { data } = status;
  if (!data.setUp || data.store === null) return <SetupScreen allowed={data.setupAllowed} />;
  if (data.session === null) {
    return (
      <LoginScreen
        storeName={data.store.name}
        notice={sessionLost ? t('app.connectionLost') : null}
        onTyping={() => setSessionLost(false)}
      />
    );
  }
  return <SessionScreen status={data} session={data.session} />;
}
