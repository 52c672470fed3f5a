import { Badge } from '@mantine/core';
import { IconPrinter, IconPrinterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrinterStatusView } from '../../../shared/domain/devices';
import { usePrinterStatus } from '../api/hooks/use-admin';

type Tone = { color: string; key: 'none' | 'ready' | 'paperLow' | 'paperOut' | 'coverOpen' | 'offline' };

function toneOf(s: PrinterStatusView): Tone {
  if (!s.configured) return { color: 'gray', key: 'none' };
  if (!s.online) return { color: 'red', key: 'offline' };
  if (s.paperEnd) return { color: 'red', key: 'paperOut' };
  if (s.coverOpen) return { color: 'red', key: 'coverOpen' };
  if (s.paperNearEnd) return { color: 'yellow', key: 'paperLow' };
  return { color: 'green', key: 'ready' };
}

/** Kept current by `printer.status` pushes (see use-server-events). */
export function PrinterBadge() {
  const { t } = useTranslation();
  const { data } = usePrinterStatus();
  if (data === undefined) {
    return (
      <Badge size="xl" color="gray" variant="light">
        {t('printer.unknown')}
      </Badge>
    );
  }
  const tone = toneOf(data);
  const Icon = tone.color === 'green' ? IconPrinter : IconPrinterOff;
  return (
    <Badge
      size="xl"
      tt="none"
      color={tone.color}
      variant="light"
      leftSection={<Icon size={18} />}
      title={[data.name, data.detail].filter(Boolean).join(' – ')}
      role="status"
      data-testid="printer-status"
    >
      {t(`printer.${tone.key}`)}
    </Badge>
  );
}
