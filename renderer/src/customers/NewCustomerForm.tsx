import { Alert, Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { IconArrowLeft, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useCreateCustomer } from '../api/hooks/use-customers';
import { errorMessage } from '../i18n/error-message';
import { useAttach } from './use-attach';

const EMPTY = { name: '', phone: '', email: '', address: '', taxId: '', notes: '', loyaltyCode: '' };
type Field = keyof typeof EMPTY;

/** A customer created at the counter and attached to the sale in one step. */
export function NewCustomerForm({ onBack, onAttached }: { onBack: () => void; onAttached: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const create = useCreateCustomer();
  const attach = useAttach(onAttached);
  const field = (name: Field) => ({
    value: form[name],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
    },
    error: isApiError(create.error) ? create.error.issues.find((i) => i.path === name)?.message : undefined,
    autoComplete: 'off',
  });
  const submit = () => {
    if (form.name.trim() === '' || create.isPending) return;
    const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
    create.mutate(
      {
        name: form.name,
        phone: optional(form.phone),
        email: optional(form.email),
        address: optional(form.address),
        taxId: optional(form.taxId),
        notes: optional(form.notes),
        loyaltyCode: optional(form.loyaltyCode),
      },
      { onSuccess: (customer) => attach.run(customer) },
    );
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('customers.name')} required size="md" data-autofocus data-testid="customer-name" {...field('name')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('customers.phone')} type="tel" size="md" data-testid="customer-phone" {...field('phone')} />
          <TextInput label={t('customers.email')} type="email" size="md" data-testid="customer-email" {...field('email')} />
          <TextInput label={t('customers.taxId')} size="md" {...field('taxId')} />
          <TextInput
            label={t('customers.loyaltyCode')}
            description={t('customers.loyaltyHint')}
            size="md"
            data-testid="customer-loyalty"
            {...field('loyaltyCode')}
          />
        </SimpleGrid>
        <Textarea label={t('customers.address')} autosize minRows={2} {...field('address')} />
        <Textarea label={t('customers.notes')} autosize minRows={2} {...field('notes')} />
        {create.isError && (
          <Alert role="alert" color="red" p="xs">
            {errorMessage(t, create.error)}
          </Alert>
        )}
        <Group grow>
          <Button h={52} variant="default" leftSection={<IconArrowLeft size={20} />} onClick={onBack}>
            {t('customers.back')}
          </Button>
          <Button
            type="submit"
            h={52}
            color="green"
            leftSection={<IconUserPlus size={20} />}
            disabled={form.name.trim() === ''}
            loading={create.isPending || attach.pending}
            data-testid="customer-save"
          >
            {t('customers.saveAttach')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
