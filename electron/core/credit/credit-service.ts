import type { CustomerView, StoreCreditMovementView } from '../../../shared/domain/customer';
import type { StaffView } from '../../../shared/domain/staff';
import type { Minor } from '../../../shared/domain/units';
import { newId, type Clock } from '../clock';
import { oneLine } from '../customers/clean-text';
import { customerById, toCustomerView } from '../customers/customer-row';
import type { SqlDb } from '../db/sql';
import type { DocumentWriter } from '../documents/document-writer';
import { fail } from '../errors';

/**
 * Store credit is a ledger: every movement is a row of a finalized document (a sale that
 * spends or refunds to it, or credit a manager issued), journaled with the document's
 * hash, and the customer's balance follows by trigger in the same transaction.
 */
export class CreditService {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
    private readonly writer: DocumentWriter,
  ) {}

  /** A 'credit.issued' document with one movement of +amount. */
  issue(
    tillId: string,
    staff: StaffView,
    input: { customerId: string; amount: Minor; reasonId?: string | undefined; note?: string | undefined },
  ): CustomerView {
    this.writer.finalize('credit.issued', tillId, (doc) => {
      const customer = customerById(this.db, input.customerId) ?? fail('not_found', 'No such customer');
      if (customer.archived_at !== null) fail('customer_archived', `${customer.name} is archived`);
      const reason =
        input.reasonId === undefined
          ? null
          : (this.db.first(this.db.q.selectFrom('reason_codes').select('label').where('id', '=', input.reasonId))?.label ??
            fail('not_found', 'No such reason'));
      const text = [reason, input.note === undefined ? '' : oneLine(input.note)].filter((t) => t).join(': ');
      const note = text === '' ? null : text;
      return {
        rows: {
          store_credit_movements: [
            {
              id: newId(this.clock),
              customer_id: customer.id,
              doc_id: doc.id,
              delta: input.amount,
              created_at: doc.at,
              staff_id: staff.id,
              note,
            },
          ],
        },
        summary: { customerId: customer.id, customer: customer.name, amount: input.amount, staffId: staff.id, note },
        result: null,
      };
    });
    return toCustomerView(customerById(this.db, input.customerId) ?? fail('not_found', 'No such customer'));
  }

  history(customerId: string, limit: number): StoreCreditMovementView[] {
    if (!customerById(this.db, customerId)) fail('not_found', 'No such customer');
    return this.db
      .all(
        this.db.q
          .selectFrom('store_credit_movements as m')
          .leftJoin('sales as s', 's.id', 'm.doc_id')
          .leftJoin('staff as st', 'st.id', 'm.staff_id')
          .select(['m.id', 'm.delta', 'm.created_at', 'm.doc_id', 's.receipt_number', 'st.name as staff_name', 'm.note'])
          .where('m.customer_id', '=', customerId)
          .orderBy('m.created_at', 'desc')
          .orderBy('m.id', 'desc')
          .limit(limit),
      )
      .map((r) => ({
        id: r.id,
        delta: r.delta,
        at: r.created_at,
        documentId: r.doc_id,
        source: r.receipt_number === null ? 'issued' : 'sale',
        receiptNumber: r.receipt_number,
        staffName: r.staff_name,
        note: r.note,
      }));
  }
}
