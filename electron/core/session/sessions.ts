import type { SessionInfo, StaffView } from '../../../shared/domain/staff';
import { ROLE_PERMISSIONS } from '../../../shared/permissions';
import type { Clock } from '../clock';
import { fail } from '../errors';
import { SerialQueue } from '../serial-queue';
import type { StaffService } from '../staff/staff-service';
import type { LoginThrottle } from './login-throttle';

/**
 * Who is logged in, per connection (an Electron webContents or a WebSocket). The
 * renderer never states who it is; it only holds a connection main knows.
 *
 * Logins run one at a time, and each is counted before its PIN is checked: a burst of
 * attempts, pipelined on one socket or spread over many, meets the lockout exactly as
 * the same attempts typed one by one would. Checking a PIN awaits scrypt, so without the
 * queue ten attempts could all pass the lockout check before the first one failed.
 */
export class Sessions {
  private readonly byConnection = new Map<string, SessionInfo>();
  private readonly queue = new SerialQueue();
  /** Logins waiting or running, per connection, so a logout or a closed socket can cancel them. */
  private readonly pending = new Map<string, Set<{ cancelled: boolean }>>();

  constructor(
    private readonly staff: StaffService,
    private readonly clock: Clock,
    private readonly throttle: LoginThrottle,
  ) {}

  /** How many connections are logged in. */
  get size(): number {
    return this.byConnection.size;
  }

  get(connectionId: string): SessionInfo | null {
    return this.byConnection.get(connectionId) ?? null;
  }

  login(connectionId: string, pin: string): Promise<SessionInfo> {
    const ticket = { cancelled: false };
    const mine = this.pending.get(connectionId) ?? new Set();
    mine.add(ticket);
    this.pending.set(connectionId, mine);
    return this.queue
      .run(() => this.attempt(connectionId, pin, ticket))
      .finally(() => {
        mine.delete(ticket);
        if (mine.size === 0 && this.pending.get(connectionId) === mine) this.pending.delete(connectionId);
      });
  }

  /**
   * Ends the connection's session, and any login it sent before this that has not finished:
   * a login still checking its PIN when the socket closed, or when the cashier pressed Log
   * out, must not leave a session behind.
   */
  logout(connectionId: string): void {
    this.byConnection.delete(connectionId);
    for (const ticket of this.pending.get(connectionId) ?? []) ticket.cancelled = true;
  }

  /**
   * Whose PIN this is, without logging them in: a manager approving one action on a
   * cashier's screen. It queues and counts like a login, so approvals cannot be used to
   * guess PINs faster than the login screen allows.
   */
  checkPin(pin: string): Promise<StaffView> {
    return this.queue.run(async () => {
      const lockedFor = this.throttle.lockedFor(this.now());
      if (lockedFor > 0) fail('locked_out', lockoutMessage(lockedFor));
      this.throttle.countAttempt();
      const staff = await this.staff.findByPin(pin);
      if (!staff) {
        const outcome = this.throttle.failed(this.now());
        if (outcome.locked) fail('locked_out', lockoutMessage(outcome.forMs));
        fail('bad_pin', 'Wrong PIN');
      }
      this.throttle.succeeded();
      return staff;
    });
  }

  private async attempt(connectionId: string, pin: string, ticket: { cancelled: boolean }): Promise<SessionInfo> {
    const lockedFor = this.throttle.lockedFor(this.now());
    if (lockedFor > 0) fail('locked_out', lockoutMessage(lockedFor));
    this.throttle.countAttempt();
    const staff = await this.staff.findByPin(pin);
    if (!staff) {
      const outcome = this.throttle.failed(this.now());
      if (outcome.locked) fail('locked_out', lockoutMessage(outcome.forMs));
      fail('bad_pin', 'Wrong PIN');
    }
    this.throttle.succeeded();
    if (ticket.cancelled) fail('not_logged_in', 'Logged out before the login finished');
    const session = sessionFor(staff);
    this.byConnection.set(connectionId, session);
    return session;
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}

function lockoutMessage(ms: number): string {
  return `Too many wrong PINs. Try again in ${Math.ceil(ms / 1000)} s.`;
}

export function sessionFor(staff: StaffView): SessionInfo {
  return { staff, permissions: [...ROLE_PERMISSIONS[staff.role]] };
}
