import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePurchasingLocations } from '../../api/hooks/use-purchasing';

/** The stock locations, home first; null stands for the home location. */
export function LocationSelect({
  value,
  onChange,
  label,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const locations = usePurchasingLocations().data ?? [];
  const home = locations.find((l) => l.home);
  return (
    <Select
      size="sm"
      w={220}
      label={label ?? t('purchasing.location')}
      data={locations.map((l) => ({ value: l.id, label: l.name }))}
      value={value ?? home?.id ?? null}
      onChange={(v) => onChange(v === null || v === home?.id ? null : v)}
      allowDeselect={false}
      data-testid="purchasing-location"
    />
  );
}
