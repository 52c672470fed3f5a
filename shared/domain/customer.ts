import type { Iso, Minor } from './units';

/** A customer as the till and the back office show one. */
export interface CustomerView {
  id: string;
  name: string;
  phone: string;
  email: string;
  address: string;
  taxId: string;
  notes: string;
  /** The loyalty card's code, scanned at the till to attach the customer. */
  loyaltyCode: string | null;
  creditBalance: Minor;
  archived: boolean;
}

/** One movement of a customer's store credit and the document it belongs to. */
export interface StoreCreditMovementView {
  id: string;
  /** Positive: credit given; negative: credit spent. */
  delta: Minor;
  at: Iso;
  documentId: string;
  /** 'sale': a sale or return moved it (see receiptNumber); 'issued': a manager gave it. */
  source: 'sale' | 'issued';
  receiptNumber: string | null;
  /** Who issued it, for credit issued by a manager. */
  staffName: string | null;
  note: string | null;
}

/** What a gift card holds. An unknown code is not an error: exists is false, balance 0. */
export interface GiftCardBalance {
  code: string;
  exists: boolean;
  balance: Minor;
  /** How many movements (issue, top-ups, redemptions) the card has had. */
  movements: number;
}

/** Codes a gift card and a loyalty card may carry: letters and digits, upper case once read. */
export const GIFT_CARD_CODE = /^[A-Za-z0-9]{8,20}$/;
export const LOYALTY_CODE = /^[A-Za-z0-9]{4,32}$/;
/** The most one gift card line, or one issue of store credit, may carry: 10,000.00 in a 2-decimal currency. */
export const MAX_CARD_AMOUNT: Minor = 1_000_000;
