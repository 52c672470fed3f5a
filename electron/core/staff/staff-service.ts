import type { StaffView } from '../../../shared/domain/staff';
import type { Role } from '../../../shared/permissions';
import { newId, nowIso, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';
import { verifyPin } from './pin-hash';

export class StaffService {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
  ) {}

  /** Insert with a hash computed beforehand, so callers can do it inside a synchronous transaction. */
  insertHashed(input: { name: string; role: Role; pinHash: string }): StaffView {
    const id = newId(this.clock);
    this.db.run(
      this.db.q.insertInto('staff').values({
        id,
        name: input.name,
        role: input.role,
        pin_hash: input.pinHash,
        active: 1,
        created_at: nowIso(this.clock),
      }),
    );
    return { id, name: input.name, role: input.role };
  }

  async findByPin(pin: string): Promise<StaffView | null> {
    const rows = this.db.all(
      this.db.q.selectFrom('staff').select(['id', 'name', 'role', 'pin_hash']).where('active', '=', 1),
    );
    const matches = await Promise.all(rows.map((r) => verifyPin(pin, r.pin_hash)));
    const row = rows[matches.indexOf(true)];
    return row ? { id: row.id, name: row.name, role: row.role } : null;
  }
}
