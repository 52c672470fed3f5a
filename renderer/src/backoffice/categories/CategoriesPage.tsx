import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  ColorSwatch,
  Group,
  Switch,
  Table,
  Text,
  useMantineTheme,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryNodeView } from '../../../../shared/domain/products';
import { useArchiveCategory, useCategoryTree } from '../../api/hooks/use-bo-catalog';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';
import { EditArchiveActions } from '../EditArchiveActions';
import { CategoryDialog } from './CategoryDialog';
import { treeRows } from './category-tree';

type Editing = { category: CategoryNodeView | null; parentId: string | null };

/** The category tree as an indented list: add (top level or under one), rename, colour, move, archive. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const [showArchived, setShowArchived] = useState(false);
  const tree = useCategoryTree(showArchived);
  const archive = useArchiveCategory();
  const [editing, setEditing] = useState<Editing | null>(null);
  const all = tree.data ?? [];
  const rows = treeRows(all);
  return (
    <div className={classes.page}>
      <Group justify="space-between">
        <Button
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing({ category: null, parentId: null })}
          data-testid="bo-add-category"
        >
          {t('boCategories.add')}
        </Button>
        <Switch
          size="sm"
          label={t('boCategories.showArchived')}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
      </Group>
      {archive.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, archive.error)}
        </Alert>
      )}
      <div className={classes.scroll}>
        {rows.length === 0 && !tree.isPending && <Text p="md">{t('boCategories.empty')}</Text>}
        <Table fz="sm" verticalSpacing={4} highlightOnHover className={classes.table} data-testid="bo-categories">
          <Table.Tbody>
            {rows.map(({ node, depth }) => (
              <Table.Tr key={node.id} data-testid="bo-category-row">
                <Table.Td style={{ paddingLeft: 12 + depth * 24 }}>
                  <Group gap="xs" wrap="nowrap">
                    <ColorSwatch color={theme.colors[node.color]?.[6] ?? node.color} size={14} aria-hidden />
                    <Text size="sm" fw={depth === 0 ? 700 : 500}>
                      {node.name}
                    </Text>
                    {node.archived && (
                      <Badge size="xs" variant="light" color="gray">
                        {t('backoffice.archived')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td className={classes.numeric}>
                  {t('boCategories.products', { count: node.productCount })}
                </Table.Td>
                <Table.Td w={120}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('boCategories.addChild', { name: node.name })}
                      title={t('boCategories.addChild', { name: node.name })}
                      onClick={() => setEditing({ category: null, parentId: node.id })}
                    >
                      <IconPlus size={16} />
                    </ActionIcon>
                    <EditArchiveActions
                      editLabel={t('boCategories.edit', { name: node.name })}
                      archiveLabel={t('boCategories.archiveName', { name: node.name })}
                      archived={node.archived}
                      onEdit={() => setEditing({ category: node, parentId: node.parentId })}
                      onArchive={() => archive.mutate(node.id)}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {editing !== null && (
        <CategoryDialog
          category={editing.category}
          parentId={editing.parentId}
          all={all}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
