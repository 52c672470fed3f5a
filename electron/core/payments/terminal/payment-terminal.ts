import type { Minor } from '../../../../shared/domain/units';

/**
 * A card payment terminal, as the till sees it: it is asked to charge, refund or reverse
 * an amount and answers with an outcome. The till never sees a card number; the terminal
 * keeps the card and hands back only the last four digits, an approval code and its own
 * reference for the transaction (needed to reverse or refund it later).
 *
 * Drivers: ManualTerminal (a standalone terminal: the cashier keys the amount there and
 * tells the till the outcome), SimulatedTerminal (the demo and tests). A networked
 * protocol (ZVT, OPI, nexo) is a third class implementing this interface; see
 * docs/payment-terminal.md.
 */
export type TerminalOperation = 'charge' | 'refund' | 'reverse';

export interface TerminalRequest {
  /** The till's id for the request, unique; a networked driver sends it as its reference. */
  requestId: string;
  operation: TerminalOperation;
  /** Always positive, in minor units of the store currency. */
  amount: Minor;
  /** For reverse (and a refund where the protocol links it): the terminal's reference of the original. */
  originalRef: string | null;
  /** How long to wait for an outcome before answering timeout. */
  timeoutMs: number;
}

export type TerminalStatus = 'approved' | 'declined' | 'timeout';

export interface TerminalOutcome {
  status: TerminalStatus;
  /** Exactly four digits, or null when unknown. */
  last4: string | null;
  approvalCode: string | null;
  /** The terminal's own transaction reference, if it gives one. */
  terminalRef: string | null;
  message: string;
}

export interface PaymentTerminal {
  readonly driver: string;
  /**
   * true: the outcome comes from the cashier reading the terminal (answer() below), so
   * the till replies 'confirm' at once and waits for sale.confirmCard.
   */
  readonly needsCashier: boolean;
  charge(req: TerminalRequest): Promise<TerminalOutcome>;
  refund(req: TerminalRequest): Promise<TerminalOutcome>;
  reverse(req: TerminalRequest): Promise<TerminalOutcome>;
  /** The cashier's reading of a pending request; false when nothing is pending under that id. */
  answer(requestId: string, outcome: TerminalOutcome): boolean;
}

export function outcome(status: TerminalStatus, message: string, extra: Partial<TerminalOutcome> = {}): TerminalOutcome {
  return { status, last4: null, approvalCode: null, terminalRef: null, message, ...extra };
}
