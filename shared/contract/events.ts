import type { CartView } from '../domain/cart';
import type { ImportJobView } from '../domain/catalog-io';
import type { PrinterStatusView } from '../domain/devices';
import type { PrintJobView } from '../domain/sale';
import type { Access } from './define';

/** Pushes from main to the renderers whose session may see them. */
export interface EventMap {
  'cart.updated': CartView;
  'print.job': PrintJobView;
  'printer.status': PrinterStatusView;
  /** A catalog import's progress, and its end. */
  'catalogio.progress': ImportJobView;
}
export type EventName = keyof EventMap;

/**
 * Who may receive each push, checked per connection at the moment it is sent: a socket
 * that is not logged in receives nothing, and a push carries only what the session
 * bound to that connection could also ask for through a channel.
 */
export const EVENT_ACCESS: { readonly [E in EventName]: Exclude<Access, 'public' | 'setup'> } = {
  'cart.updated': 'sale.sell',
  'print.job': 'sale.sell',
  'printer.status': 'staff',
  'catalogio.progress': 'catalog.manage',
};
export const EVENT_NAMES = Object.keys(EVENT_ACCESS) as readonly EventName[];
