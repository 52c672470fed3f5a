import { useState } from 'react';
import type { AppStatus } from '../../../shared/contract';
import type { SessionInfo } from '../../../shared/domain/staff';
import { BackOffice } from '../backoffice/BackOffice';
import { TillScreen } from '../till/TillScreen';

interface SessionScreenProps {
  status: AppStatus;
  session: SessionInfo;
}

/**
 * The till or the back office, for one login. Mounted afresh at each login (the login
 * screen sits between two sessions), so the till's start screen applies right after it.
 * Switching keeps the open cart: it lives in the core, not in this component.
 */
export function SessionScreen({ status, session }: SessionScreenProps) {
  const canBackOffice = session.permissions.includes('catalog.manage');
  const [view, setView] = useState<'till' | 'backoffice'>(() =>
    canBackOffice && status.startScreen === 'backoffice' ? 'backoffice' : 'till',
  );
  if (view === 'backoffice' && canBackOffice) {
    return <BackOffice status={status} session={session} onTill={() => setView('till')} />;
  }
  return (
    <TillScreen status={status} session={session} onBackOffice={canBackOffice ? () => setView('backoffice') : null} />
  );
}
