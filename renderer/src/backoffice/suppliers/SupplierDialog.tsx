import { Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierView } from '../../../../shared/domain/products';
import { useSaveSupplier } from '../../api/hooks/use-bo-catalog';
import { DialogFooter } from '../DialogFooter';
import { serverErrors } from '../products/form-errors';

type Field = 'name' | 'contactName' | 'phone' | 'email' | 'address' | 'notes';

/** A supplier's contact details, new or edited. */
export function SupplierDialog({ supplier, onClose }: { supplier: SupplierView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSupplier();
  const [form, setForm] = useState<Record<Field, string>>(() => ({
    name: supplier?.name ?? '',
    contactName: supplier?.contactName ?? '',
    phone: supplier?.phone ?? '',
    email: supplier?.email ?? '',
    address: supplier?.address ?? '',
    notes: supplier?.notes ?? '',
  }));
  const errors = serverErrors(t, save.error);
  const field = (name: Field) => ({
    size: 'sm' as const,
    label: t(`boSuppliers.${name}`),
    value: form[name],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
    },
    error: errors[name],
    autoComplete: 'off',
  });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={onClose}
      title={supplier === null ? t('boSuppliers.newTitle') : t('boSuppliers.editTitle')}
      size="lg"
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ id: supplier?.id, ...form }, { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          <TextInput required data-autofocus data-testid="bo-supplier-name" {...field('name')} />
          <SimpleGrid cols={3} spacing="sm">
            <TextInput {...field('contactName')} />
            <TextInput type="tel" {...field('phone')} />
            <TextInput type="email" {...field('email')} />
          </SimpleGrid>
          <Textarea autosize minRows={2} {...field('address')} />
          <Textarea autosize minRows={2} {...field('notes')} />
          <DialogFooter formError={errors.form} saving={save.isPending} saveTestId="bo-supplier-save" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
