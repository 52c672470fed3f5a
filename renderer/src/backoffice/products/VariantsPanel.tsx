import { Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProductDetailView } from '../../../../shared/domain/products';
import { useStoreFormat } from '../../format/use-store-format';
import classes from '../backoffice.module.css';

interface VariantsPanelProps {
  product: ProductDetailView;
  onOpen: (id: string) => void;
  onAdd: () => void;
}

/** The product's variants (size, colour), each a product of its own with SKU, price and stock. */
export function VariantsPanel({ product, onOpen, onAdd }: VariantsPanelProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  return (
    <Stack gap="sm" align="flex-start">
      {product.variants.length === 0 ? (
        <Text size="sm">{t('boForm.noVariants')}</Text>
      ) : (
        <Table fz="sm" verticalSpacing={2} className={classes.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('boForm.variantLabel')}</Table.Th>
              <Table.Th>{t('boForm.sku')}</Table.Th>
              <Table.Th className={classes.numeric}>{t('boForm.price')}</Table.Th>
              <Table.Th className={classes.numeric}>{t('boForm.onHand')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {product.variants.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  <button type="button" className={classes.nameLink} onClick={() => onOpen(v.id)}>
                    {v.variantLabel ?? v.name}
                  </button>
                </Table.Td>
                <Table.Td>{v.sku}</Table.Td>
                <Table.Td className={classes.numeric}>{fmt.money(v.price)}</Table.Td>
                <Table.Td className={classes.numeric}>{fmt.qty(v.onHand, v.unit)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {product.parentId === null && (
        <Button
          size="sm"
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={onAdd}
          data-testid="bo-add-variant"
        >
          {t('boForm.addVariant')}
        </Button>
      )}
    </Stack>
  );
}
