import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/catalog';
import { useCategoryTree, useTaxRates } from '../../api/hooks/use-bo-catalog';
import { useStoreFormat } from '../../format/use-store-format';
import { treeOptions } from '../categories/category-tree';
import { MoneyInput } from '../MoneyInput';
import { BarcodesField } from './BarcodesField';
import type { ProductForm } from './product-form-state';
import { SupplierLinksField } from './SupplierLinksField';

const UNITS: readonly Unit[] = ['each', 'kg', 'l', 'm'];

interface ProductFieldsProps {
  form: ProductForm;
  onChange: (patch: Partial<ProductForm>) => void;
  /** The message for a field, by the core's path for it ("price", "barcodes.0"). */
  error: (path: string) => string | undefined;
}

/** Every field of productInput, laid out densely for a mouse and a keyboard. */
export function ProductFields({ form, onChange, error }: ProductFieldsProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const categories = useCategoryTree();
  const taxRates = useTaxRates();
  const text = (key: 'sku' | 'name' | 'brand' | 'variantLabel' | 'reorderPoint' | 'reorderQty') => ({
    size: 'sm' as const,
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ [key]: e.currentTarget.value }),
    error: error(key),
    autoComplete: 'off',
  });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="sm">
        <TextInput label={t('boForm.sku')} required spellCheck={false} data-testid="bo-field-sku" {...text('sku')} />
        <TextInput
          label={t('boForm.name')}
          required
          data-testid="bo-field-name"
          style={{ gridColumn: 'span 2' }}
          {...text('name')}
        />
        <TextInput label={t('boForm.brand')} {...text('brand')} />
        <Select
          size="sm"
          label={t('boForm.category')}
          placeholder={t('backoffice.noCategory')}
          data={treeOptions(categories.data ?? [])}
          value={form.categoryId}
          onChange={(v) => onChange({ categoryId: v })}
          error={error('categoryId')}
          clearable
          searchable
          data-testid="bo-field-category"
        />
        {form.parentId !== null ? (
          <TextInput
            label={t('boForm.variantLabel')}
            description={t('boForm.variantLabelHint')}
            data-testid="bo-field-variant"
            {...text('variantLabel')}
          />
        ) : (
          <div />
        )}
        <MoneyInput
          label={t('boForm.price')}
          required
          value={form.price}
          onChange={(price) => onChange({ price })}
          error={error('price')}
          testId="bo-field-price"
        />
        <MoneyInput
          label={t('boForm.cost')}
          value={form.cost}
          onChange={(cost) => onChange({ cost })}
          error={error('cost')}
          testId="bo-field-cost"
        />
        <Select
          size="sm"
          label={t('boForm.tax')}
          required
          data={(taxRates.data ?? []).map((r) => ({
            value: r.id,
            label: `${r.code} ${r.name} ${fmt.rate(r.rateBps)}`,
          }))}
          value={form.taxRateId}
          onChange={(v) => onChange({ taxRateId: v })}
          error={error('taxRateId')}
          allowDeselect={false}
          data-testid="bo-field-tax"
        />
        <Select
          size="sm"
          label={t('boForm.unit')}
          data={UNITS.map((u) => ({ value: u, label: t(`boForm.units.${u}`) }))}
          value={form.unit}
          onChange={(v) => {
            const unit = UNITS.find((u) => u === v) ?? 'each';
            onChange({ unit, soldByWeight: unit === 'kg' && form.soldByWeight });
          }}
          error={error('unit')}
          allowDeselect={false}
        />
        <TextInput
          label={t('boForm.reorderPoint')}
          description={t('boForm.qtyHint')}
          inputMode="decimal"
          {...text('reorderPoint')}
        />
        <TextInput
          label={t('boForm.reorderQty')}
          description={t('boForm.qtyHint')}
          inputMode="decimal"
          {...text('reorderQty')}
        />
      </SimpleGrid>
      <Group gap="lg">
        <Checkbox
          size="sm"
          label={t('boForm.soldByWeight')}
          description={t('boForm.soldByWeightHint')}
          checked={form.soldByWeight}
          disabled={form.unit !== 'kg'}
          onChange={(e) => onChange({ soldByWeight: e.currentTarget.checked })}
        />
        <Checkbox
          size="sm"
          label={t('boForm.ageRestricted')}
          checked={form.ageRestricted}
          onChange={(e) => onChange({ ageRestricted: e.currentTarget.checked })}
        />
        <Checkbox
          size="sm"
          label={t('stock.tracksLots')}
          checked={form.tracksLots}
          onChange={(e) => onChange({ tracksLots: e.currentTarget.checked })}
          data-testid="bo-product-tracks-lots"
        />
        <Checkbox
          size="sm"
          label={t('boForm.active')}
          checked={form.active}
          onChange={(e) => onChange({ active: e.currentTarget.checked })}
        />
      </Group>
      <BarcodesField
        codes={form.barcodes}
        onChange={(barcodes) => onChange({ barcodes })}
        error={error('barcodes')}
        codeErrors={(i) => error(`barcodes.${i}`)}
      />
      <SupplierLinksField
        links={form.suppliers}
        onChange={(suppliers) => onChange({ suppliers })}
        error={error('suppliers')}
        fieldError={error}
      />
    </Stack>
  );
}
