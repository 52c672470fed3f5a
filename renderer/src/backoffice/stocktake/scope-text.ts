import type { TFunction } from 'i18next';
import type { StockTakeStatus, StockTakeView } from '../../../../shared/domain/stocktake';

/** "Shelf A1 at Shop floor": what a take counts, in words. */
export function scopeText(t: TFunction, s: StockTakeView): string {
  if (s.scope === 'category') return t('stocktake.scopeCategory', { category: s.categoryName ?? '', location: s.locationName });
  if (s.scope === 'shelf') return t('stocktake.scopeShelf', { shelf: s.shelf ?? '', location: s.locationName });
  return t('stocktake.scopeFull', { location: s.locationName });
}

export const STATUS_COLOR: Record<StockTakeStatus, string> = { counting: 'blue', posted: 'green', cancelled: 'gray' };
