import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { StaffView } from '../../../shared/domain/staff';
import type { StockReasonView } from '../../../shared/domain/stock';
import { newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { oneLine } from '../customers/clean-text';
import { fail } from '../errors';
import { stockChanged } from './stock-journal';

/**
 * The store's adjustment reasons (damage, theft, expiry, own use, found, and its own).
 * A movement stores the reason's code, and the history shows the reason's name as it is
 * now; the code never changes, so renaming a reason renames it everywhere, which is what
 * a shop fixing a typo wants. The system's reasons (sale, transfer, count...) are fixed.
 */
export class ReasonService {
  constructor(private readonly ctx: CoreContext) {}

  list(includeArchived: boolean, includeSystem: boolean): StockReasonView[] {
    const { db } = this.ctx;
    let q = db.q.selectFrom('stock_reasons').select(['code', 'name', 'kind', 'direction', 'position', 'archived_at']);
    if (!includeArchived) q = q.where('archived_at', 'is', null);
    if (!includeSystem) q = q.where('kind', '=', 'adjustment');
    return db
      .all(
        q
          .orderBy(sql`kind = 'system'`)
          .orderBy('position')
          .orderBy('name'),
      )
      .map(toView);
  }

  /** An adjustment reason that may be used now, or refused by name. */
  usable(code: string): StockReasonView {
    const r = this.find(code);
    if (!r || r.system) fail('invalid_input', `${code} is not an adjustment reason`);
    if (r.archived) fail('invalid_input', `The reason ${r.name} is archived`);
    return r;
  }

  save(input: ParsedInputOf<'stock.saveReason'>, staff: StaffView): StockReasonView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    const name = oneLine(input.name);
    if (name === '') fail('invalid_input', 'A reason needs a name');
    // Generated, so a store's own reason never collides with one the app adds later.
    const code = input.code ?? `r_${newId(this.ctx.clock)}`;
    db.txImmediate(() => {
      const clash = db.first(
        db.q
          .selectFrom('stock_reasons')
          .select('code')
          .where(sql<boolean>`name = ${name} collate nocase`)
          .where('kind', '=', 'adjustment')
          .where('archived_at', 'is', null),
      );
      if (clash && clash.code !== code) fail('invalid_input', `There is already a reason called ${name}`);
      if (input.code !== undefined) {
        const r = this.find(input.code) ?? fail('not_found', 'No such reason');
        if (r.system) fail('invalid_input', `${r.name} is a system reason and cannot be edited`);
        db.run(db.q.updateTable('stock_reasons').set({ name, direction: input.direction }).where('code', '=', code));
        if (input.position !== undefined) this.moveTo(code, input.position);
      } else {
        const last = db.first(
          db.q
            .selectFrom('stock_reasons')
            .select((eb) => eb.fn.max('position').as('p'))
            .where('kind', '=', 'adjustment'),
        );
        db.run(
          db.q.insertInto('stock_reasons').values({
            code,
            name,
            kind: 'adjustment',
            direction: input.direction,
            position: (last?.p ?? 0) + 1,
            archived_at: null,
          }),
        );
        if (input.position !== undefined) this.moveTo(code, input.position);
      }
      stockChanged(this.ctx, tillId, staff, {
        action: input.code === undefined ? 'reason.created' : 'reason.updated',
        code,
        name,
        direction: input.direction,
      });
    });
    return this.find(code) ?? fail('not_found', 'No such reason');
  }

  archive(code: string, archived: boolean, staff: StaffView): StockReasonView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const r = this.find(code) ?? fail('not_found', 'No such reason');
      if (r.system) fail('invalid_input', `${r.name} is a system reason and cannot be archived`);
      db.run(
        db.q
          .updateTable('stock_reasons')
          .set({ archived_at: archived ? nowIso(this.ctx.clock) : null })
          .where('code', '=', code),
      );
      stockChanged(this.ctx, tillId, staff, {
        action: archived ? 'reason.archived' : 'reason.restored',
        code,
        name: r.name,
      });
    });
    return this.find(code) ?? fail('not_found', 'No such reason');
  }

  /** Puts a reason at a place in the list (1 = first) and numbers the rest around it. */
  private moveTo(code: string, position: number): void {
    const { db } = this.ctx;
    const codes = db
      .all(
        db.q
          .selectFrom('stock_reasons')
          .select('code')
          .where('kind', '=', 'adjustment')
          .orderBy('position')
          .orderBy('name'),
      )
      .map((r) => r.code)
      .filter((c) => c !== code);
    codes.splice(Math.min(position - 1, codes.length), 0, code);
    codes.forEach((c, i) =>
      db.run(
        db.q
          .updateTable('stock_reasons')
          .set({ position: i + 1 })
          .where('code', '=', c),
      ),
    );
  }

  private find(code: string): StockReasonView | undefined {
    const { db } = this.ctx;
    const r = db.first(
      db.q
        .selectFrom('stock_reasons')
        .select(['code', 'name', 'kind', 'direction', 'position', 'archived_at'])
        .where('code', '=', code),
    );
    return r ? toView(r) : undefined;
  }
}

function toView(r: {
  code: string;
  name: string;
  kind: 'system' | 'adjustment';
  direction: StockReasonView['direction'];
  position: number;
  archived_at: string | null;
}): StockReasonView {
  return {
    code: r.code,
    name: r.name,
    system: r.kind === 'system',
    direction: r.direction,
    position: r.position,
    archived: r.archived_at !== null,
  };
}
