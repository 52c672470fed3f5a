import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';

/**
 * What to say when a file step fails. import_refused carries the reason in the core's
 * words (the worker could not read the sheet, it has no header row…), so it is shown too.
 */
export function importErrorMessage(t: TFunction, e: unknown): string {
  const said = errorMessage(t, e);
  if (isApiError(e, 'import_refused') || isApiError(e, 'invalid_input')) return e.message === '' ? said : `${said} ${e.message}`;
  return said;
}
