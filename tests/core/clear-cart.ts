/**
 * What the tests send to empty a cart between cases, now that a sale is only voided with
 * a reason: "Scanned in error" (seeded by migration 004) and the demo manager's PIN,
 * which a cashier needs and a manager's own session ignores.
 */
export const VOID_SCANNED_IN_ERROR = '00000000-0000-7000-8000-000000000302';
export const CLEAR_CART = { reasonId: VOID_SCANNED_IN_ERROR, approval: { pin: '9999' } } as const;
