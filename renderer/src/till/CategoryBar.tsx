import { Button, useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CategoryView } from '../../../shared/domain/catalog';
import { categoryColor } from './category-color';
import classes from './till.module.css';

interface CategoryBarProps {
  categories: CategoryView[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}

export function CategoryBar({ categories, selected, onSelect }: CategoryBarProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  // The chosen category is filled with its colour, in black or white text by contrast;
  // the others are white with a stripe of it, so any colour a store picks stays readable.
  const item = (id: string | null, name: string, color: string) => {
    const c = categoryColor(theme.colors, color);
    const chosen = selected === id;
    return (
      <Button
        key={id ?? 'all'}
        variant="default"
        style={
          chosen
            ? { background: c.background, color: c.text, borderColor: c.background }
            : { borderBottom: `4px solid ${c.background}` }
        }
        aria-pressed={chosen}
        onClick={() => onSelect(id)}
        size="md"
        h={48}
      >
        {name}
      </Button>
    );
  };
  return (
    <nav className={classes.categories} aria-label={t('products.all')}>
      {item(null, t('products.all'), 'gray')}
      {categories.map((c) => item(c.id, c.name, c.color))}
    </nav>
  );
}
