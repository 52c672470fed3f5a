import type { TerminalSettings } from '../../../../shared/domain/store';
import { outcome, type PaymentTerminal, type TerminalOutcome, type TerminalRequest } from './payment-terminal';

/**
 * Answers by itself, for the demo and the tests: approve, decline, or time out (it really
 * waits the whole timeout first). Reversals are always approved, as a real terminal
 * reverses its own approvals.
 */
export class SimulatedTerminal implements PaymentTerminal {
  readonly driver = 'simulator';
  readonly needsCashier = false;
  private seq = 0;

  constructor(
    private readonly simulate: TerminalSettings['simulate'],
    private readonly delayMs = 600,
  ) {}

  charge(req: TerminalRequest): Promise<TerminalOutcome> {
    return this.respond(req);
  }

  refund(req: TerminalRequest): Promise<TerminalOutcome> {
    return this.respond(req);
  }

  reverse(req: TerminalRequest): Promise<TerminalOutcome> {
    return this.later(this.delayMs, () => this.approved(req, 'Reversed'));
  }

  answer(): boolean {
    return false;
  }

  private respond(req: TerminalRequest): Promise<TerminalOutcome> {
    switch (this.simulate) {
      case 'approve':
        return this.later(this.delayMs, () => this.approved(req, 'Approved'));
      case 'decline':
        return this.later(this.delayMs, () => outcome('declined', 'Declined by the card issuer'));
      case 'timeout':
        return this.later(req.timeoutMs, () => outcome('timeout', 'No answer from the card terminal in time'));
    }
  }

  private approved(req: TerminalRequest, message: string): TerminalOutcome {
    this.seq += 1;
    return outcome('approved', message, {
      last4: '4242',
      approvalCode: String(100000 + ((this.seq * 7919) % 900000)),
      terminalRef: `SIM-${req.requestId.slice(-12)}`,
    });
  }

  private later(ms: number, make: () => TerminalOutcome): Promise<TerminalOutcome> {
    return new Promise((resolve) => setTimeout(() => resolve(make()), ms).unref());
  }
}
