import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocations } from '../../api/hooks/use-stock';

/** A location goods can be put in or taken from (transit only when asked, e.g. as a filter). */
export function LocationSelect(props: {
  value: string | null;
  onChange: (id: string | null) => void;
  label?: string;
  allLabel?: string;
  withTransit?: boolean;
  testId?: string;
  w?: number;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const locations = useLocations().data ?? [];
  const data = locations
    .filter((l) => props.withTransit === true || !l.transit)
    .map((l) => ({ value: l.id, label: l.transit ? t('stock.kinds.transit') : l.name }));
  return (
    <Select
      size="sm"
      w={props.w ?? 200}
      label={props.label ?? t('stock.location')}
      data={data}
      value={props.value}
      onChange={props.onChange}
      clearable={props.allLabel !== undefined}
      placeholder={props.allLabel}
      required={props.required}
      allowDeselect={false}
      data-testid={props.testId}
    />
  );
}
