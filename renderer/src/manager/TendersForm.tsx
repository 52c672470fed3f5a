import { Alert, Button, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenderMethodView } from '../../../shared/domain/sale';
import { useSaveTender } from '../api/hooks/use-tenders';
import { errorMessage } from '../i18n/error-message';

/** The store's tenders: which are offered, which open the drawer, and new ones the store defines. */
export function TendersForm({ tenders }: { tenders: readonly TenderMethodView[] }) {
  const { t } = useTranslation();
  const save = useSaveTender();
  const [name, setName] = useState('');
  const toggle = (m: TenderMethodView, change: Partial<Pick<TenderMethodView, 'active' | 'opensDrawer'>>) =>
    save.mutate({ code: m.code, name: m.name, opensDrawer: m.opensDrawer, active: m.active, position: m.position, ...change });
  const code = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 32);
  const add = () => {
    if (code.length < 2) return;
    const position = Math.max(0, ...tenders.map((m) => m.position)) + 1;
    save.mutate({ code, name: name.trim(), opensDrawer: false, active: true, position }, { onSuccess: () => setName('') });
  };
  return (
    <Stack gap="sm">
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tenders.name')}</Table.Th>
            <Table.Th>{t('tenders.active')}</Table.Th>
            <Table.Th>{t('tenders.opensDrawer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tenders.map((m) => (
            <Table.Tr key={m.code}>
              <Table.Td>
                <Text fw={600}>{m.name}</Text>
              </Table.Td>
              <Table.Td>
                <Switch
                  size="lg"
                  checked={m.active}
                  disabled={m.kind === 'cash' || save.isPending}
                  onChange={(e) => toggle(m, { active: e.currentTarget.checked })}
                  aria-label={t('tenders.activeLabel', { name: m.name })}
                />
              </Table.Td>
              <Table.Td>
                <Switch
                  size="lg"
                  checked={m.opensDrawer}
                  disabled={save.isPending}
                  onChange={(e) => toggle(m, { opensDrawer: e.currentTarget.checked })}
                  aria-label={t('tenders.drawerLabel', { name: m.name })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <TextInput
          label={t('tenders.newName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={40}
          style={{ flex: 1 }}
        />
        <Button h={48} onClick={add} disabled={code.length < 2} loading={save.isPending}>
          {t('tenders.add')}
        </Button>
      </Group>
      {save.isError && <Alert color="red">{errorMessage(t, save.error)}</Alert>}
    </Stack>
  );
}
