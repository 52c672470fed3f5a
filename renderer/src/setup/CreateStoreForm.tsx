import { Alert, Button, Group, List, PasswordInput, Select, SimpleGrid, Switch, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useCreateStore } from '../api/hooks/use-app';
import { errorMessage } from '../i18n/error-message';
import { ISO_4217_CODES } from '../../../shared/iso-4217';
import { percentToBps } from './percent-to-bps';

interface StoreForm {
  name: string;
  address: string;
  currency: string;
  locale: string;
  taxInclusive: boolean;
  taxName: string;
  taxPercent: string;
  ownerName: string;
  tillCode: string;
  pin: string;
  pinConfirm: string;
  taxNumber: string;
  phone: string;
  receiptHeader: string;
  receiptFooter: string;
}

type TextKey = { [K in keyof StoreForm]: StoreForm[K] extends string ? K : never }[keyof StoreForm];

/** Form fields keyed by the server's issue paths, so its errors land under the right field. */
type FieldKey =
  | 'store.name'
  | 'store.address'
  | 'store.currency'
  | 'store.locale'
  | 'taxRate.name'
  | 'taxRate.rateBps'
  | 'owner.name'
  | 'till.code'
  | 'owner.pin'
  | 'pinConfirm'
  | 'store.taxNumber'
  | 'store.phone'
  | 'store.receiptHeader'
  | 'store.receiptFooter';
type FieldErrors = Partial<Record<FieldKey, string>>;

const FIELD_KEYS: readonly string[] = [
  'store.name',
  'store.address',
  'store.currency',
  'store.locale',
  'taxRate.name',
  'taxRate.rateBps',
  'owner.name',
  'till.code',
  'owner.pin',
  'pinConfirm',
  'store.taxNumber',
  'store.phone',
  'store.receiptHeader',
  'store.receiptFooter',
];

function isFieldKey(path: string): path is FieldKey {
  return FIELD_KEYS.includes(path);
}

function useCurrencyOptions(locale: string) {
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'currency' });
    } catch {
      // A half-typed locale: show bare codes until it is valid.
    }
    // ISO 4217's list, not the browser's: setup refuses a code the table does not have.
    return ISO_4217_CODES.map((code) => ({
      value: code,
      label: names === null ? code : `${code} – ${names.of(code) ?? code}`,
    }));
  }, [locale]);
}

export function CreateStoreForm() {
  const { t } = useTranslation();
  const create = useCreateStore();
  const [form, setForm] = useState<StoreForm>({
    name: '',
    address: '',
    currency: 'EUR',
    locale: navigator.language || 'en-GB',
    taxInclusive: true,
    taxName: t('setup.taxNamePlaceholder'),
    taxPercent: '',
    ownerName: '',
    tillCode: 'T01',
    pin: '',
    pinConfirm: '',
    taxNumber: '',
    phone: '',
    receiptHeader: '',
    receiptFooter: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const currencies = useCurrencyOptions(form.locale);

  const set =
    <K extends keyof StoreForm>(key: K) =>
    (value: StoreForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const serverIssues = isApiError(create.error, 'invalid_input') ? create.error.issues : [];
  const unplacedIssues = serverIssues.filter((i) => !isFieldKey(i.path));
  const shown: FieldErrors = { ...errors };
  for (const issue of serverIssues) if (isFieldKey(issue.path)) shown[issue.path] ??= issue.message;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    const required: [FieldKey, string][] = [
      ['store.name', form.name],
      ['store.locale', form.locale],
      ['taxRate.name', form.taxName],
      ['owner.name', form.ownerName],
    ];
    for (const [key, value] of required) if (value.trim() === '') found[key] = t('setup.required');
    const rateBps = percentToBps(form.taxPercent);
    if (rateBps === null) found['taxRate.rateBps'] = t('setup.badPercent');
    if (!/^[A-Z0-9]{1,8}$/.test(form.tillCode.trim())) found['till.code'] = t('setup.tillCodeFormat');
    if (!/^\d{4,8}$/.test(form.pin)) found['owner.pin'] = t('setup.pinFormat');
    else if (form.pin !== form.pinConfirm) found.pinConfirm = t('setup.pinMismatch');
    setErrors(found);
    if (Object.keys(found).length > 0 || rateBps === null) return;
    create.mutate({
      store: {
        name: form.name,
        address: form.address,
        currency: form.currency,
        locale: form.locale.trim(),
        taxInclusive: form.taxInclusive,
        taxNumber: form.taxNumber,
        phone: form.phone,
        receiptHeader: form.receiptHeader,
        receiptFooter: form.receiptFooter,
      },
      taxRate: { name: form.taxName, rateBps },
      owner: { name: form.ownerName, pin: form.pin },
      till: { code: form.tillCode.trim(), name: 'Till 1' },
    });
  };

  const text = (key: TextKey, field: FieldKey, label: string, extra: object = {}) => (
    <TextInput
      label={label}
      value={form[key]}
      onChange={(e) => set(key)(e.currentTarget.value)}
      error={shown[field]}
      {...extra}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
        {text('name', 'store.name', t('setup.storeName'), { required: true })}
        {text('address', 'store.address', t('setup.address'))}
        <Select
          label={t('setup.currency')}
          data={currencies}
          value={form.currency}
          onChange={(v) => v !== null && set('currency')(v)}
          searchable
          allowDeselect={false}
          error={shown['store.currency']}
        />
        {text('locale', 'store.locale', t('setup.locale'), { required: true })}
        {text('taxName', 'taxRate.name', t('setup.taxName'), { required: true })}
        {text('taxPercent', 'taxRate.rateBps', t('setup.taxPercent'), { required: true, inputMode: 'decimal' })}
        <Switch
          label={t('setup.taxInclusive')}
          checked={form.taxInclusive}
          onChange={(e) => set('taxInclusive')(e.currentTarget.checked)}
          style={{ gridColumn: '1 / -1' }}
        />
        {text('taxNumber', 'store.taxNumber', t('store.taxNumber'), { maxLength: 40 })}
        {text('phone', 'store.phone', t('store.phone'), { maxLength: 40, inputMode: 'tel' })}
        <Textarea
          label={t('store.header')}
          description={t('store.textHint')}
          value={form.receiptHeader}
          onChange={(e) => set('receiptHeader')(e.currentTarget.value)}
          error={shown['store.receiptHeader']}
          autosize
          minRows={2}
          maxRows={4}
        />
        <Textarea
          label={t('store.footer')}
          description={t('store.textHint')}
          value={form.receiptFooter}
          onChange={(e) => set('receiptFooter')(e.currentTarget.value)}
          error={shown['store.receiptFooter']}
          autosize
          minRows={2}
          maxRows={4}
        />
        {text('ownerName', 'owner.name', t('setup.ownerName'), { required: true })}
        <TextInput
          label={t('setup.tillCode')}
          description={t('setup.tillCodeHint')}
          value={form.tillCode}
          onChange={(e) => set('tillCode')(e.currentTarget.value.toUpperCase())}
          error={shown['till.code']}
          maxLength={8}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <PasswordInput
          label={t('setup.ownerPin')}
          value={form.pin}
          onChange={(e) => set('pin')(e.currentTarget.value)}
          inputMode="numeric"
          error={shown['owner.pin']}
          required
        />
        <PasswordInput
          label={t('setup.ownerPinConfirm')}
          value={form.pinConfirm}
          onChange={(e) => set('pinConfirm')(e.currentTarget.value)}
          inputMode="numeric"
          error={shown.pinConfirm}
          required
        />
      </SimpleGrid>
      {create.isError && (
        <Alert role="alert" color="red" mt="md" title={t('setup.issuesTitle')}>
          {errorMessage(t, create.error)}
          {unplacedIssues.length > 0 && (
            <List mt="xs">
              {unplacedIssues.map((i) => (
                <List.Item key={`${i.path}:${i.message}`}>{i.path === '' ? i.message : `${i.path}: ${i.message}`}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <Group justify="flex-end" mt="lg">
        <Button type="submit" size="xl" loading={create.isPending}>
          {t('setup.createButton')}
        </Button>
      </Group>
    </form>
  );
}
