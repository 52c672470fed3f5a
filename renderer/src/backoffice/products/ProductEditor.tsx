import { Alert, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconArchive, IconCopy, IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductDetailView } from '../../../../shared/domain/products';
import { useArchiveProduct, useCreateProduct, useUpdateProduct } from '../../api/hooks/use-bo-products';
import { keys } from '../../api/query-keys';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import { notify } from '../../notices/notice-store';
import { DuplicateDialog } from './DuplicateDialog';
import { isStaleProduct, serverErrors } from './form-errors';
import { ImageField } from './ImageField';
import { PricesPanel } from './PricesPanel';
import { ProductFields } from './ProductFields';
import { formToInput, type FormErrors, type ProductForm } from './product-form-state';
import type { DrawerTarget } from './ProductDrawer';
import { VariantsPanel } from './VariantsPanel';
import { StockByLocationPanel } from '../purchasing/StockByLocationPanel';

interface ProductEditorProps {
  /** The product as loaded, or null for a new one. */
  product: ProductDetailView | null;
  initial: ProductForm;
  onTarget: (target: DrawerTarget) => void;
  onClose: () => void;
}

/** The product form with its actions; remounted for each product version it edits. */
export function ProductEditor({ product, initial, onTarget, onClose }: ProductEditorProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const client = useQueryClient();
  const [form, setForm] = useState(initial);
  const [local, setLocal] = useState<FormErrors>({});
  const [duplicating, setDuplicating] = useState(false);
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const archive = useArchiveProduct();
  const save = product === null ? create : update;
  const server = serverErrors(t, save.error);
  const stale = isStaleProduct(save.error);
  const error = (path: string): string | undefined => {
    const key = local[path];
    return key !== undefined ? t(key) : server[path];
  };

  const submit = () => {
    const result = formToInput(form, fmt.currencyExponent);
    if ('errors' in result) return setLocal(result.errors);
    setLocal({});
    if (product === null) {
      create.mutate(result.input, {
        onSuccess: (created) => {
          notify('success', t('boForm.created'));
          onTarget({ kind: 'edit', id: created.id });
        },
      });
    } else {
      update.mutate(
        { ...result.input, id: product.id, version: product.version },
        { onSuccess: () => notify('success', t('boForm.saved')) },
      );
    }
  };

  const details = (
    <Stack gap="sm">
      <ProductFields form={form} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} error={error} />
      {product !== null ? <ImageField product={product} /> : <Text size="sm">{t('boForm.imageAfterSave')}</Text>}
    </Stack>
  );

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        {product?.archived === true && (
          <Alert color="gray" p="xs">
            {t('boForm.archivedNote')}
          </Alert>
        )}
        {product !== null && (
          <Text size="sm">
            {t('boForm.onHand')}: {fmt.qty(product.onHand, product.unit)}
            {product.lastCost !== null && ` · ${t('boForm.lastCost')}: ${fmt.money(product.lastCost)}`}
            {product.avgCost !== null && ` · ${t('boForm.avgCost')}: ${fmt.money(product.avgCost)}`}
          </Text>
        )}
        {product === null ? (
          details
        ) : (
          <Tabs defaultValue="details" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="details">{t('boForm.sections.details')}</Tabs.Tab>
              <Tabs.Tab value="variants" data-testid="bo-tab-variants">
                {t('boForm.sections.variants')}
              </Tabs.Tab>
              <Tabs.Tab value="prices" data-testid="bo-tab-prices">
                {t('boForm.sections.prices')}
              </Tabs.Tab>
              <Tabs.Tab value="locations" data-testid="bo-tab-locations">
                {t('purchasing.figures.title')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="details" pt="sm">
              {details}
            </Tabs.Panel>
            <Tabs.Panel value="variants" pt="sm">
              <VariantsPanel
                product={product}
                onOpen={(id) => onTarget({ kind: 'edit', id })}
                onAdd={() => onTarget({ kind: 'new', parentId: product.id })}
              />
            </Tabs.Panel>
            <Tabs.Panel value="prices" pt="sm">
              <PricesPanel product={product} />
            </Tabs.Panel>
            <Tabs.Panel value="locations" pt="sm">
              <StockByLocationPanel productId={product.id} unit={product.unit} />
            </Tabs.Panel>
          </Tabs>
        )}
        {stale ? (
          <Alert color="orange" role="alert" p="xs">
            <Group justify="space-between">
              <Text size="sm">{t('boForm.changed')}</Text>
              <Button
                size="xs"
                onClick={() =>
                  product !== null && void client.invalidateQueries({ queryKey: keys.boProduct(product.id) })
                }
              >
                {t('boForm.reload')}
              </Button>
            </Group>
          </Alert>
        ) : (
          (server.form !== undefined || archive.isError) && (
            <Alert color="red" role="alert" p="xs">
              {server.form ?? errorMessage(t, archive.error)}
            </Alert>
          )
        )}
        {/* On the right: the notices come up at the bottom left, over the drawer's edge. */}
        <Group justify="flex-end" gap="sm">
          <Button size="sm" variant="default" onClick={onClose} data-testid="bo-close">
            {t('boForm.close')}
          </Button>
          <Group gap="sm">
            <Button
              type="submit"
              size="sm"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={save.isPending}
              data-testid="bo-save"
            >
              {product === null ? t('boForm.create') : t('boForm.save')}
            </Button>
            {product !== null && (
              <Button
                size="sm"
                variant="default"
                leftSection={<IconCopy size={16} />}
                onClick={() => setDuplicating(true)}
              >
                {t('boForm.duplicate')}
              </Button>
            )}
            {product !== null && (
              <Button
                size="sm"
                variant="default"
                color={product.archived ? undefined : 'red'}
                leftSection={product.archived ? <IconRestore size={16} /> : <IconArchive size={16} />}
                loading={archive.isPending}
                onClick={() =>
                  archive.mutate(
                    { id: product.id, archive: !product.archived },
                    {
                      onSuccess: (p) =>
                        notify('success', t(p.archived ? 'boForm.archived' : 'boForm.restored', { name: p.name })),
                    },
                  )
                }
                data-testid={product.archived ? 'bo-restore' : 'bo-archive'}
              >
                {product.archived ? t('boForm.restore') : t('boForm.archive')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
      {duplicating && product !== null && (
        <DuplicateDialog
          product={product}
          onClose={() => setDuplicating(false)}
          onDone={(id) => onTarget({ kind: 'edit', id })}
        />
      )}
    </form>
  );
}
