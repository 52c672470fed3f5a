import { describe, expect, it } from 'vitest';
import type { ReturnablePaymentView } from '../../shared/domain/returns';
import { pendingRefunds, proposeRefunds } from '../../renderer/src/payment/refund-proposals';

const payment = (id: string, kind: ReturnablePaymentView['kind'], amount: number, refunded = 0): ReturnablePaymentView => ({
  id,
  method: kind,
  methodName: kind,
  kind,
  amount,
  refunded,
  cardLast4: kind === 'card' ? '4242' : null,
});

describe('the refund goes back to the original tenders by default', () => {
  it('proposes card first, then other tenders, cash last, each for at most what it can still take back', () => {
    const payments = [payment('p1', 'cash', 500), payment('p2', 'gift_card', 300), payment('p3', 'card', 1000, 800)];
    const got = proposeRefunds(payments, { remaining: -400, cashDue: -400 }, new Map());
    expect(got.map((p) => [p.payment.id, p.amount])).toEqual([
      ['p3', 200],
      ['p2', 300],
      ['p1', 400],
    ]);
  });

  it('a payment already refunded in full, or by refunds taken in this cart, is not proposed', () => {
    const payments = [payment('p1', 'card', 500, 500), payment('p2', 'card', 500)];
    const pending = pendingRefunds(
      { tenders: [{ id: 't1', method: 'card', methodName: 'Card', kind: 'card', amount: -500, cardLast4: '4242', approvalCode: null, giftCardCode: null, customerName: null }] },
      { t1: 'p2' },
    );
    expect(proposeRefunds(payments, { remaining: -300, cashDue: -300 }, pending)).toEqual([]);
    expect(proposeRefunds(payments, { remaining: 300, cashDue: 300 }, new Map())).toEqual([]);
  });

  it('cash that settles the whole refund pays out the cash-rounded amount, naming the payment only when it fits', () => {
    const [cash] = proposeRefunds([payment('p1', 'cash', 473)], { remaining: -473, cashDue: -475 }, new Map());
    expect(cash).toMatchObject({ amount: 475, linked: false });
    const [fits] = proposeRefunds([payment('p1', 'cash', 500)], { remaining: -473, cashDue: -475 }, new Map());
    expect(fits).toMatchObject({ amount: 475, linked: true });
  });
});
