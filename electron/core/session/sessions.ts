import type { SessionInfo, StaffView } from '../../../shared/domain/staff';
import { ROLE_PERMISSIONS } from '../../../shared/permissions';
import type { Clock } from '../clock';
import { fail } from '../errors';
import type { StaffService } from '../staff/staff-service';

const MAX_FAILURES = 5;
const LOCKOUT_MS = 30_000;

/**
 * Who is logged in, per connection (an Electron webContents or a WebSocket). The
 * renderer never states who it is; it only holds a connection main knows.
 * Wrong PINs are counted for the whole till, not per connection, so opening a new
 * connection does not reset the count.
 */
export class Sessions {
  private readonly byConnection = new Map<string, SessionInfo>();
  private failures = 0;
  private lockedUntil = 0;

  constructor(
    private readonly staff: StaffService,
    private readonly clock: Clock,
  ) {}

  /** How many connections are logged in. */
  get size(): number {
    return this.byConnection.size;
  }

  get(connectionId: string): SessionInfo | null {
    return this.byConnection.get(connectionId) ?? null;
  }

  async login(connectionId: string, pin: string): Promise<SessionInfo> {
    const now = this.clock.now().getTime();
    if (now < this.lockedUntil) {
      const seconds = Math.ceil((this.lockedUntil - now) / 1000);
      fail('locked_out', `Too many wrong PINs. Try again in ${seconds} s.`);
    }
    const staff = await this.staff.findByPin(pin);
    if (!staff) {
      this.failures += 1;
      if (this.failures >= MAX_FAILURES) {
        this.failures = 0;
        this.lockedUntil = now + LOCKOUT_MS;
        fail('locked_out', `Too many wrong PINs. Try again in ${LOCKOUT_MS / 1000} s.`);
      }
      fail('bad_pin', 'Wrong PIN');
    }
    this.failures = 0;
    const session = sessionFor(staff);
    this.byConnection.set(connectionId, session);
    return session;
  }

  logout(connectionId: string): void {
    this.byConnection.delete(connectionId);
  }
}

export function sessionFor(staff: StaffView): SessionInfo {
  return { staff, permissions: [...ROLE_PERMISSIONS[staff.role]] };
}
