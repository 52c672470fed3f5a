import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import { MAX_LABEL_PRODUCTS } from '../../../../shared/contract/shelf-labels';
import { parseMoneyInput } from '../../../../shared/money';
import { useBulkEdit } from '../../api/hooks/use-bo-products';
import { useCategoryTree, useTaxRates } from '../../api/hooks/use-bo-catalog';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import { notify } from '../../notices/notice-store';
import { treeOptions } from '../categories/category-tree';
import { LabelsDialog } from '../labels/LabelsDialog';
import { MoneyInput } from '../MoneyInput';
import { signedPercentToBps } from './number-text';
import classes from '../backoffice.module.css';

type Action = 'setPrice' | 'changePrice' | 'setCategory' | 'setTax';
const ACTIONS: readonly Action[] = ['setPrice', 'changePrice', 'setCategory', 'setTax'];
// The Select's stand-in for "no category", which a Select value cannot be null for.
const NO_CATEGORY = '-';
// products.bulkEdit takes at most this many ids in one call (shared/contract/products.ts).
const MAX_BULK = 5000;

interface BulkBarProps {
  ids: readonly string[];
  onClear: () => void;
}

/** One change to every selected product, confirmed with the number of products it touches. */
export function BulkBar({ ids, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const bulk = useBulkEdit();
  const categories = useCategoryTree();
  const taxRates = useTaxRates();
  const [action, setAction] = useState<Action>('setPrice');
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [labelling, setLabelling] = useState(false);
  const count = ids.length;

  // The edit as the core takes it, and the sentence that confirms it; null while incomplete.
  const planned = ((): { input: InputOf<'products.bulkEdit'>; sentence: string } | null => {
    if (count > MAX_BULK) return null;
    const base = { ids: [...ids] };
    if (action === 'setPrice') {
      const value = text === '' ? null : parseMoneyInput(text, fmt.currencyExponent);
      if (value === null) return null;
      return {
        input: { ...base, price: { kind: 'set', value } },
        sentence: t('boBulk.confirmPrice', { count, price: fmt.money(value) }),
      };
    }
    if (action === 'changePrice') {
      const value = signedPercentToBps(text);
      if (value === null) return null;
      const percent = `${value > 0 ? '+' : ''}${text.replace(/^\+/, '')}`;
      return {
        input: { ...base, price: { kind: 'percent', value } },
        sentence: t('boBulk.confirmPercent', { count, percent }),
      };
    }
    if (action === 'setCategory') {
      if (choice === null) return null;
      const categoryId = choice === NO_CATEGORY ? null : choice;
      const name = categories.data?.find((c) => c.id === categoryId)?.name ?? t('backoffice.noCategory');
      return { input: { ...base, categoryId }, sentence: t('boBulk.confirmCategory', { count, category: name }) };
    }
    const rate = taxRates.data?.find((r) => r.id === choice);
    if (rate === undefined) return null;
    return {
      input: { ...base, taxRateId: rate.id },
      sentence: t('boBulk.confirmTax', { count, tax: `${rate.name} ${fmt.rate(rate.rateBps)}` }),
    };
  })();

  const apply = () => {
    if (planned === null) return;
    bulk.mutate(planned.input, {
      onSuccess: ({ updated }) => {
        notify('success', t('boBulk.done', { count: updated }));
        setConfirming(false);
        setText('');
        onClear();
      },
    });
  };

  return (
    <Group className={classes.bulkBar} gap="sm" align="flex-end" data-testid="bulk-bar">
      <Text fw={700} data-testid="bulk-count">
        {t('boBulk.selected', { count })}
      </Text>
      <Select
        size="sm"
        w={200}
        label={t('boBulk.action')}
        data={ACTIONS.map((a) => ({ value: a, label: t(`boBulk.${a}`) }))}
        value={action}
        onChange={(v) => {
          setAction(ACTIONS.find((a) => a === v) ?? 'setPrice');
          setText('');
          setChoice(null);
        }}
        allowDeselect={false}
        data-testid="bulk-action"
      />
      {action === 'setPrice' && (
        <MoneyInput label={t('boBulk.price')} value={text} onChange={setText} testId="bulk-value" />
      )}
      {action === 'changePrice' && (
        <TextInput
          size="sm"
          label={t('boBulk.percent')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={text !== '' && signedPercentToBps(text) === null ? t('boBulk.percentInvalid') : undefined}
          autoComplete="off"
          data-testid="bulk-value"
        />
      )}
      {action === 'setCategory' && (
        <Select
          size="sm"
          w={220}
          label={t('boBulk.category')}
          data={[{ value: NO_CATEGORY, label: t('backoffice.noCategory') }, ...treeOptions(categories.data ?? [])]}
          value={choice}
          onChange={setChoice}
          searchable
          data-testid="bulk-category"
        />
      )}
      {action === 'setTax' && (
        <Select
          size="sm"
          w={200}
          label={t('boBulk.tax')}
          data={(taxRates.data ?? []).map((r) => ({
            value: r.id,
            label: `${r.code} ${r.name} ${fmt.rate(r.rateBps)}`,
          }))}
          value={choice}
          onChange={setChoice}
          data-testid="bulk-tax"
        />
      )}
      {count > MAX_BULK && (
        <Text size="sm" c="red.9" role="alert">
          {t('boBulk.tooMany', { max: MAX_BULK })}
        </Text>
      )}
      <Button size="sm" disabled={planned === null} onClick={() => setConfirming(true)} data-testid="bulk-apply">
        {t('boBulk.apply')}
      </Button>
      <Button
        size="sm"
        variant="default"
        disabled={count > MAX_LABEL_PRODUCTS}
        title={count > MAX_LABEL_PRODUCTS ? t('boBulk.labelsTooMany', { max: MAX_LABEL_PRODUCTS }) : undefined}
        onClick={() => setLabelling(true)}
        data-testid="bulk-labels"
      >
        {t('boBulk.labels')}
      </Button>
      <Button size="sm" variant="default" onClick={onClear}>
        {t('boBulk.clear')}
      </Button>
      {labelling && <LabelsDialog productIds={[...ids]} onClose={() => setLabelling(false)} />}
      <Modal
        closeButtonProps={{ 'aria-label': t('app.close') }}
        opened={confirming && planned !== null}
        onClose={() => setConfirming(false)}
        title={t('boBulk.confirmTitle', { count })}
        centered
      >
        <Stack gap="sm">
          <Text data-testid="bulk-confirm-text">{planned?.sentence}</Text>
          {bulk.isError && (
            <Alert color="red" role="alert" p="xs">
              {errorMessage(t, bulk.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button size="sm" variant="default" onClick={() => setConfirming(false)}>
              {t('backoffice.cancel')}
            </Button>
            <Button size="sm" onClick={apply} loading={bulk.isPending} data-testid="bulk-confirm">
              {t('backoffice.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
