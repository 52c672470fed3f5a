import { Alert, Button, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreSettings } from '../../../shared/domain/store';
import { isApiError } from '../api/client';
import { useUpdateStore } from '../api/hooks/use-returns';
import { errorMessage } from '../i18n/error-message';

/** What every receipt prints about the store; sales from now on carry it. */
export function StoreSettingsForm({ store }: { store: StoreSettings }) {
  const { t } = useTranslation();
  const update = useUpdateStore();
  const [form, setForm] = useState({
    name: store.name,
    address: store.address,
    taxNumber: store.taxNumber ?? '',
    phone: store.phone ?? '',
    receiptHeader: store.receiptHeader ?? '',
    receiptFooter: store.receiptFooter ?? '',
    expiryWarningDays: String(store.expiryWarningDays ?? 7),
  });
  const issues = isApiError(update.error, 'invalid_input') ? update.error.issues : [];
  const issueFor = (path: string) => issues.find((i) => i.path === path)?.message;
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [key]: value }));
    },
    error: issueFor(key),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { expiryWarningDays, ...texts } = form;
    // A day count the core checks (a whole number, 0 to 365); anything else comes back as the field's issue.
    update.mutate({ ...texts, expiryWarningDays: expiryWarningDays.trim() === '' ? 7 : Number(expiryWarningDays) });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('store.name')} maxLength={80} {...field('name')} />
          <TextInput label={t('store.phone')} maxLength={40} inputMode="tel" {...field('phone')} />
          <Textarea label={t('store.address')} autosize minRows={2} maxRows={4} {...field('address')} />
          <TextInput label={t('store.taxNumber')} maxLength={40} {...field('taxNumber')} />
          <Textarea label={t('store.header')} description={t('store.textHint')} autosize minRows={2} maxRows={4} {...field('receiptHeader')} />
          <Textarea label={t('store.footer')} description={t('store.textHint')} autosize minRows={2} maxRows={4} {...field('receiptFooter')} />
          <TextInput
            label={t('stock.expiryWarningDays')}
            description={t('stock.expiryWarningHint')}
            inputMode="numeric"
            maxLength={3}
            data-testid="store-expiry-days"
            {...field('expiryWarningDays')}
          />
        </SimpleGrid>
        {update.isError && !isApiError(update.error, 'invalid_input') && (
          <Alert color="red" role="alert">
            {errorMessage(t, update.error)}
          </Alert>
        )}
        {update.isSuccess && (
          <Alert color="green" role="status">
            {t('store.saved')}
          </Alert>
        )}
        <Button type="submit" h={48} w="fit-content" loading={update.isPending}>
          {t('store.save')}
        </Button>
      </Stack>
    </form>
  );
}
