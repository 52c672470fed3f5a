import { ActionIcon, Alert, Button, Group, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrderView } from '../../../../shared/domain/purchasing';
import { useSuppliers } from '../../api/hooks/use-bo-catalog';
import { useSaveOrder } from '../../api/hooks/use-purchasing';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import { notify } from '../../notices/notice-store';
import classes from '../backoffice.module.css';
import { LocationSelect } from './LocationSelect';
import {
  formFromOrder,
  formToInput,
  type FormLine,
  type OrderForm as Form,
  type OrderFormErrors,
} from './order-form-state';
import { ProductPicker } from './ProductPicker';

/** A new order, or a draft being edited: supplier, where it is delivered, and its lines. */
export function OrderForm({
  order,
  onSaved,
  onCancel,
}: {
  order: PurchaseOrderView | null;
  onSaved: (o: PurchaseOrderView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const suppliers = useSuppliers().data ?? [];
  const save = useSaveOrder();
  const [form, setForm] = useState<Form>(() => formFromOrder(order, fmt.currencyExponent));
  const [errors, setErrors] = useState<OrderFormErrors>({});
  const err = (path: string): string | undefined => {
    const key = errors[path];
    return key === undefined ? undefined : t(key);
  };
  const setLine = (i: number, patch: Partial<FormLine>) =>
    setForm((f) => ({ ...f, lines: f.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));

  const submit = () => {
    const r = formToInput(form, fmt.currencyExponent);
    if ('errors' in r) return setErrors(r.errors);
    setErrors({});
    save.mutate(order === null ? r.input : { ...r.input, id: order.id, version: order.version }, {
      onSuccess: (o) => {
        notify('success', t('purchasing.order.saved'));
        onSaved(o);
      },
    });
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Group gap="sm" align="flex-start">
          <Select
            size="sm"
            w={260}
            label={t('purchasing.order.supplier')}
            data={suppliers.map((s) => ({ value: s.id, label: s.name }))}
            value={form.supplierId}
            onChange={(v) => setForm((f) => ({ ...f, supplierId: v }))}
            searchable
            required
            error={err('supplierId')}
            data-testid="po-supplier"
          />
          <LocationSelect
            label={t('purchasing.order.location')}
            value={form.locationId}
            onChange={(v) => setForm((f) => ({ ...f, locationId: v }))}
          />
          <TextInput
            size="sm"
            w={180}
            label={t('purchasing.order.expectedOn')}
            value={form.expectedOn}
            onChange={(e) => setForm((f) => ({ ...f, expectedOn: e.currentTarget.value }))}
            error={err('expectedOn')}
          />
        </Group>
        <Textarea
          size="sm"
          label={t('purchasing.order.note')}
          value={form.note}
          onChange={(e) => setForm((f) => ({ ...f, note: e.currentTarget.value }))}
          autosize
          minRows={1}
          maxRows={4}
        />
        <ProductPicker
          exclude={new Set(form.lines.map((l) => l.productId))}
          onPick={(p) =>
            setForm((f) => ({
              ...f,
              lines: [
                ...f.lines,
                {
                  productId: p.id,
                  name: p.name,
                  sku: p.sku,
                  unit: p.unit,
                  qty: '1',
                  unitCost: '',
                  supplierCode: '',
                  packSize: '',
                },
              ],
            }))
          }
        />
        {err('lines') !== undefined && (
          <Text c="red.9" size="sm">
            {err('lines')}
          </Text>
        )}
        {form.lines.length > 0 && (
          <Table fz="sm" verticalSpacing={2} className={classes.table} data-testid="po-form-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.order.product')}</Table.Th>
                <Table.Th>{t('purchasing.order.qty')}</Table.Th>
                <Table.Th>{t('purchasing.order.unitCost')}</Table.Th>
                <Table.Th>{t('purchasing.order.supplierCode')}</Table.Th>
                <Table.Th>{t('purchasing.order.packSize')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.lines.map((l, i) => (
                <Table.Tr key={l.productId} data-testid="po-form-line">
                  <Table.Td>
                    {l.name}{' '}
                    <Text span size="xs" c="dimmed">
                      {l.sku}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      w={80}
                      aria-label={`${t('purchasing.order.qty')} ${l.name}`}
                      value={l.qty}
                      onChange={(e) => setLine(i, { qty: e.currentTarget.value })}
                      error={err(`lines.${i}.qty`)}
                      data-testid="po-line-qty"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      w={90}
                      aria-label={`${t('purchasing.order.unitCost')} ${l.name}`}
                      value={l.unitCost}
                      onChange={(e) => setLine(i, { unitCost: e.currentTarget.value })}
                      error={err(`lines.${i}.unitCost`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      w={110}
                      aria-label={`${t('purchasing.order.supplierCode')} ${l.name}`}
                      value={l.supplierCode}
                      onChange={(e) => setLine(i, { supplierCode: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      w={70}
                      aria-label={`${t('purchasing.order.packSize')} ${l.name}`}
                      value={l.packSize}
                      onChange={(e) => setLine(i, { packSize: e.currentTarget.value })}
                      error={err(`lines.${i}.packSize`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('purchasing.order.remove', { name: l.name })}
                      onClick={() => setForm((f) => ({ ...f, lines: f.lines.filter((_, j) => j !== i) }))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {save.isError && (
          <Alert color="red" role="alert" p="xs">
            {errorMessage(t, save.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button size="sm" variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
          <Button size="sm" type="submit" loading={save.isPending} data-testid="po-save">
            {t('purchasing.order.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
