import type { SessionInfo, StaffView } from '../../../shared/domain/staff';
import { ROLE_PERMISSIONS } from '../../../shared/permissions';
import type { Clock } from '../clock';
import { fail } from '../errors';
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
  private queue: Promise<unknown> = Promise.resolve();

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
    const attempt = this.queue.then(() => this.attempt(connectionId, pin));
    this.queue = attempt.catch(() => undefined);
    return attempt;
  }

  logout(connectionId: string): void {
    this.byConnection.delete(connectionId);
  }

  private async attempt(connectionId: string, pin: string): Promise<SessionInfo> {
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
