import { Alert, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowBackUp, IconX } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockTakeView } from '../../../../shared/domain/stocktake';
import { useMyEntries, useStockTakes } from '../../api/hooks/use-stocktake';
import { scopeText } from '../../backoffice/stocktake/scope-text';
import { useStoreFormat } from '../../format/use-store-format';
import { Keypad } from '../../keypad/Keypad';
import { applyKey } from '../../keypad/keypad-text';
import { useWedgeScanner } from '../../scanner/use-wedge-scanner';
import { EntryList } from '../../stocktake/EntryList';
import { OutsideScopeDialog } from '../../stocktake/OutsideScopeDialog';
import { useCounter } from '../../stocktake/use-counter';
import { keyedQty } from '../search-text';

/**
 * The till's counting screen, over the sale: pick the open stock take, then scan (a
 * quantity keyed first counts that many). While it is open the till's own scanner is
 * off (TillScreen), and this screen's takes every scan: nothing scanned here reaches
 * the cart, and the sale waits underneath untouched.
 */
export function CountStockScreen({ scannerPrefix, onClose }: { scannerPrefix: string; onClose: () => void }) {
  const { t } = useTranslation();
  const takes = useStockTakes(true, false);
  const [picked, setPicked] = useState<string | null>(null);
  const open = takes.data ?? [];
  const take = open.find((s) => s.id === picked) ?? (open.length === 1 ? open[0] : undefined) ?? null;
  return (
    <Modal opened onClose={onClose} fullScreen title={<Title order={3}>{t('stocktake.tillTitle')}</Title>} closeButtonProps={{ 'aria-label': t('stocktake.done'), size: 'xl' }}>
      {take === null ? (
        <Stack gap="md" maw={640}>
          <Text size="lg">{open.length === 0 ? t('stocktake.noOpen') : t('stocktake.pickTake')}</Text>
          {open.map((s) => (
            <Button key={s.id} h={64} size="lg" variant="default" justify="space-between" onClick={() => setPicked(s.id)} data-testid="count-pick-take">
              {s.reference} · {scopeText(t, s)}
            </Button>
          ))}
          <Button h={48} size="md" variant="subtle" onClick={onClose}>
            {t('stocktake.done')}
          </Button>
        </Stack>
      ) : (
        <Counting take={take} scannerPrefix={scannerPrefix} onChangeTake={open.length > 1 ? () => setPicked(null) : null} onClose={onClose} />
      )}
    </Modal>
  );
}

function Counting(props: { take: StockTakeView; scannerPrefix: string; onChangeTake: (() => void) | null; onClose: () => void }) {
  const { take } = props;
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const counter = useCounter(take.id);
  const mine = useMyEntries(take.id);
  const [keyed, setKeyed] = useState('');
  const [code, setCode] = useState('');
  // Focus stays in the code box: a scan the wedge hook takes for slow typing (a busy
  // till) is replayed there and its Enter counts it, instead of pressing a keypad key.
  const codeRef = useRef<HTMLInputElement>(null);
  const qty = keyedQty(keyed) ?? undefined;
  const count = (c: string) => {
    void counter.scan(c, qty).then((ok) => ok && setKeyed(''));
  };
  useWedgeScanner({ enabled: counter.pending === null, onScan: count, options: { prefix: props.scannerPrefix } });
  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim() === '') return;
    count(code.trim());
    setCode('');
  };
  const last = counter.outcome;
  return (
    <Group align="flex-start" gap="xl" wrap="nowrap" data-testid="count-screen">
      <Stack gap="md" w={360} style={{ flexShrink: 0 }}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" data-testid="count-take">
            {take.reference} · {scopeText(t, take)}
          </Text>
          {props.onChangeTake !== null && (
            <Button h={48} variant="subtle" onClick={props.onChangeTake}>
              {t('stocktake.pickTake')}
            </Button>
          )}
        </Group>
        <Text>{t('stocktake.tillScan')}</Text>
        <Group gap="sm" h={48}>
          {keyed !== '' && (
            <Button h={48} color="indigo" rightSection={<IconX aria-hidden />} onClick={() => {
                setKeyed('');
                codeRef.current?.focus();
              }}
              aria-label={`${t('stocktake.keyedQty', { qty: keyed })} ${t('stocktake.clearQty')}`} data-testid="count-keyed">
              {t('stocktake.keyedQty', { qty: keyed })}
            </Button>
          )}
        </Group>
        <Keypad
          extraKey="."
          onKey={(key) => {
            setKeyed((text) => applyKey(text, key, { decimals: 3, maxLength: 8 }));
            codeRef.current?.focus();
          }}
        />
        <form onSubmit={submitCode}>
          <Group gap="sm" wrap="nowrap" align="flex-end">
            <TextInput ref={codeRef} data-autofocus size="lg" style={{ flex: 1 }} label={t('stocktake.scanLabel')} value={code} onChange={(e) => setCode(e.currentTarget.value)} autoComplete="off" data-testid="count-code" />
            <Button h={50} size="lg" type="submit" loading={counter.busy}>
              {t('stocktake.countButton')}
            </Button>
          </Group>
        </form>
      </Stack>
      <Stack gap="md" style={{ flex: 1, minWidth: 0 }}>
        {last?.kind === 'counted' && (
          <Alert color="green" data-testid="count-last">
            <Text size="xl" fw={700}>
              {t('stocktake.counted', { qty: fmt.qty(last.entry.qty, last.entry.unit), name: last.entry.name, total: fmt.qty(last.entry.counted, last.entry.unit) })}
            </Text>
          </Alert>
        )}
        {last?.kind === 'error' && (
          <Alert color="red" role="alert" data-testid="count-error">
            <Text size="lg">{last.message}</Text>
          </Alert>
        )}
        <Group justify="space-between">
          <Title order={4}>{t('stocktake.myEntries')}</Title>
          <Button h={48} size="md" variant="default" leftSection={<IconArrowBackUp />} onClick={() => void counter.undo().then(() => codeRef.current?.focus())} disabled={(mine.data ?? []).length === 0} data-testid="count-undo">
            {t('stocktake.undo')}
          </Button>
        </Group>
        <EntryList entries={mine.data ?? []} large />
        <Button h={56} size="lg" onClick={props.onClose} data-testid="count-done">
          {t('stocktake.done')}
        </Button>
      </Stack>
      <OutsideScopeDialog large name={counter.pending?.name ?? null} onConfirm={() => void counter.confirmOutside()} onDismiss={counter.dismissOutside} />
    </Group>
  );
}
