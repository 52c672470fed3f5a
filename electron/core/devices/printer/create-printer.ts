/**
 * The receipt printer a till's settings ask for, from one URI string:
 *   tcp://host[:port]   a network ESC/POS printer (port 9100 unless given)
 *   sim: or sim:name    the in-memory simulator
 *   none                no printer; jobs fail as offline and wait in the print queue
 * A malformed setting throws here, at startup, rather than at the first sale.
 */
import type { ReceiptPrinter } from '../types';
import type { DrawerPin } from './drawer-pulse';
import { EscPosPrinter } from './escpos-printer';
import { NullPrinter } from './null-printer';
import type { ReceiptLabels } from './receipt-labels';
import { SimulatedPrinter } from './simulated-printer';
import { DEFAULT_PRINTER_PORT, DEFAULT_PRINTER_TIMEOUT_MS, TcpTransport } from './tcp-transport';
import type { PrinterCommandSet } from './thermal-printer';

export interface CreatePrinterOptions {
  /** Characters per line; 42 fits every 80 mm printer, 32 is usual on 58 mm paper. */
  columns?: number;
  drawerPin?: DrawerPin;
  timeoutMs?: number;
  /** Whether the drawer reports open when pin 3 is high; depends on the drawer model. */
  drawerOpenWhenHigh?: boolean;
  type?: PrinterCommandSet;
  labels?: Partial<ReceiptLabels>;
}

export type PrinterUri =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'sim'; name: string }
  | { kind: 'none' };

const DEFAULT_COLUMNS = 42;
const TCP = /^tcp:\/\/(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::(\d{1,5}))?\/?$/i;
const SIM = /^sim:([a-z0-9_-]*)$/i;

export function parsePrinterUri(uri: string): PrinterUri {
  const text = uri.trim();
  if (text === 'none') return { kind: 'none' };

  const sim = SIM.exec(text);
  if (sim !== null) return { kind: 'sim', name: text };

  const tcp = TCP.exec(text);
  if (tcp !== null) {
    const host = (tcp[1] ?? '').replace(/^\[|\]$/g, '');
    const port = tcp[2] === undefined ? DEFAULT_PRINTER_PORT : Number(tcp[2]);
    if (port < 1 || port > 65535) throw new Error(`Printer address "${uri}" has port ${port}; it must be 1-65535`);
    return { kind: 'tcp', host, port };
  }

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1];
  if (scheme !== undefined && !['tcp', 'sim'].includes(scheme.toLowerCase())) {
    throw new Error(`Printer address "${uri}" uses "${scheme}:", which is not supported; use tcp://host[:port], sim: or none`);
  }
  throw new Error(`Printer address "${uri}" is not valid; use tcp://host[:port], sim: or none`);
}

export function createPrinter(uri: string, opts: CreatePrinterOptions = {}): ReceiptPrinter {
  const parsed = parsePrinterUri(uri);
  const columns = opts.columns ?? DEFAULT_COLUMNS;
  const drawerPin = opts.drawerPin ?? 2;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PRINTER_TIMEOUT_MS;
  // Settings come from the database, so the types alone do not guarantee these.
  if (!Number.isInteger(columns) || columns < 20 || columns > 80) {
    throw new RangeError(`Printer columns must be a whole number from 20 to 80, got ${columns}`);
  }
  if (drawerPin !== 2 && drawerPin !== 5) throw new RangeError(`Drawer pin must be 2 or 5, got ${String(drawerPin)}`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 60_000) {
    throw new RangeError(`Printer timeout must be 1-60000 ms, got ${timeoutMs}`);
  }

  switch (parsed.kind) {
    case 'none':
      return new NullPrinter();
    case 'sim':
      return new SimulatedPrinter({
        name: parsed.name,
        columns,
        drawerPin,
        labels: opts.labels,
      });
    case 'tcp':
      return new EscPosPrinter(new TcpTransport({ host: parsed.host, port: parsed.port, timeoutMs }), {
        columns,
        drawerPin,
        timeoutMs,
        type: opts.type ?? 'epson',
        // Open-when-high is what the common switch-equipped drawers report; a till whose
        // drawer reads backwards flips this setting.
        drawerOpenWhenHigh: opts.drawerOpenWhenHigh ?? true,
        labels: opts.labels,
      });
  }
}
