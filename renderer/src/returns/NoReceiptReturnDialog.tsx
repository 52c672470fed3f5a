import { Alert, Button, Group, Modal, PasswordInput, SegmentedControl, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductView } from '../../../shared/domain/catalog';
import { QTY_ONE } from '../../../shared/domain/units';
import { parseMoneyInput } from '../../../shared/money';
import { isApiError } from '../api/client';
import { useProductSearch } from '../api/hooks/use-catalog';
import { useAddReturnNoReceipt, useReturnReasons } from '../api/hooks/use-returns';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import classes from './returns.module.css';

/**
 * A return without a receipt: the product, how many, what to refund each, why, and a
 * manager's PIN when the cashier may not do it alone (the core answers approval_required,
 * and this dialog asks for the PIN in place). The refund then goes to store credit, or to
 * cash up to the store's limit, which the payment screen enforces with the core.
 */
export function NoReceiptReturnDialog({ onClose, onAdded }: { onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [query, setQuery] = useState('');
  const [product, setProduct] = useState<ProductView | null>(null);
  const [count, setCount] = useState('1');
  const [price, setPrice] = useState('');
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [disposition, setDisposition] = useState<'sellable' | 'damaged'>('sellable');
  const [pin, setPin] = useState('');
  const search = useProductSearch(product === null ? query : '');
  const reasons = useReturnReasons();
  const add = useAddReturnNoReceipt();
  const needsPin = isApiError(add.error, 'approval_required') || isApiError(add.error, 'approval_denied') || isApiError(add.error, 'bad_pin');

  const n = Number.parseInt(count, 10);
  const unitPrice = parseMoneyInput(price, fmt.currencyExponent);
  const ready = product !== null && Number.isInteger(n) && n > 0 && unitPrice !== null && unitPrice > 0 && reasonId !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || product === null || unitPrice === null || reasonId === null) return;
    add.mutate(
      {
        productId: product.id,
        qty: n * QTY_ONE,
        unitPrice,
        disposition,
        reasonId,
        ...(needsPin && pin !== '' ? { approval: { pin } } : {}),
      },
      { onSuccess: onAdded, onSettled: () => setPin('') },
    );
  };
  const choose = (p: ProductView) => {
    setProduct(p);
    setPrice((p.price / 10 ** fmt.currencyExponent).toFixed(fmt.currencyExponent));
  };

  return (
    <Modal opened onClose={onClose} title={t('returns.noReceiptTitle')} size={620} centered withCloseButton={false}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm">{t('returns.noReceiptText')}</Text>
          {product === null ? (
            <>
              <TextInput
                label={t('returns.product')}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                data-autofocus
                autoComplete="off"
              />
              <div role="list">
                {(search.data ?? []).slice(0, 8).map((p) => (
                  <div role="listitem" key={p.id}>
                    <UnstyledButton className={classes.pickable} onClick={() => choose(p)}>
                      {p.name} · {fmt.money(p.price)}
                    </UnstyledButton>
                  </div>
                ))}
              </div>
            </>
          ) : (
            <Group justify="space-between">
              <Text fw={700}>{product.name}</Text>
              <Button variant="subtle" h={48} onClick={() => setProduct(null)}>
                {t('returns.otherProduct')}
              </Button>
            </Group>
          )}
          <Group grow align="flex-start">
            <TextInput label={t('returns.count')} value={count} onChange={(e) => setCount(e.currentTarget.value)} inputMode="numeric" />
            <TextInput label={t('returns.refundEach')} value={price} onChange={(e) => setPrice(e.currentTarget.value)} inputMode="decimal" />
          </Group>
          <Select
            label={t('returns.reason')}
            data={(reasons.data ?? []).map((r) => ({ value: r.id, label: r.label }))}
            value={reasonId}
            onChange={setReasonId}
            allowDeselect={false}
          />
          <SegmentedControl
            aria-label={t('returns.disposition')}
            value={disposition}
            onChange={(v) => setDisposition(v === 'damaged' ? 'damaged' : 'sellable')}
            data={[
              { value: 'sellable', label: t('returns.sellable') },
              { value: 'damaged', label: t('returns.damaged') },
            ]}
          />
          {needsPin && (
            <PasswordInput
              label={t('returns.managerPin')}
              description={t('returns.managerPinHint')}
              value={pin}
              onChange={(e) => setPin(e.currentTarget.value.replace(/\D/g, ''))}
              inputMode="numeric"
              autoComplete="off"
              maxLength={8}
              autoFocus
            />
          )}
          {add.isError && (
            <Alert color={needsPin ? 'orange' : 'red'} role="alert">
              {errorMessage(t, add.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" h={48} onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" h={48} color="red" leftSection={<IconArrowBackUp />} disabled={!ready} loading={add.isPending}>
              {t('returns.addNoReceipt')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
