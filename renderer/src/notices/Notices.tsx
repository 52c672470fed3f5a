import { CloseButton, Notification, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dismissNotice, useNotices } from './notice-store';
import type { NoticeTone } from './notice-store';

const COLORS: Record<NoticeTone, string> = { error: 'red', warning: 'orange', info: 'blue', success: 'green' };

/** Prominent but never modal: a cashier keeps scanning while a notice is up. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices();
  return (
    <Stack
      aria-live="assertive"
      gap="xs"
      style={{ position: 'fixed', top: 72, left: '50%', transform: 'translateX(-50%)', zIndex: 1000, width: 'min(560px, 90vw)' }}
    >
      {notices.map((n) => (
        <Notification
          key={n.id}
          role={n.tone === 'error' ? 'alert' : 'status'}
          color={COLORS[n.tone]}
          withCloseButton={false}
          withBorder
          styles={{ description: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 600 } }}
        >
          <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
            <span style={{ flex: 1, fontSize: 20, fontWeight: 600 }} data-testid="notice">
              {n.message}
            </span>
            <CloseButton size={48} aria-label={t('app.dismiss')} onClick={() => dismissNotice(n.id)} />
          </div>
        </Notification>
      ))}
    </Stack>
  );
}
