import { ActionIcon, Alert, Badge, Button, Group, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationView } from '../../../../shared/domain/stock';
import { useArchiveLocation, useLocations, useSetTillLocation, useTillLocations } from '../../api/hooks/use-stock';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';
import { EditArchiveActions } from '../EditArchiveActions';
import { LocationDialog } from './LocationDialog';

/** Locations with their stock value; transit listed read-only; which location each till sells from. */
export function LocationsView() {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [showArchived, setShowArchived] = useState(false);
  const locations = useLocations(showArchived);
  const tills = useTillLocations();
  const archive = useArchiveLocation();
  const setTill = useSetTillLocation();
  const [editing, setEditing] = useState<{ location: LocationView | null } | null>(null);
  const rows = locations.data ?? [];
  const error = archive.error ?? setTill.error;
  return (
    <Stack gap="sm" flex={1} mih={0}>
      <Group justify="space-between" align="flex-end">
        <Switch
          size="sm"
          label={t('stock.locations.showArchived')}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
        <Button
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing({ location: null })}
          data-testid="stock-add-location"
        >
          {t('stock.locations.add')}
        </Button>
      </Group>
      {error !== null && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, error)}
        </Alert>
      )}
      <Table fz="sm" verticalSpacing={4} highlightOnHover className={classes.table} data-testid="stock-locations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stock.locations.name')}</Table.Th>
            <Table.Th>{t('stock.locations.kind')}</Table.Th>
            <Table.Th>{t('stock.locations.address')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('stock.locations.tills')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('stock.locations.value')}</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((l) => (
            <Table.Tr key={l.id} data-testid="stock-location-row">
              <Table.Td>
                {l.transit ? t('stock.kinds.transit') : l.name}{' '}
                {l.home && (
                  <Badge size="xs" variant="light">
                    {t('stock.locations.home')}
                  </Badge>
                )}
                {l.transit && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('stock.locations.system')}
                  </Badge>
                )}
                {l.archived && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('backoffice.archived')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`stock.kinds.${l.kind}`)}</Table.Td>
              <Table.Td>{l.address.replace(/\n/g, ', ')}</Table.Td>
              <Table.Td className={classes.numeric}>{l.transit ? '' : l.tillCount}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.money(l.stockValue)}</Table.Td>
              <Table.Td>
                {!l.transit && (
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {l.archived && (
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('stock.locations.restoreName', { name: l.name })}
                        title={t('stock.locations.restoreName', { name: l.name })}
                        onClick={() => archive.mutate({ id: l.id, archived: false })}
                      >
                        <IconArrowBackUp size={16} />
                      </ActionIcon>
                    )}
                    <EditArchiveActions
                      editLabel={t('stock.locations.edit', { name: l.name })}
                      archiveLabel={t('stock.locations.archiveName', { name: l.name })}
                      archived={l.archived}
                      onEdit={() => setEditing({ location: l })}
                      onArchive={() => archive.mutate({ id: l.id, archived: true })}
                    />
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={5}>{t('stock.locations.tillsTitle')}</Title>
      {(tills.data ?? []).map((till) => (
        <Group key={till.tillId} gap="sm" align="center">
          <Text size="sm" w={260}>
            {t('stock.locations.tillSells', { code: till.code, name: till.name })}
          </Text>
          <Select
            size="sm"
            w={220}
            aria-label={t('stock.locations.tillSells', { code: till.code, name: till.name })}
            data={rows.filter((l) => !l.transit && !l.archived).map((l) => ({ value: l.id, label: l.name }))}
            value={till.locationId}
            allowDeselect={false}
            onChange={(v) => v !== null && setTill.mutate({ tillId: till.tillId, locationId: v })}
          />
        </Group>
      ))}
      {editing !== null && <LocationDialog location={editing.location} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
