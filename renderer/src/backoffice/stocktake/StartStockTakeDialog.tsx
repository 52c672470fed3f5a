import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockTakeScope } from '../../../../shared/domain/stocktake';
import { useCategoryTree } from '../../api/hooks/use-bo-catalog';
import { useShelves, useStartStockTake, useStockTakeLocations } from '../../api/hooks/use-stocktake';
import { errorMessage } from '../../i18n/error-message';

/** Where and what to count: a location, and all of it, a category (with its subtree) or a shelf. */
export function StartStockTakeDialog(props: { onClose: () => void; onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const locations = useStockTakeLocations();
  const categories = useCategoryTree();
  const [locationId, setLocationId] = useState<string | null>(null);
  const location = locationId ?? locations.data?.[0]?.id ?? null;
  const shelves = useShelves(location);
  const [scope, setScope] = useState<StockTakeScope>('full');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [shelf, setShelf] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const start = useStartStockTake();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate(
      {
        scope,
        note,
        ...(location !== null ? { locationId: location } : {}),
        ...(scope === 'category' && categoryId !== null ? { categoryId } : {}),
        ...(scope === 'shelf' && shelf !== null ? { shelf } : {}),
      },
      { onSuccess: (take) => props.onStarted(take.id) },
    );
  };
  const ready = scope === 'full' || (scope === 'category' && categoryId !== null) || (scope === 'shelf' && shelf !== null);
  return (
    <Modal opened onClose={props.onClose} title={t('stocktake.startTitle')} centered closeButtonProps={{ 'aria-label': t('app.close') }}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('stocktake.startHint')}
          </Text>
          <Select
            size="sm"
            label={t('stocktake.location')}
            data={(locations.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
            value={location}
            onChange={setLocationId}
            allowDeselect={false}
            data-testid="stocktake-location"
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('stocktake.scope')}
            </Text>
            <SegmentedControl
              size="sm"
              value={scope}
              onChange={(v) => setScope(v as StockTakeScope)}
              data={(['full', 'category', 'shelf'] as const).map((s) => ({ value: s, label: t(`stocktake.scopes.${s}`) }))}
              data-testid="stocktake-scope"
            />
          </div>
          {scope === 'category' && (
            <Select
              size="sm"
              searchable
              label={t('stocktake.category')}
              data={(categories.data ?? []).filter((c) => !c.archived).map((c) => ({ value: c.id, label: c.name }))}
              value={categoryId}
              onChange={setCategoryId}
              data-testid="stocktake-category"
            />
          )}
          {scope === 'shelf' &&
            ((shelves.data ?? []).length === 0 ? (
              <Alert p="xs" color="yellow">
                {t('stocktake.noShelves')}
              </Alert>
            ) : (
              <Select size="sm" searchable label={t('stocktake.shelf')} data={shelves.data ?? []} value={shelf} onChange={setShelf} data-testid="stocktake-shelf" />
            ))}
          <TextInput size="sm" label={t('stocktake.note')} value={note} maxLength={200} onChange={(e) => setNote(e.currentTarget.value)} />
          {start.isError && (
            <Alert color="red" role="alert" p="xs">
              {errorMessage(t, start.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button size="sm" variant="default" onClick={props.onClose}>
              {t('backoffice.cancel')}
            </Button>
            <Button size="sm" type="submit" disabled={!ready} loading={start.isPending} data-testid="stocktake-start-confirm">
              {t('stocktake.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
