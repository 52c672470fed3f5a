import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TillInfo } from '../../../shared/domain/store';
import { isApiError } from '../api/client';
import { useUpdateTill } from '../api/hooks/use-admin';
import { errorMessage } from '../i18n/error-message';

/** The till's code (fixed once it has sold) and its name. */
export function TillIdentityForm({ till }: { till: TillInfo }) {
  const { t } = useTranslation();
  const update = useUpdateTill();
  const [code, setCode] = useState(till.code);
  const [name, setName] = useState(till.name);
  const issues = isApiError(update.error, 'invalid_input') ? update.error.issues : [];
  const issueFor = (path: string) => issues.find((i) => i.path === path)?.message;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({
      ...(code.trim() !== till.code ? { code: code.trim().toUpperCase() } : {}),
      ...(name.trim() !== till.name ? { name: name.trim() } : {}),
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label={t('manager.tillCode')}
            description={t('manager.tillCodeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
            error={issueFor('code')}
            maxLength={8}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            label={t('manager.tillName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={issueFor('name')}
            maxLength={40}
          />
        </Group>
        {update.isError && !isApiError(update.error, 'invalid_input') && (
          <Alert color="red" role="alert">
            {errorMessage(t, update.error)}
          </Alert>
        )}
        {update.isSuccess && (
          <Alert color="green" role="status">
            {t('manager.tillSaved')}
          </Alert>
        )}
        <Button type="submit" h={48} w="fit-content" loading={update.isPending}>
          {t('manager.tillSave')}
        </Button>
      </Stack>
    </form>
  );
}
