import { Alert, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../../shared/domain/catalog-io';

const IGNORE = '-';

/** Whether rows can be matched to products at all: the core refuses a mapping without SKU or barcode. */
export const hasKey = (mapping: ColumnMapping) => mapping.includes('sku') || mapping.includes('barcodes');

/**
 * Each column of the file beside the product field it fills. A field already chosen for
 * another column is disabled, since the core takes each field from one column only.
 */
export function MappingTable({
  headers,
  mapping,
  remembered,
  onChange,
}: {
  headers: string[];
  mapping: ColumnMapping;
  remembered: boolean;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, value: string | null) => {
    const field = IMPORT_FIELDS.find((f) => f === value) ?? null;
    onChange(mapping.map((m, j) => (j === i ? field : m)));
  };
  const options = (own: ImportField | null) => [
    { value: IGNORE, label: t('catalogImport.ignore') },
    ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`importFields.${f}`), disabled: f !== own && mapping.includes(f) })),
  ];
  return (
    <>
      <Text size="sm" data-testid="mapping-source">
        {remembered ? t('catalogImport.remembered') : t('catalogImport.guessed')}
      </Text>
      <Table.ScrollContainer minWidth={420} mah={360}>
        <Table striped stickyHeader verticalSpacing={2} data-testid="import-mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogImport.column')}</Table.Th>
              <Table.Th>{t('catalogImport.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {headers.map((header, i) => (
              <Table.Tr key={`${i}-${header}`}>
                <Table.Td>{header === '' ? `#${i + 1}` : header}</Table.Td>
                <Table.Td w={240}>
                  <Select
                    size="xs"
                    aria-label={t('catalogImport.fieldOf', { column: header === '' ? `#${i + 1}` : header })}
                    value={mapping[i] ?? IGNORE}
                    allowDeselect={false}
                    onChange={(v) => set(i, v)}
                    data={options(mapping[i] ?? null)}
                    comboboxProps={{ withinPortal: true }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!hasKey(mapping) && (
        <Alert color="yellow" role="status">
          {t('catalogImport.needsKey')}
        </Alert>
      )}
    </>
  );
}
