import { Alert, Button, Combobox, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductView } from '../../../../shared/domain/catalog';
import { useProductSearch } from '../../api/hooks/use-catalog';
import { useMyEntries } from '../../api/hooks/use-stocktake';
import { useStoreFormat } from '../../format/use-store-format';
import { EntryList } from '../../stocktake/EntryList';
import { OutsideScopeDialog } from '../../stocktake/OutsideScopeDialog';
import { useCounter } from '../../stocktake/use-counter';
import { parseQtyInput } from '../../till/quantity-input';

/**
 * Counting from the back office: a scan box (a wedge scanner types into it and ends with
 * Enter), or a product found by name or SKU with a typed quantity. Each is an entry of
 * its own; a negative quantity corrects, and "undo" takes back my last entry.
 */
export function CountPanel({ takeId }: { takeId: string }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const counter = useCounter(takeId);
  const mine = useMyEntries(takeId);
  const [code, setCode] = useState('');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const found = useProductSearch(debounced);
  const [product, setProduct] = useState<ProductView | null>(null);
  const [qty, setQty] = useState<string | number>('');
  const scanRef = useRef<HTMLInputElement>(null);
  const combobox = useCombobox();

  const onScan = (e: FormEvent) => {
    e.preventDefault();
    const c = code.trim();
    if (c === '') return;
    setCode('');
    void counter.scan(c).then(() => scanRef.current?.focus());
  };
  const onCount = (e: FormEvent) => {
    e.preventDefault();
    if (product === null) return;
    const parsed = parseSignedQty(String(qty), product.unit);
    if (parsed === null) return;
    void counter.count(product.id, product.name, parsed).then((ok) => {
      if (ok) {
        setQty('');
        setProduct(null);
        setQuery('');
      }
    });
  };
  const last = counter.outcome;
  return (
    <Paper withBorder p="sm">
      <SimpleGrid cols={2} spacing="md">
        <div>
          <Stack gap="sm">
            <Title order={5}>{t('stocktake.countTitle')}</Title>
            <form onSubmit={onScan}>
              <TextInput
                ref={scanRef}
                size="sm"
                label={t('stocktake.scanLabel')}
                description={t('stocktake.scanHint')}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                autoComplete="off"
                data-autofocus
                data-testid="stocktake-scan"
              />
            </form>
            <form onSubmit={onCount}>
              <Group align="flex-end" gap="sm" wrap="nowrap">
                <Combobox store={combobox} onOptionSubmit={(id) => {
                  const p = (found.data ?? []).find((x) => x.id === id) ?? null;
                  setProduct(p);
                  setQuery(p?.name ?? '');
                  combobox.closeDropdown();
                }}>
                  <Combobox.Target>
                    <TextInput
                      size="sm"
                      style={{ flex: 1 }}
                      label={t('stocktake.productLabel')}
                      value={query}
                      onChange={(e) => {
                        setQuery(e.currentTarget.value);
                        setProduct(null);
                        combobox.openDropdown();
                      }}
                      onFocus={() => combobox.openDropdown()}
                      onBlur={() => combobox.closeDropdown()}
                      autoComplete="off"
                      data-testid="stocktake-product"
                    />
                  </Combobox.Target>
                  <Combobox.Dropdown hidden={debounced.trim() === '' || (found.data ?? []).length === 0}>
                    <Combobox.Options mah={240} style={{ overflowY: 'auto' }}>
                      {(found.data ?? []).map((p) => (
                        <Combobox.Option value={p.id} key={p.id}>
                          {p.name} <Text span c="dimmed" size="xs">{p.sku}</Text>
                        </Combobox.Option>
                      ))}
                    </Combobox.Options>
                  </Combobox.Dropdown>
                </Combobox>
                <NumberInput
                  size="sm"
                  w={120}
                  label={t('stocktake.qtyLabel')}
                  value={qty}
                  onChange={setQty}
                  decimalScale={product?.unit === 'each' ? 0 : 3}
                  data-testid="stocktake-qty"
                />
                <Button size="sm" type="submit" disabled={product === null || parseSignedQty(String(qty), product.unit) === null} loading={counter.busy} data-testid="stocktake-count">
                  {t('stocktake.countButton')}
                </Button>
              </Group>
            </form>
            {last?.kind === 'counted' && (
              <Alert p="xs" color="green" data-testid="stocktake-last">
                {t('stocktake.counted', { qty: fmt.qty(last.entry.qty, last.entry.unit), name: last.entry.name, total: fmt.qty(last.entry.counted, last.entry.unit) })}
              </Alert>
            )}
            {last?.kind === 'error' && (
              <Alert p="xs" color="red" role="alert" data-testid="stocktake-error">
                {last.message}
              </Alert>
            )}
          </Stack>
        </div>
        <div>
          <Group justify="space-between" mb={4}>
            <Title order={5}>{t('stocktake.myEntries')}</Title>
            <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />} onClick={() => void counter.undo()} disabled={(mine.data ?? []).length === 0}>
              {t('stocktake.undo')}
            </Button>
          </Group>
          <EntryList entries={mine.data ?? []} />
        </div>
      </SimpleGrid>
      <OutsideScopeDialog name={counter.pending?.name ?? null} onConfirm={() => void counter.confirmOutside()} onDismiss={counter.dismissOutside} />
    </Paper>
  );
}

/** A typed count: positive, or negative to correct; in the product's unit (3 decimals for kg, l, m). */
function parseSignedQty(text: string, unit: ProductView['unit']): number | null {
  const s = text.trim();
  const negative = s.startsWith('-');
  const q = parseQtyInput(negative ? s.slice(1) : s, unit);
  return q === null ? null : negative ? -q : q;
}
