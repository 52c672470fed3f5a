import type { ReasonCodeView, ReasonKind } from '../../../shared/domain/reasons';
import { newId, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/**
 * The store's list of reasons. What a discount, override or void records is the label
 * as it read then (copied into the cart and the document), so editing or archiving a
 * reason never changes what was recorded with it.
 */
export class ReasonCodes {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
  ) {}

  list(kind: ReasonKind): ReasonCodeView[] {
    return this.db.all(
      this.db.q
        .selectFrom('reason_codes')
        .select(['id', 'kind', 'code', 'label', 'position'])
        .where('kind', '=', kind)
        .where('active', '=', 1)
        .orderBy('position')
        .orderBy('label'),
    );
  }

  /** The label of an active reason of this kind; a missing or wrong one is refused by name. */
  label(kind: ReasonKind, reasonId: string | undefined): string {
    if (reasonId === undefined) fail('reason_required', `Pick a reason (${kind.replace('_', ' ')})`);
    const row = this.db.first(
      this.db.q
        .selectFrom('reason_codes')
        .select('label')
        .where('id', '=', reasonId)
        .where('kind', '=', kind)
        .where('active', '=', 1),
    );
    return row?.label ?? fail('reason_required', `That is not a ${kind.replace('_', ' ')} reason on the list`);
  }

  save(input: { id?: string | undefined; kind: ReasonKind; code: string; label: string; position?: number | undefined }): ReasonCodeView {
    return this.db.tx(() => {
      const clash = this.db.first(
        this.db.q.selectFrom('reason_codes').select('id').where('kind', '=', input.kind).where('code', '=', input.code),
      );
      if (clash && clash.id !== input.id) fail('invalid_input', `There is already a reason with code ${input.code}`);
      if (input.id !== undefined) {
        const row =
          this.db.first(this.db.q.selectFrom('reason_codes').select(['id', 'kind', 'position']).where('id', '=', input.id)) ??
          fail('not_found', 'No such reason');
        if (row.kind !== input.kind) fail('invalid_input', 'A reason keeps its kind; add a new one instead');
        this.db.run(
          this.db.q
            .updateTable('reason_codes')
            .set({ code: input.code, label: input.label, position: input.position ?? row.position, active: 1 })
            .where('id', '=', row.id),
        );
        return this.get(row.id);
      }
      const last = this.db.first(
        this.db.q
          .selectFrom('reason_codes')
          .select((eb) => eb.fn.max('position').as('p'))
          .where('kind', '=', input.kind),
      );
      const id = newId(this.clock);
      this.db.run(
        this.db.q.insertInto('reason_codes').values({
          id,
          kind: input.kind,
          code: input.code,
          label: input.label,
          position: input.position ?? (last?.p ?? 0) + 1,
        }),
      );
      return this.get(id);
    });
  }

  archive(id: string): null {
    const r = this.db.run(this.db.q.updateTable('reason_codes').set({ active: 0 }).where('id', '=', id));
    if (Number(r.changes) === 0) fail('not_found', 'No such reason');
    return null;
  }

  private get(id: string): ReasonCodeView {
    return (
      this.db.first(
        this.db.q.selectFrom('reason_codes').select(['id', 'kind', 'code', 'label', 'position']).where('id', '=', id),
      ) ?? fail('not_found', 'No such reason')
    );
  }
}
