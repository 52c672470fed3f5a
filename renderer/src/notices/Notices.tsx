import { CloseButton, Paper, Stack } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dismissNotice, useNotices } from './notice-store';
import type { NoticeTone } from './notice-store';

// Shade 9: white text on them reaches WCAG AA (4.3:1 to 6.1:1 for this 20 px bold text, which needs 3:1).
const COLORS: Record<NoticeTone, string> = { error: 'red.9', warning: 'orange.9', info: 'blue.9', success: 'green.9' };

/**
 * Prominent but never modal: a cashier keeps scanning while a notice is up. Shown bottom
 * left so it covers neither the search box, a dialog's title, nor the cart and Pay.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices();
  return (
    <Stack
      aria-live="assertive"
      gap="xs"
      style={{
        position: 'fixed',
        bottom: 20,
        left: 20,
        zIndex: 1000,
        // Over the product grid, clear of the cart column and its Pay button.
        width: 'min(600px, calc(100vw - 460px))',
        minWidth: 320,
      }}
    >
      {notices.map((n) => {
        const Icon = n.tone === 'error' || n.tone === 'warning' ? IconAlertTriangle : IconInfoCircle;
        return (
          <Paper
            key={n.id}
            role={n.tone === 'error' ? 'alert' : 'status'}
            bg={COLORS[n.tone]}
            c="white"
            shadow="xl"
            radius="md"
            px="md"
            py={6}
            style={{ display: 'flex', alignItems: 'center', gap: 12 }}
          >
            <Icon size={30} style={{ flexShrink: 0 }} />
            <span style={{ flex: 1, fontSize: 20, fontWeight: 700 }} data-testid="notice">
              {n.message}
            </span>
            <CloseButton
              size={48}
              variant="transparent"
              c="white"
              aria-label={t('app.dismiss')}
              onClick={() => dismissNotice(n.id)}
            />
          </Paper>
        );
      })}
    </Stack>
  );
}
