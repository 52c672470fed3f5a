import { Center, Drawer, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProduct } from '../../api/hooks/use-bo-products';
import { useTaxRates } from '../../api/hooks/use-bo-catalog';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import { emptyForm, formFromProduct } from './product-form-state';
import { ProductEditor } from './ProductEditor';

/** What the drawer shows: a product to edit, or a new product (a variant when it has a parent). */
export type DrawerTarget = { kind: 'edit'; id: string } | { kind: 'new'; parentId: string | null };

interface ProductDrawerProps {
  target: DrawerTarget;
  onTarget: (target: DrawerTarget) => void;
  onClose: () => void;
}

export function ProductDrawer({ target, onTarget, onClose }: ProductDrawerProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  // The product edited, or the parent a new variant starts from.
  const loadId = target.kind === 'edit' ? target.id : target.parentId;
  const product = useProduct(loadId);
  const taxRates = useTaxRates();
  const loaded = loadId === null || product.data !== undefined;
  const p = product.data;

  const title =
    target.kind === 'edit'
      ? p === undefined
        ? t('backoffice.loading')
        : t('boForm.editTitle', { name: p.variantLabel === null ? p.name : `${p.name} (${p.variantLabel})` })
      : p === undefined
        ? t('boForm.newTitle')
        : t('boForm.newVariantTitle', { name: p.name });

  return (
    <Drawer
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={onClose}
      position="right"
      size={860}
      title={title}
      padding="md"
      styles={{ title: { fontWeight: 700, fontSize: 20 } }}
    >
      {product.isError ? (
        <Text c="red.9" role="alert">
          {errorMessage(t, product.error)}
        </Text>
      ) : !loaded || taxRates.data === undefined ? (
        <Center p="xl">
          <Loader />
        </Center>
      ) : target.kind === 'edit' && p !== undefined ? (
        <ProductEditor
          // A new version (saved here or elsewhere and reloaded) starts the form afresh from it.
          key={`${p.id}:${p.version}`}
          product={p}
          initial={formFromProduct(p, fmt.currencyExponent)}
          onTarget={onTarget}
          onClose={onClose}
        />
      ) : (
        <ProductEditor
          key={`new:${loadId ?? ''}`}
          product={null}
          initial={emptyForm(taxRates.data[0]?.id ?? null, p ?? null)}
          onTarget={onTarget}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}
