import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../../shared/domain/catalog-io';

/** Every bad row the core found, in file order: row number (the header is row 1), column and reason. */
export function IssuesTable({ issues, more }: { issues: ImportIssue[]; more: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.ScrollContainer minWidth={520} mah={300}>
        <Table striped stickyHeader verticalSpacing={2} aria-label={t('catalogImport.issuesTable')} data-testid="import-issues">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('catalogImport.row')}</Table.Th>
              <Table.Th w={160}>{t('catalogImport.column')}</Table.Th>
              <Table.Th>{t('catalogImport.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.map((issue, i) => (
              <Table.Tr key={`${issue.row}-${issue.column}-${i}`} data-testid="import-issue">
                <Table.Td>{issue.row}</Table.Td>
                <Table.Td>{issue.column === '' ? t('catalogImport.wholeRow') : issue.column}</Table.Td>
                <Table.Td>{issue.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {more > 0 && (
        <Text size="sm" c="dimmed">
          {t('catalogImport.more', { count: more })}
        </Text>
      )}
    </>
  );
}
