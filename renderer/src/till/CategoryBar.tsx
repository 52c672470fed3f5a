import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CategoryView } from '../../../shared/domain/catalog';
import classes from './till.module.css';

interface CategoryBarProps {
  categories: CategoryView[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}

export function CategoryBar({ categories, selected, onSelect }: CategoryBarProps) {
  const { t } = useTranslation();
  const item = (id: string | null, name: string, color: string) => (
    <Button
      key={id ?? 'all'}
      color={color}
      variant={selected === id ? 'filled' : 'light'}
      aria-pressed={selected === id}
      onClick={() => onSelect(id)}
      size="md"
      h={48}
    >
      {name}
    </Button>
  );
  return (
    <nav className={classes.categories} aria-label={t('products.all')}>
      {item(null, t('products.all'), 'gray')}
      {categories.map((c) => item(c.id, c.name, c.color))}
    </nav>
  );
}
