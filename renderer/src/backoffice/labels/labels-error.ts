import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';

/**
 * What to say when a label run is refused. no_barcode names the product only in the
 * core's message ("Cola (SKU C-1) has no barcode…"), so the name is taken from there.
 */
export function labelsErrorMessage(t: TFunction, e: unknown): string {
  if (isApiError(e, 'no_barcode')) {
    const name = /^(.+) \(SKU .*\) has no barcode/.exec(e.message)?.[1];
    if (name !== undefined) return t('shelfLabels.noBarcodeNamed', { name });
  }
  return errorMessage(t, e);
}
