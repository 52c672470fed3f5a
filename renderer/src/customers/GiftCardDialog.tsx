import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconGift, IconRefresh, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GIFT_CARD_CODE, MAX_CARD_AMOUNT } from '../../../shared/domain/customer';
import { parseMoneyInput } from '../../../shared/money';
import { useAddGiftCard, useGenerateGiftCardCode, useGiftCardBalance } from '../api/hooks/use-customers';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { notify } from '../notices/notice-store';
import { AmountEntry } from './AmountEntry';

type Mode = 'sell' | 'check';

/**
 * Sell or top up a gift card (its code scanned, typed or generated, and an amount), or
 * check what a card holds. The till's wedge scanner is off while this is open, so a
 * scanned card types its code into the focused code field and Enter submits.
 */
export function GiftCardDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('sell');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('giftCards.title')}
      centered
      size={560}
      closeButtonProps={{ 'aria-label': t('app.close'), size: 'xl' }}
    >
      <Stack gap="md">
        <SegmentedControl
          fullWidth
          size="lg"
          value={mode}
          onChange={(v) => setMode(v as Mode)}
          data={[
            { value: 'sell', label: t('giftCards.sell') },
            { value: 'check', label: t('giftCards.check') },
          ]}
        />
        {mode === 'sell' ? <SellGiftCard onDone={onClose} /> : <CheckGiftCard />}
      </Stack>
    </Modal>
  );
}

function CodeField({ code, onCode, error }: { code: string; onCode: (code: string) => void; error?: string | null }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('giftCards.code')}
      description={t('giftCards.codeHint')}
      value={code}
      onChange={(e) => onCode(e.currentTarget.value.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 20))}
      size="lg"
      autoComplete="off"
      data-autofocus
      error={error ?? undefined}
      data-testid="gift-card-code"
      styles={{ input: { fontFamily: 'monospace', letterSpacing: 1 } }}
    />
  );
}

function SellGiftCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [code, setCode] = useState('');
  const [amountText, setAmountText] = useState('');
  const generate = useGenerateGiftCardCode();
  const add = useAddGiftCard();
  const amount = amountText === '' ? null : parseMoneyInput(amountText, fmt.currencyExponent);
  const amountOk = amount !== null && amount > 0 && amount <= MAX_CARD_AMOUNT;
  const codeOk = GIFT_CARD_CODE.test(code);
  const submit = () => {
    if (!codeOk || !amountOk || add.isPending) return;
    add.mutate(
      { code, amount },
      {
        onSuccess: () => {
          notify('success', t('giftCards.added', { code, amount: fmt.money(amount) }));
          onDone();
        },
      },
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
        <Group align="flex-end" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <CodeField code={code} onCode={setCode} error={code !== '' && !codeOk ? t('giftCards.codeInvalid') : null} />
          </div>
          <Button
            h={50}
            variant="light"
            leftSection={<IconRefresh size={20} />}
            loading={generate.isPending}
            onClick={() => generate.mutate(undefined, { onSuccess: (r) => setCode(r.code) })}
            data-testid="gift-card-generate"
          >
            {t('giftCards.generate')}
          </Button>
        </Group>
        <AmountEntry label={t('giftCards.amount')} text={amountText} onText={setAmountText} testId="gift-card-amount" />
        {(add.isError || generate.isError) && (
          <Alert role="alert" color="red" p="xs">
            {errorMessage(t, add.error ?? generate.error)}
          </Alert>
        )}
        <Button
          type="submit"
          color="green"
          h={64}
          fz={20}
          leftSection={<IconGift size={24} />}
          disabled={!codeOk || !amountOk}
          loading={add.isPending}
          data-testid="gift-card-add"
        >
          {amountOk ? t('giftCards.add', { amount: fmt.money(amount) }) : t('giftCards.addDisabled')}
        </Button>
      </Stack>
    </form>
  );
}

function CheckGiftCard() {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [code, setCode] = useState('');
  const balance = useGiftCardBalance();
  const codeOk = GIFT_CARD_CODE.test(code);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (codeOk) balance.mutate(code);
      }}
    >
      <Stack gap="sm">
        <CodeField code={code} onCode={setCode} error={code !== '' && !codeOk ? t('giftCards.codeInvalid') : null} />
        <Button type="submit" h={56} leftSection={<IconSearch size={20} />} disabled={!codeOk} loading={balance.isPending} data-testid="gift-card-check">
          {t('giftCards.checkButton')}
        </Button>
        {balance.isError && (
          <Alert role="alert" color="red" p="xs">
            {errorMessage(t, balance.error)}
          </Alert>
        )}
        {balance.data !== undefined && (
          <Alert role="status" color={balance.data.exists ? 'indigo' : 'orange'} data-testid="gift-card-balance">
            {balance.data.exists ? (
              <Stack gap={2}>
                <Text size="md">{t('giftCards.balance', { code: balance.data.code })}</Text>
                <Text fz={32} fw={800} data-minor={balance.data.balance}>
                  {fmt.money(balance.data.balance)}
                </Text>
                <Text size="sm">{t('giftCards.movements', { count: balance.data.movements })}</Text>
              </Stack>
            ) : (
              <Text size="md">{t('giftCards.unknown', { code: balance.data.code })}</Text>
            )}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
