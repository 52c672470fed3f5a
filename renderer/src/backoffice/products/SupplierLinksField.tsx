import { ActionIcon, Button, Checkbox, Group, Input, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSuppliers } from '../../api/hooks/use-bo-catalog';
import { MoneyInput } from '../MoneyInput';
import type { SupplierLinkForm } from './product-form-state';

interface SupplierLinksFieldProps {
  links: readonly SupplierLinkForm[];
  onChange: (links: SupplierLinkForm[]) => void;
  error?: string;
  fieldError: (path: string) => string | undefined;
}

/** Who supplies the product, under which code, at what cost and pack size; one may be preferred. */
export function SupplierLinksField({ links, onChange, error, fieldError }: SupplierLinksFieldProps) {
  const { t } = useTranslation();
  const suppliers = useSuppliers();
  const all = suppliers.data ?? [];
  const nameOf = (id: string) => all.find((s) => s.id === id)?.name ?? '';
  const set = (i: number, patch: Partial<SupplierLinkForm>) =>
    onChange(
      links.map((l, j) => {
        if (j === i) return { ...l, ...patch };
        // Only one preferred supplier: choosing one unchooses the others.
        return patch.preferred === true ? { ...l, preferred: false } : l;
      }),
    );
  const unused = all.find((s) => !links.some((l) => l.supplierId === s.id));
  return (
    <Input.Wrapper label={t('boForm.suppliers')} error={error} size="sm">
      <Stack gap={6} mt={4}>
        {links.map((l, i) => (
          <Group key={l.supplierId} gap="xs" align="flex-end" wrap="nowrap">
            <Select
              size="sm"
              w={170}
              label={t('boProducts.supplier')}
              data={all
                .filter((s) => s.id === l.supplierId || !links.some((x) => x.supplierId === s.id))
                .map((s) => ({ value: s.id, label: s.name }))}
              value={l.supplierId}
              onChange={(v) => v !== null && set(i, { supplierId: v })}
              allowDeselect={false}
            />
            <TextInput
              size="sm"
              w={110}
              label={t('boForm.supplierCode')}
              value={l.supplierCode}
              onChange={(e) => set(i, { supplierCode: e.currentTarget.value })}
              error={fieldError(`suppliers.${i}.supplierCode`)}
              autoComplete="off"
            />
            <MoneyInput
              label={t('boForm.supplierCost')}
              value={l.cost}
              onChange={(cost) => set(i, { cost })}
              error={fieldError(`suppliers.${i}.cost`)}
            />
            <TextInput
              size="sm"
              w={80}
              label={t('boForm.packSize')}
              value={l.packSize}
              onChange={(e) => set(i, { packSize: e.currentTarget.value })}
              error={fieldError(`suppliers.${i}.packSize`)}
              inputMode="decimal"
              autoComplete="off"
            />
            <Checkbox
              size="sm"
              mb={8}
              label={t('boForm.preferred')}
              checked={l.preferred}
              onChange={(e) => set(i, { preferred: e.currentTarget.checked })}
            />
            <ActionIcon
              mb={6}
              variant="subtle"
              color="red"
              aria-label={t('boForm.removeSupplier', { name: nameOf(l.supplierId) })}
              onClick={() => onChange(links.filter((_, j) => j !== i))}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        <div>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} />}
            disabled={unused === undefined}
            onClick={() =>
              unused !== undefined &&
              onChange([
                ...links,
                { supplierId: unused.id, supplierCode: '', cost: '', packSize: '1', preferred: links.length === 0 },
              ])
            }
          >
            {t('boForm.addSupplier')}
          </Button>
        </div>
      </Stack>
    </Input.Wrapper>
  );
}
