import { Alert, Badge, Button, Group, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierView } from '../../../../shared/domain/products';
import { useArchiveSupplier, useSuppliers } from '../../api/hooks/use-bo-catalog';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';
import { DenseTable } from '../DenseTable';
import { EditArchiveActions } from '../EditArchiveActions';
import { SupplierDialog } from './SupplierDialog';

/** Suppliers by name, searchable; each opens its form. */
export function SuppliersPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const [showArchived, setShowArchived] = useState(false);
  const suppliers = useSuppliers(debounced, showArchived);
  const archive = useArchiveSupplier();
  const [editing, setEditing] = useState<{ supplier: SupplierView | null } | null>(null);
  const rows = suppliers.data ?? [];
  return (
    <div className={classes.page}>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <TextInput
            size="sm"
            w={260}
            label={t('boSuppliers.search')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            autoComplete="off"
          />
          <Switch
            size="sm"
            mb={6}
            label={t('boSuppliers.showArchived')}
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
        </Group>
        <Button
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing({ supplier: null })}
          data-testid="bo-add-supplier"
        >
          {t('boSuppliers.add')}
        </Button>
      </Group>
      {archive.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, archive.error)}
        </Alert>
      )}
      <DenseTable
        testId="bo-suppliers"
        below={<>{rows.length === 0 && !suppliers.isPending && <Text p="md">{t('boSuppliers.empty')}</Text>}</>}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('boSuppliers.name')}</Table.Th>
            <Table.Th>{t('boSuppliers.contactName')}</Table.Th>
            <Table.Th>{t('boSuppliers.phone')}</Table.Th>
            <Table.Th>{t('boSuppliers.email')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('backoffice.areas.products')}</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => (
            <Table.Tr key={s.id} data-testid="bo-supplier-row">
              <Table.Td>
                <button type="button" className={classes.nameLink} onClick={() => setEditing({ supplier: s })}>
                  {s.name}
                </button>{' '}
                {s.archived && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('backoffice.archived')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{s.contactName}</Table.Td>
              <Table.Td>{s.phone}</Table.Td>
              <Table.Td>{s.email}</Table.Td>
              <Table.Td className={classes.numeric}>{t('boSuppliers.products', { count: s.productCount })}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <EditArchiveActions
                    editLabel={t('boSuppliers.edit', { name: s.name })}
                    archiveLabel={t('boSuppliers.archiveName', { name: s.name })}
                    archived={s.archived}
                    onEdit={() => setEditing({ supplier: s })}
                    onArchive={() => archive.mutate(s.id)}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DenseTable>
      {editing !== null && <SupplierDialog supplier={editing.supplier} onClose={() => setEditing(null)} />}
    </div>
  );
}
