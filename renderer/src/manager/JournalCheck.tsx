import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useVerifyJournal } from '../api/hooks/use-admin';
import { errorMessage } from '../i18n/error-message';

export function JournalCheck() {
  const { t } = useTranslation();
  const verify = useVerifyJournal();
  const result = verify.data;
  return (
    <Stack gap="sm">
      <Text>{t('manager.journalText')}</Text>
      <Button leftSection={<IconShieldCheck />} onClick={() => verify.mutate()} loading={verify.isPending} w="fit-content">
        {t('manager.verify')}
      </Button>
      {verify.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, verify.error)}
        </Alert>
      )}
      {result !== undefined && (
        <Alert color={result.intact ? 'green' : 'red'} role="status" data-testid="journal-result">
          <Text fw={700}>
            {result.intact
              ? t('manager.intact', { count: result.entries })
              : t('manager.broken', { at: result.brokenAt ?? '?', count: result.entries })}
          </Text>
          {result.headHash !== null && (
            <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {t('manager.head', { hash: result.headHash })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
