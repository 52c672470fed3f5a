import type { StaffView } from '../../../shared/domain/staff';
import type { Role } from '../../../shared/permissions';
import { newId, nowIso, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { hashPin, verifyPin } from './pin-hash';

export class StaffService {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
  ) {}

  /** The PIN alone identifies who logs in, so two active staff can never share one. */
  async create(input: { name: string; role: Role; pin: string }): Promise<StaffView> {
    if (await this.findByPin(input.pin)) fail('pin_in_use', 'That PIN is already used by another staff member');
    const pinHash = await hashPin(input.pin);
    return this.insertHashed({ name: input.name, role: input.role, pinHash });
  }

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

  get(id: string): StaffView | null {
    const row = this.db.first(
      this.db.q.selectFrom('staff').select(['id', 'name', 'role']).where('id', '=', id).where('active', '=', 1),
    );
    return row ?? null;
  }
}
