import { Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdjustStock, useLocations, useProductStock, useStockReasons } from '../../api/hooks/use-stock';
import { errorMessage } from '../../i18n/error-message';
import { useStoreFormat } from '../../format/use-store-format';
import { DialogFooter } from '../DialogFooter';
import { qtyToUnits, unitsToQty } from '../products/number-text';
import { ProductPicker, type PickedProduct } from './ProductPicker';

export interface AdjustPreset {
  product: PickedProduct;
  locationId: string;
  lotId: string;
  qty: number;
  reason: string;
}

const NEW_LOT = '__new__';

/** "-2.5" -> -2500: a signed quantity typed in the product's units; null if not one or 0. */
export function signedQty(text: string): number | null {
  const m = /^\s*([+-]?)\s*(.*)$/.exec(text);
  const size = unitsToQty(m?.[2] ?? '');
  if (size === null || size === 0) return null;
  return m?.[1] === '-' ? -size : size;
}

/** One adjustment line: a product in or out of a location, with a reason, a batch when tracked, and a note. */
export function AdjustDialog({ preset, onClose }: { preset?: AdjustPreset; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const locations = useLocations().data ?? [];
  const reasons = useStockReasons().data ?? [];
  const adjust = useAdjustStock();
  const [product, setProduct] = useState<PickedProduct | null>(preset?.product ?? null);
  const [locationId, setLocationId] = useState<string | null>(preset?.locationId ?? null);
  const [qtyText, setQtyText] = useState(
    preset ? `${preset.qty < 0 ? '-' : ''}${qtyToUnits(Math.abs(preset.qty))}` : '',
  );
  const [reason, setReason] = useState<string | null>(preset?.reason ?? null);
  const [lot, setLot] = useState<string | null>(preset?.lotId ?? null);
  const [lotCode, setLotCode] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [note, setNote] = useState('');
  const [qtyError, setQtyError] = useState<string | undefined>(undefined);
  const stock = useProductStock(product?.id ?? null).data;
  const home = locations.find((l) => l.home)?.id ?? null;
  const at = locationId ?? home;
  const here = stock?.locations.find((l) => l.locationId === at);
  const tracks = stock?.tracksLots === true;
  const submit = () => {
    const qty = signedQty(qtyText);
    if (qty === null) {
      setQtyError(t('stock.adjustDialog.badQty'));
      return;
    }
    setQtyError(undefined);
    if (product === null || at === null || reason === null) return;
    const lotFields =
      !tracks || lot === null
        ? {}
        : lot === NEW_LOT
          ? { lotCode, ...(expiresOn === '' ? {} : { expiresOn }) }
          : { lotId: lot };
    adjust.mutate(
      { lines: [{ productId: product.id, locationId: at, qty, reason, note, ...lotFields }] },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={onClose}
      title={t('stock.adjustDialog.title')}
      size="lg"
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <ProductPicker value={product} onChange={setProduct} testId="stock-adjust-product" w={460} />
          <Group gap="sm" align="flex-end">
            <Select
              size="sm"
              w={200}
              label={t('stock.location')}
              data={locations.filter((l) => !l.transit).map((l) => ({ value: l.id, label: l.name }))}
              value={at}
              onChange={setLocationId}
              allowDeselect={false}
              data-testid="stock-adjust-location"
            />
            {product !== null && here !== undefined && (
              <Text size="sm" mb={6}>
                {t('stock.onHand')}: {fmt.qty(here.onHand, product.unit)}
              </Text>
            )}
          </Group>
          <Group gap="sm" align="flex-start" grow>
            <TextInput
              size="sm"
              required
              label={t('stock.qty')}
              description={t('stock.adjustDialog.qtyHelp')}
              value={qtyText}
              onChange={(e) => setQtyText(e.currentTarget.value)}
              error={qtyError}
              autoComplete="off"
              data-testid="stock-adjust-qty"
            />
            <Select
              size="sm"
              required
              label={t('stock.reason')}
              description=" "
              data={reasons.map((r) => ({
                value: r.code,
                label: `${r.name} (${t(`stock.reasons.directions.${r.direction}`)})`,
              }))}
              value={reason}
              onChange={setReason}
              data-testid="stock-adjust-reason"
            />
          </Group>
          {tracks && (
            <Group gap="sm" align="flex-end" grow>
              <Select
                size="sm"
                label={t('stock.lot')}
                data={[
                  ...(here?.lots ?? []).map((l) => ({
                    value: l.lotId,
                    label: `${l.code} · ${l.expiresOn ?? '—'} · ${fmt.qty(l.onHand, product?.unit ?? 'each')}`,
                  })),
                  { value: NEW_LOT, label: t('stock.lotNew') },
                ]}
                value={lot}
                onChange={setLot}
                data-testid="stock-adjust-lot"
              />
              {lot === NEW_LOT && (
                <>
                  <TextInput
                    size="sm"
                    label={t('stock.lotNew')}
                    value={lotCode}
                    onChange={(e) => setLotCode(e.currentTarget.value)}
                  />
                  <TextInput
                    size="sm"
                    type="date"
                    label={t('stock.expiresOn')}
                    value={expiresOn}
                    onChange={(e) => setExpiresOn(e.currentTarget.value)}
                  />
                </>
              )}
            </Group>
          )}
          <TextInput
            size="sm"
            label={t('stock.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={500}
            data-testid="stock-adjust-note"
          />
          <DialogFooter
            formError={adjust.isError ? errorMessage(t, adjust.error) : undefined}
            saving={adjust.isPending}
            saveTestId="stock-adjust-save"
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
