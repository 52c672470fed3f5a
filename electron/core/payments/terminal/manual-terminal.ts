import { outcome, type PaymentTerminal, type TerminalOutcome, type TerminalRequest } from './payment-terminal';

/**
 * A standalone terminal not connected to the till, the common case: the cashier keys the
 * amount on the terminal, the customer pays there, and the cashier answers approved or
 * declined on the till (sale.confirmCard). A request no one answers times out, so a
 * forgotten one never blocks the till.
 */
export class ManualTerminal implements PaymentTerminal {
  readonly driver = 'manual';
  readonly needsCashier = true;
  private readonly pending = new Map<string, { resolve: (o: TerminalOutcome) => void; timer: NodeJS.Timeout }>();

  charge(req: TerminalRequest): Promise<TerminalOutcome> {
    return this.wait(req);
  }

  refund(req: TerminalRequest): Promise<TerminalOutcome> {
    return this.wait(req);
  }

  /**
   * The till cannot reach a standalone terminal: the cashier cancels the payment there.
   * Answered at once, so removing the tender is not held up; the reply says what to do.
   */
  reverse(_req: TerminalRequest): Promise<TerminalOutcome> {
    return Promise.resolve(outcome('approved', 'Cancel the payment on the card terminal as well'));
  }

  answer(requestId: string, result: TerminalOutcome): boolean {
    const p = this.pending.get(requestId);
    if (!p) return false;
    this.pending.delete(requestId);
    clearTimeout(p.timer);
    p.resolve(result);
    return true;
  }

  private wait(req: TerminalRequest): Promise<TerminalOutcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(req.requestId);
        resolve(outcome('timeout', 'No answer from the card terminal in time'));
      }, req.timeoutMs);
      // A pending request must not keep a stopping process alive.
      timer.unref();
      this.pending.set(req.requestId, { resolve, timer });
    });
  }
}
