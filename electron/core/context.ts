import type { StaffView } from '../../shared/domain/staff';
import type { Clock } from './clock';
import type { SqlDb } from './db/sql';
import type { DocumentWriter } from './documents/document-writer';
import { fail } from './errors';
import type { EventBus } from './events';
import type { CallContext } from './router';
import type { SettingsStore } from './settings/settings-store';

/** What every domain is built from: the writer database, time, pushes and settings. */
export interface CoreContext {
  db: SqlDb;
  clock: Clock;
  events: EventBus;
  settings: SettingsStore;
  /** The one path by which documents become final. */
  documents: DocumentWriter;
  version: string;
}

/** The till this installation is, or not_set_up before the first run finished. */
export function tillIdOf(ctx: CoreContext): string {
  return ctx.settings.get('tillId') ?? fail('not_set_up', 'The store is not set up yet');
}

/** The staff member of the session; the router has already refused calls without one. */
export function staffOf(call: CallContext): StaffView {
  return call.session?.staff ?? fail('not_logged_in', 'Log in first');
}
