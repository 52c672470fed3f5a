import { Alert, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlugConnected } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogin } from '../api/hooks/use-app';
import { errorMessage } from '../i18n/error-message';
import { PinDots } from './PinDots';
import { PinPad } from './PinPad';

const MIN_PIN = 4;
const MAX_PIN = 8;

interface LoginScreenProps {
  storeName: string;
  /** Why the cashier is here again (the connection dropped), until they start typing. */
  notice: string | null;
  onTyping: () => void;
}

export function LoginScreen({ storeName, notice, onTyping }: LoginScreenProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const [pin, setPin] = useState('');
  // Physical keys can outrun a re-render; Enter must submit every digit typed before it.
  const pinRef = useRef('');

  const update = useCallback(
    (next: string) => {
      pinRef.current = next;
      setPin(next);
      onTyping();
    },
    [onTyping],
  );
  const addDigit = useCallback(
    (d: string) => {
      if (pinRef.current.length < MAX_PIN) update(pinRef.current + d);
    },
    [update],
  );
  const backspace = useCallback(() => update(pinRef.current.slice(0, -1)), [update]);
  const clear = useCallback(() => update(''), [update]);
  const { mutate, isPending, reset } = login;
  const submit = useCallback(() => {
    const value = pinRef.current;
    if (value.length < MIN_PIN || isPending) return;
    // A wrong PIN must be typed again from scratch, so clear it now rather than on reply.
    update('');
    mutate(value);
  }, [isPending, mutate, update]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (/^[0-9]$/.test(e.key)) {
        reset();
        addDigit(e.key);
      } else if (e.key === 'Backspace') backspace();
      else if (e.key === 'Escape') clear();
      else if (e.key === 'Enter') submit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [addDigit, backspace, clear, submit, reset]);

  return (
    <Center h="100%" bg="gray.1">
      <Paper shadow="md" p="xl" radius="lg" withBorder>
        <Stack align="center" gap="md">
          <Title order={1} size={28}>
            {storeName}
          </Title>
          <Text size="xl" fw={600}>
            {t('login.prompt')}
          </Text>
          <PinDots length={pin.length} max={MAX_PIN} />
          <div style={{ minHeight: 56, width: 330 }}>
            {login.isError ? (
              <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle />} p="xs">
                <Text fw={600}>{errorMessage(t, login.error)}</Text>
              </Alert>
            ) : (
              notice !== null && (
                <Alert role="status" color="orange" variant="light" icon={<IconPlugConnected />} p="xs">
                  <Text fw={600}>{notice}</Text>
                </Alert>
              )
            )}
          </div>
          <PinPad
            onDigit={(d) => {
              reset();
              addDigit(d);
            }}
            onClear={() => {
              reset();
              clear();
            }}
            onBackspace={backspace}
            onEnter={submit}
            canEnter={pin.length >= MIN_PIN}
            busy={isPending}
          />
        </Stack>
      </Paper>
    </Center>
  );
}
