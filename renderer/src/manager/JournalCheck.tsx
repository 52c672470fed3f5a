import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVerifyJournal } from '../api/hooks/use-admin';
import { errorMessage } from '../i18n/error-message';

const HASH = /^[0-9a-f]{64}$/;

/** Runs journal.verify; optionally against a head printed earlier, e.g. on a Z report. */
export function JournalCheck() {
  const { t } = useTranslation();
  const verify = useVerifyJournal();
  const [seq, setSeq] = useState('');
  const [hash, setHash] = useState('');
  const result = verify.data;
  const seqNo = Number(seq);
  const expectedHead =
    seq !== '' && Number.isInteger(seqNo) && seqNo >= 1 && HASH.test(hash.trim().toLowerCase())
      ? { seq: seqNo, hash: hash.trim().toLowerCase() }
      : undefined;
  const partial = (seq !== '' || hash !== '') && expectedHead === undefined;

  return (
    <Stack gap="sm">
      <Text>{t('manager.journalText')}</Text>
      <Text size="sm" fw={600}>
        {t('manager.expectedTitle')}
      </Text>
      <Group grow align="flex-start">
        <TextInput
          label={t('manager.expectedSeq')}
          inputMode="numeric"
          value={seq}
          onChange={(e) => setSeq(e.currentTarget.value.replace(/\D/g, ''))}
          maw={140}
        />
        <TextInput
          label={t('manager.expectedHash')}
          value={hash}
          onChange={(e) => setHash(e.currentTarget.value)}
          ff="monospace"
          spellCheck={false}
        />
      </Group>
      <Button
        leftSection={<IconShieldCheck />}
        onClick={() => verify.mutate(expectedHead ? { expectedHead } : {})}
        loading={verify.isPending}
        disabled={partial}
        w="fit-content"
        h={48}
      >
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
              ? t('manager.intact', {
                  count: result.entries,
                  docs: result.documentsChecked,
                  seconds: (result.ms / 1000).toFixed(1),
                })
              : t('manager.broken', { count: result.entries })}
          </Text>
          {result.problems.length > 0 && (
            <List size="sm" data-testid="journal-problems">
              {result.problems.map((p, i) => (
                <List.Item key={i}>{t(`manager.problems.${p.code}`, { seq: p.seq ?? '-', detail: p.detail })}</List.Item>
              ))}
            </List>
          )}
          {result.expectedHead !== null && (
            <Text fw={600} data-testid="journal-expected">
              {t(`manager.expected.${result.expectedHead}`)}
            </Text>
          )}
          {result.head !== null && (
            <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {t('manager.head', { seq: result.head.seq, hash: result.head.hash })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
