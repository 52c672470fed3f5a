import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductDetailView } from '../../../../shared/domain/products';
import { useDuplicateProduct } from '../../api/hooks/use-bo-products';
import { notify } from '../../notices/notice-store';
import { serverErrors } from './form-errors';

interface DuplicateDialogProps {
  product: ProductDetailView;
  onClose: () => void;
  onDone: (id: string) => void;
}

/** A copy under a new SKU: the one thing two products can never share, so it is asked first. */
export function DuplicateDialog({ product, onClose, onDone }: DuplicateDialogProps) {
  const { t } = useTranslation();
  const duplicate = useDuplicateProduct();
  const [sku, setSku] = useState('');
  const errors = serverErrors(t, duplicate.error);
  const submit = () => {
    if (sku.trim() === '') return;
    duplicate.mutate(
      { id: product.id, sku },
      {
        onSuccess: (copy) => {
          notify('success', t('boForm.duplicated'));
          onClose();
          onDone(copy.id);
        },
      },
    );
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={onClose}
      title={t('boForm.duplicateTitle', { name: product.name })}
      centered
    >
      <Stack gap="sm">
        <TextInput
          size="sm"
          label={t('boForm.duplicateSku')}
          value={sku}
          onChange={(e) => setSku(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Inside the product form: Enter here duplicates, it does not save the product.
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
          error={errors.sku ?? errors.form}
          autoComplete="off"
          data-autofocus
          data-testid="bo-duplicate-sku"
        />
        <Group justify="flex-end" gap="sm">
          <Button size="sm" variant="default" onClick={onClose}>
            {t('backoffice.cancel')}
          </Button>
          <Button
            size="sm"
            onClick={submit}
            loading={duplicate.isPending}
            disabled={sku.trim() === ''}
            data-testid="bo-duplicate-confirm"
          >
            {t('boForm.duplicate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
