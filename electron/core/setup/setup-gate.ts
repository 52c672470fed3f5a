import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may use the setup channels of a fresh store. Without this, any page open on the
 * machine could reach the web host first and claim the store with its own owner PIN.
 * Electron grants its first window; a browser presents the one-time token that
 * `npm run serve` prints. The token is made anew at every start and dies with setup.
 */
export class SetupGate {
  private token: string | null;
  private readonly allowed = new Set<string>();

  constructor(setUp: boolean) {
    this.token = setUp ? null : randomBytes(18).toString('base64url');
  }

  /** The code to print, or null once the store exists. */
  get currentToken(): string | null {
    return this.token;
  }

  /** The Electron shell grants its own first window. */
  allow(connectionId: string): void {
    if (this.token !== null) this.allowed.add(connectionId);
  }

  /** Constant-time comparison, so the code cannot be guessed a character at a time. */
  unlock(connectionId: string, presented: string): boolean {
    if (this.token === null) return false;
    const a = Buffer.from(presented);
    const b = Buffer.from(this.token);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return false;
    this.allowed.add(connectionId);
    return true;
  }

  isAllowed(connectionId: string): boolean {
    return this.token !== null && this.allowed.has(connectionId);
  }

  forget(connectionId: string): void {
    this.allowed.delete(connectionId);
  }

  /** The store exists: nobody needs setup any more. */
  close(): void {
    this.token = null;
    this.allowed.clear();
  }
}
