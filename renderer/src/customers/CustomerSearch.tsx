import { Button, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerSearch } from '../api/hooks/use-customers';
import { useStoreFormat } from '../format/use-store-format';
import { useAttach } from './use-attach';

interface CustomerSearchProps {
  onNew: () => void;
  onDetail: (customerId: string) => void;
  onAttached: () => void;
}

export function CustomerSearch({ onNew, onDetail, onAttached }: CustomerSearchProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [query, setQuery] = useState('');
  const search = useCustomerSearch(query);
  const attach = useAttach(onAttached);
  const results = query.trim() === '' ? [] : (search.data ?? []);
  return (
    <Stack gap="sm">
      <TextInput
        label={t('customers.search')}
        placeholder={t('customers.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter attaches the first match: search, then Enter, as at the product search.
          const first = results[0];
          if (e.key === 'Enter' && first !== undefined) attach.run(first);
        }}
        size="lg"
        leftSection={<IconSearch size={20} />}
        rightSection={search.isFetching ? <Loader size="sm" /> : null}
        autoComplete="off"
        data-autofocus
        data-testid="customer-search"
      />
      {/* The hints sit outside the list: a list holds list items only. */}
      {query.trim() === '' && <Text c="dimmed">{t('customers.typeToSearch')}</Text>}
      {query.trim() !== '' && search.isSuccess && results.length === 0 && <Text c="dimmed">{t('customers.noResults')}</Text>}
      <Stack gap={6} role={results.length > 0 ? 'list' : undefined} aria-label={results.length > 0 ? t('customers.search') : undefined} mih={results.length > 0 ? 120 : 0}>
        {results.map((c) => (
          <Group key={c.id} role="listitem" wrap="nowrap" gap="xs" data-testid="customer-result">
            <UnstyledButton
              onClick={() => onDetail(c.id)}
              style={{ flex: 1, minHeight: 48, padding: '4px 8px', borderRadius: 6 }}
              aria-label={t('customers.detailsName', { name: c.name })}
            >
              <Text fw={700}>{c.name}</Text>
              <Text size="sm" c="dimmed">
                {[c.phone, c.email, c.creditBalance > 0 ? t('customers.credit', { amount: fmt.money(c.creditBalance) }) : '']
                  .filter((s) => s !== '')
                  .join(' · ')}
              </Text>
            </UnstyledButton>
            <Button h={48} onClick={() => attach.run(c)} aria-label={t('customers.attachName', { name: c.name })} loading={attach.pending}>
              {t('customers.attach')}
            </Button>
          </Group>
        ))}
      </Stack>
      <Button h={52} variant="light" leftSection={<IconUserPlus size={20} />} onClick={onNew} data-testid="customer-new">
        {t('customers.new')}
      </Button>
    </Stack>
  );
}
