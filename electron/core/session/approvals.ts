import type { StaffView } from '../../../shared/domain/staff';
import type { Bps } from '../../../shared/domain/units';
import { ROLE_PERMISSIONS, type Permission } from '../../../shared/permissions';
import { fail } from '../errors';
import type { SettingsStore } from '../settings/settings-store';
import type { Sessions } from './sessions';

/** A manager's PIN typed on the cashier's screen to let one action through. */
export interface Approval {
  pin: string;
}

export interface Authorized {
  /** Who is doing it: the logged-in staff member. */
  staff: StaffView;
  /** Who allowed it, when the staff member's own role did not reach; null otherwise. */
  approver: StaffView | null;
}

/**
 * Manager override. An action that needs a permission the cashier's role lacks, or a
 * discount deeper than the role's limit, goes through with the PIN of someone whose role
 * does allow it, for that one call only; both people are recorded by the caller (in the
 * document or journal entry it writes). Without a PIN the reply is approval_required, so
 * the screen knows to ask for one; a PIN whose owner may not do it either is
 * approval_denied. PINs are checked through the login queue and lockout.
 */
export class Approvals {
  constructor(
    private readonly sessions: Sessions,
    private readonly settings: SettingsStore,
  ) {}

  /** Whether `staff` may do it alone. */
  allows(staff: StaffView, permission: Permission, depthBps: Bps = 0): boolean {
    if (!ROLE_PERMISSIONS[staff.role].includes(permission)) return false;
    return depthBps <= 0 || depthBps <= this.settings.salesRules().discountLimits[staff.role];
  }

  async authorize(
    staff: StaffView,
    need: { permission: Permission; depthBps?: Bps; what: string },
    approval: Approval | undefined,
  ): Promise<Authorized> {
    const depth = need.depthBps ?? 0;
    if (this.allows(staff, need.permission, depth)) return { staff, approver: null };
    if (approval === undefined) {
      fail('approval_required', `${need.what} needs a manager's approval`);
    }
    const approver = await this.sessions.checkPin(approval.pin);
    if (!this.allows(approver, need.permission, depth)) {
      fail('approval_denied', `${approver.name} may not approve this: ${need.what.toLowerCase()}`);
    }
    return { staff, approver };
  }
}
