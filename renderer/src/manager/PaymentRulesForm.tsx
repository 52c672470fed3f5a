import { Alert, Button, Group, NumberInput, Select, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASH_ROUNDING_STEPS } from '../../../shared/contract/tenders';
import type { SalesRules, TerminalSettings } from '../../../shared/domain/store';
import { parseMoneyInput } from '../../../shared/money';
import { useUpdateRules, useUpdateTerminal } from '../api/hooks/use-tenders';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { minorToKeypadText } from '../payment/tender-text';

interface PaymentRulesFormProps {
  rules: SalesRules;
  terminal: TerminalSettings;
}

/** Cash rounding, the no-receipt cash limit, discount reasons on receipts, and the card terminal. */
export function PaymentRulesForm({ rules, terminal }: PaymentRulesFormProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const exponent = fmt.currencyExponent;
  const updateRules = useUpdateRules();
  const updateTerminal = useUpdateTerminal();
  const [rounding, setRounding] = useState(String(rules.cashRounding));
  const [limit, setLimit] = useState(minorToKeypadText(rules.noReceiptCashLimit, exponent));
  const [reasons, setReasons] = useState(rules.printDiscountReasons);
  const [driver, setDriver] = useState<TerminalSettings['driver']>(terminal.driver);
  const [simulate, setSimulate] = useState<TerminalSettings['simulate']>(terminal.simulate);
  const [timeoutS, setTimeoutS] = useState<number | string>(terminal.timeoutMs / 1000);
  const limitMinor = parseMoneyInput(limit, exponent);
  const save = () => {
    if (limitMinor === null) return;
    updateRules.mutate({ cashRounding: Number(rounding), noReceiptCashLimit: limitMinor, printDiscountReasons: reasons });
    updateTerminal.mutate({ driver, simulate, timeoutMs: Math.round(Number(timeoutS) * 1000) });
  };
  const error = updateRules.error ?? updateTerminal.error;
  return (
    <Stack gap="sm">
      <Select
        label={t('payset.rounding')}
        description={t('payset.roundingHint')}
        data={CASH_ROUNDING_STEPS.map((s) => ({ value: String(s), label: s <= 1 ? t('payset.noRounding') : fmt.money(s) }))}
        value={rounding}
        onChange={(v) => v !== null && setRounding(v)}
        allowDeselect={false}
        data-testid="rules-rounding"
      />
      <NumberInput
        label={t('payset.noReceiptLimit')}
        value={limit}
        onChange={(v) => setLimit(String(v))}
        decimalScale={exponent}
        min={0}
        error={limitMinor === null ? t('pay.invalidAmount') : undefined}
      />
      <Switch label={t('payset.printReasons')} checked={reasons} onChange={(e) => setReasons(e.currentTarget.checked)} />
      <Select
        label={t('payset.terminal')}
        data={[
          { value: 'manual', label: t('payset.manual') },
          { value: 'simulator', label: t('payset.simulator') },
        ]}
        value={driver}
        onChange={(v) => (v === 'manual' || v === 'simulator') && setDriver(v)}
        allowDeselect={false}
        data-testid="terminal-driver"
      />
      {driver === 'simulator' && (
        <Select
          label={t('payset.simulate')}
          data={(['approve', 'decline', 'timeout'] as const).map((v) => ({ value: v, label: t(`payset.sim.${v}`) }))}
          value={simulate}
          onChange={(v) => (v === 'approve' || v === 'decline' || v === 'timeout') && setSimulate(v)}
          allowDeselect={false}
          data-testid="terminal-simulate"
        />
      )}
      <NumberInput label={t('payset.timeout')} value={timeoutS} onChange={setTimeoutS} min={1} max={300} allowDecimal={false} />
      {error !== null && <Alert color="red">{errorMessage(t, error)}</Alert>}
      {updateRules.isSuccess && updateTerminal.isSuccess && <Alert color="green">{t('manager.saved')}</Alert>}
      <Group justify="flex-end">
        <Button h={48} onClick={save} loading={updateRules.isPending || updateTerminal.isPending} disabled={limitMinor === null}>
          {t('manager.save')}
        </Button>
      </Group>
    </Stack>
  );
}
