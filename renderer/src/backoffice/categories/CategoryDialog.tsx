import { ColorSwatch, Modal, Select, Stack, TextInput, useMantineTheme } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryNodeView } from '../../../../shared/domain/products';
import { useSaveCategory } from '../../api/hooks/use-bo-catalog';
import { DialogFooter } from '../DialogFooter';
import { serverErrors } from '../products/form-errors';
import { subtreeIds, treeOptions } from './category-tree';

/** The palette names a category can take: the till draws its tiles from them. */
export const CATEGORY_COLOURS = [
  'blue',
  'green',
  'red',
  'orange',
  'yellow',
  'grape',
  'pink',
  'teal',
  'cyan',
  'gray',
  'indigo',
  'lime',
  'violet',
] as const;
const TOP = '-';

interface CategoryDialogProps {
  /** The category edited, or null for a new one. */
  category: CategoryNodeView | null;
  /** Where a new one goes. */
  parentId: string | null;
  all: readonly CategoryNodeView[];
  onClose: () => void;
}

export function CategoryDialog({ category, parentId, all, onClose }: CategoryDialogProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const save = useSaveCategory();
  const [name, setName] = useState(category?.name ?? '');
  const [color, setColor] = useState(category?.color ?? 'blue');
  const [parent, setParent] = useState<string>(category?.parentId ?? parentId ?? TOP);
  const errors = serverErrors(t, save.error);
  // A category cannot move under itself or its own children.
  const exclude = category === null ? new Set<string>() : subtreeIds(all, category.id);
  const submit = () =>
    save.mutate(
      { id: category?.id, name, color, parentId: parent === TOP ? null : parent, position: category?.position },
      { onSuccess: onClose },
    );
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={onClose}
      title={category === null ? t('boCategories.newTitle') : t('boCategories.editTitle')}
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            size="sm"
            label={t('boCategories.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
            data-autofocus
            autoComplete="off"
            data-testid="bo-category-name"
          />
          <Select
            size="sm"
            label={t('boCategories.colour')}
            data={CATEGORY_COLOURS.map((c) => ({ value: c, label: t(`boCategories.colours.${c}`) }))}
            value={CATEGORY_COLOURS.find((c) => c === color) ?? null}
            onChange={(v) => v !== null && setColor(v)}
            leftSection={<ColorSwatch color={theme.colors[color]?.[6] ?? color} size={14} />}
            error={errors.color}
            allowDeselect={false}
          />
          <Select
            size="sm"
            label={t('boCategories.parent')}
            data={[{ value: TOP, label: t('backoffice.topLevel') }, ...treeOptions(all, exclude)]}
            value={parent}
            onChange={(v) => setParent(v ?? TOP)}
            error={errors.parentId ?? errors.categoryId}
            allowDeselect={false}
            searchable
            data-testid="bo-category-parent"
          />
          <DialogFooter formError={errors.form} saving={save.isPending} saveTestId="bo-category-save" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
