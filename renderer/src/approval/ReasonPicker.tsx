import { Button, Loader, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReasonKind } from '../../../shared/domain/reasons';
import { call } from '../api/client';
import { keys } from '../api/query-keys';

interface ReasonPickerProps {
  kind: ReasonKind;
  value: string | null;
  onChange: (reasonId: string) => void;
}

/** The store's reasons of one kind as large buttons, one of them chosen (a radio group). */
export function ReasonPicker({ kind, value, onChange }: ReasonPickerProps) {
  const { t } = useTranslation();
  const reasons = useQuery({ queryKey: keys.reasons(kind), queryFn: () => call('reasons.list', { kind }) });
  if (reasons.data === undefined) return <Loader size="sm" />;
  return (
    <div>
      <Text id={`reason-${kind}`} fw={600} mb={6}>
        {t('reasons.pick')}
      </Text>
      <SimpleGrid cols={2} spacing={6} role="radiogroup" aria-labelledby={`reason-${kind}`}>
        {reasons.data.map((r) => (
          <Button
            key={r.id}
            h={48}
            role="radio"
            aria-checked={r.id === value}
            variant={r.id === value ? 'filled' : 'default'}
            onClick={() => onChange(r.id)}
            data-testid="reason-option"
          >
            {r.label}
          </Button>
        ))}
      </SimpleGrid>
    </div>
  );
}
