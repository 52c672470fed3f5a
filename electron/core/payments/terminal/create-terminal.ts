import type { TerminalSettings } from '../../../../shared/domain/store';
import { ManualTerminal } from './manual-terminal';
import type { PaymentTerminal } from './payment-terminal';
import { SimulatedTerminal } from './simulated-terminal';

/**
 * The terminal for the current settings, kept while they stay the same: a manual
 * terminal holds the requests waiting for the cashier, so it must outlive one call. A
 * request under way keeps the driver it started with when the settings change.
 */
export class TerminalHub {
  private current: { key: string; terminal: PaymentTerminal } | null = null;

  constructor(private readonly settings: () => TerminalSettings) {}

  terminal(): { terminal: PaymentTerminal; timeoutMs: number } {
    const s = this.settings();
    const key = s.driver === 'simulator' ? `simulator:${s.simulate}` : s.driver;
    if (this.current?.key !== key) this.current = { key, terminal: createTerminal(s) };
    return { terminal: this.current.terminal, timeoutMs: s.timeoutMs };
  }
}

/** One line per driver; a networked protocol adds its case here. */
export function createTerminal(s: TerminalSettings): PaymentTerminal {
  switch (s.driver) {
    case 'manual':
      return new ManualTerminal();
    case 'simulator':
      return new SimulatedTerminal(s.simulate);
  }
}
