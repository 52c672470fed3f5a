import type { ErrorCode } from '../../shared/contract/errors';

/**
 * A business-rule failure. Services throw it; the router turns it into an
 * `{ ok: false, error }` envelope, so nothing but codes crosses the process boundary.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function fail(code: ErrorCode, message: string): never {
  throw new DomainError(code, message);
}
