/**
 * A receipt printer that lives in memory, for tills without hardware, demos and tests of
 * everything above the device layer. It renders the same bytes a real printer would get,
 * so a receipt that breaks rendering breaks here too.
 */
import type { ReceiptDoc } from '../../../../shared/domain/receipt';
import type { LabelDoc } from '../../../../shared/domain/shelf-labels';
import { LifecycleDevice } from '../lifecycle';
import type { DeviceHealth, PrinterStatus, ReceiptPrinter } from '../types';
import { DeviceError } from '../types';
import type { DrawerPin } from './drawer-pulse';
import { drawerPulse } from './drawer-pulse';
import { renderLabels } from './escpos-labels';
import { renderReceipt } from './escpos-receipt';
import type { ReceiptLabels } from './receipt-labels';
import { describeStatus } from './status';

export type SimulatedJob =
  | { kind: 'receipt'; doc: ReceiptDoc; bytes: Buffer; openedDrawer: boolean }
  | { kind: 'labels'; labels: LabelDoc[]; bytes: Buffer }
  | { kind: 'drawer'; bytes: Buffer };

export interface SimulatedPrinterOptions {
  name?: string;
  columns?: number;
  drawerPin?: DrawerPin;
  labels?: Partial<ReceiptLabels>;
}

const READY: PrinterStatus = {
  online: true,
  coverOpen: false,
  paperEnd: false,
  paperNearEnd: false,
  drawerOpen: false,
  error: false,
};

export class SimulatedPrinter extends LifecycleDevice implements ReceiptPrinter {
  readonly name: string;
  /** Every job printed, oldest first. */
  readonly jobs: SimulatedJob[] = [];
  private readonly columns: number;
  private readonly drawerPin: DrawerPin;
  private readonly labels: Partial<ReceiptLabels> | undefined;
  private online = true;
  private current: PrinterStatus = { ...READY };

  constructor(options: SimulatedPrinterOptions = {}) {
    const name = options.name ?? 'sim:';
    super(`receipt printer ${name}`);
    this.name = name;
    this.columns = options.columns ?? 42;
    this.drawerPin = options.drawerPin ?? 2;
    this.labels = options.labels;
  }

  /** Offline: every job and status read fails as an unplugged printer's would. */
  setOnline(online: boolean): void {
    this.online = online;
  }

  /** Paper low, cover open and the like, for testing how the till reacts. */
  setStatus(status: Partial<PrinterStatus>): void {
    this.current = { ...this.current, ...status };
  }

  /** The cashier pushes the drawer shut. */
  closeDrawer(): void {
    this.current = { ...this.current, drawerOpen: false };
  }

  async printReceipt(doc: ReceiptDoc, opts: { openDrawer: boolean }): Promise<void> {
    this.lifecycle.require('print a receipt', 'enabled');
    this.assertOnline();
    const bytes = renderReceipt(doc, {
      columns: this.columns,
      openDrawer: opts.openDrawer,
      drawerPin: this.drawerPin,
      type: 'epson',
      labels: this.labels,
    });
    // A copy, so a caller mutating its document later cannot rewrite printed history.
    this.jobs.push({ kind: 'receipt', doc: structuredClone(doc), bytes, openedDrawer: opts.openDrawer });
    if (opts.openDrawer) this.current = { ...this.current, drawerOpen: true };
  }

  async printLabels(labels: readonly LabelDoc[]): Promise<void> {
    this.lifecycle.require('print labels', 'enabled');
    this.assertOnline();
    const bytes = renderLabels(labels, { columns: this.columns, type: 'epson' });
    this.jobs.push({ kind: 'labels', labels: structuredClone([...labels]), bytes });
  }

  async openDrawer(): Promise<void> {
    this.lifecycle.require('open the cash drawer', 'enabled');
    this.assertOnline();
    this.jobs.push({ kind: 'drawer', bytes: drawerPulse('epson', this.drawerPin) });
    this.current = { ...this.current, drawerOpen: true };
  }

  async status(): Promise<PrinterStatus> {
    this.lifecycle.require('read printer status', 'claimed', 'enabled');
    this.assertOnline();
    return { ...this.current };
  }

  async checkHealth(): Promise<DeviceHealth> {
    const state = this.state;
    if (state === 'closed' || state === 'opened') {
      return { ok: false, state, detail: `Receipt printer ${this.name} is ${state}` };
    }
    if (!this.online) return { ok: false, state, detail: this.offlineMessage() };
    return { state, ...describeStatus(this.current) };
  }

  private assertOnline(): void {
    if (!this.online) throw new DeviceError('device_offline', this.offlineMessage());
  }

  private offlineMessage(): string {
    return `Receipt printer ${this.name} (simulator) is not reachable`;
  }
}
