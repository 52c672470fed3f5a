import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlockSetup } from '../api/hooks/use-app';
import { errorMessage } from '../i18n/error-message';
import { takeSetupCodeFromUrl } from './setup-code-url';

/**
 * A browser on a fresh store first proves it was opened by whoever started Tillbox: the
 * link the web host prints carries the code, and a pasted code works as well.
 */
export function SetupCodeForm() {
  const { t } = useTranslation();
  const unlock = useUnlockSetup();
  const [code, setCode] = useState('');
  const tried = useRef(false);

  useEffect(() => {
    if (tried.current) return;
    tried.current = true;
    const fromUrl = takeSetupCodeFromUrl();
    if (fromUrl !== null) unlock.mutate(fromUrl);
  }, [unlock]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim() !== '') unlock.mutate(code.trim());
  };

  return (
    <Card withBorder shadow="sm" padding="lg" radius="lg" maw={560}>
      <form onSubmit={submit}>
        <Stack>
          <Title order={2} size="h3">
            <IconKey size={22} /> {t('setup.codeTitle')}
          </Title>
          <Text>{t('setup.codeText')}</Text>
          <TextInput
            size="lg"
            label={t('setup.codeLabel')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
          />
          {unlock.isError && (
            <Alert role="alert" color="red">
              {errorMessage(t, unlock.error)}
            </Alert>
          )}
          <Button type="submit" size="xl" loading={unlock.isPending}>
            {t('setup.codeButton')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
