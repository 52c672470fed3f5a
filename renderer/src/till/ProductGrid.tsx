import { Text, UnstyledButton, useMantineTheme } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryView, ProductView } from '../../../shared/domain/catalog';
import { useStoreFormat } from '../format/use-store-format';
import { categoryColor } from './category-color';
import classes from './till.module.css';

interface ProductGridProps {
  products: ProductView[];
  categories: CategoryView[];
  /** The search result Enter would add; null when none. */
  highlightedId?: string | null;
  onPick: (product: ProductView) => void;
  emptyText: string;
}

export function ProductGrid({ products, categories, highlightedId = null, onPick, emptyText }: ProductGridProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const fmt = useStoreFormat();
  const colors = new Map(categories.map((c) => [c.id, c.color]));
  if (products.length === 0) {
    return (
      <Text p="lg" size="lg" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return (
    <div className={classes.productGrid} data-testid="product-grid">
      {products.map((p) => {
        const price = p.unit === 'each' ? fmt.money(p.price) : t('products.perUnit', { price: fmt.money(p.price), unit: p.unit });
        const color = p.categoryId === null ? undefined : colors.get(p.categoryId);
        const style = { '--tile-color': color === undefined ? undefined : categoryColor(theme.colors, color).background } as CSSProperties;
        return (
          <UnstyledButton
            key={p.id}
            className={classes.tile}
            style={style}
            onClick={() => onPick(p)}
            data-highlighted={p.id === highlightedId || undefined}
            aria-current={p.id === highlightedId ? 'true' : undefined}
            aria-label={t('products.addTile', { name: p.name, price })}
            data-testid="product-tile"
          >
            <span className={classes.tileName}>{p.name}</span>
            <span className={classes.tilePrice}>{price}</span>
          </UnstyledButton>
        );
      })}
    </div>
  );
}
