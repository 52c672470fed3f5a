import type { CartView } from '../domain/cart';
import type { PrinterStatusView } from '../domain/devices';
import type { PrintJobView } from '../domain/sale';

/** Pushes from main to every connected renderer. */
export interface EventMap {
  'cart.updated': CartView;
  'print.job': PrintJobView;
  'printer.status': PrinterStatusView;
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = ['cart.updated', 'print.job', 'printer.status'];
