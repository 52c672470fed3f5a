import { useState } from 'react';
import type { StockTakeView, UncountedPage, VariancePage } from '../../../../shared/domain/stocktake';
import { uncountedCsvRows, VARIANCE_CSV_HEADER, varianceCsvRows, csvRow } from '../../../../shared/stocktake-csv';
import { call } from '../../api/client';
import { useStoreFormat } from '../../format/use-store-format';
import { saveBlob } from '../import/transfer';

// Big pages: the export walks the whole report, 1,000 products per call.
const EXPORT_PAGE = 1000;

/**
 * The variance report as a CSV download, built here from the same keyset pages the
 * table reads: counted products, then the uncounted ones. No reply ever carries the
 * whole of a 200,000-product count at once.
 */
export function useExportVariances(take: StockTakeView) {
  const { currencyExponent } = useStoreFormat();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const parts: string[] = [`${csvRow(VARIANCE_CSV_HEADER)}\r\n`];
      let after: string | undefined;
      do {
        const page: VariancePage = await call('stocktake.variances', { id: take.id, limit: EXPORT_PAGE, ...(after !== undefined ? { after } : {}) });
        for (const row of varianceCsvRows(page.lines, currencyExponent)) parts.push(`${row}\r\n`);
        after = page.next ?? undefined;
      } while (after !== undefined);
      do {
        const page: UncountedPage = await call('stocktake.uncounted', { id: take.id, limit: EXPORT_PAGE, ...(after !== undefined ? { after } : {}) });
        for (const row of uncountedCsvRows(page.lines, currencyExponent)) parts.push(`${row}\r\n`);
        after = page.next ?? undefined;
      } while (after !== undefined);
      saveBlob(new Blob(parts, { type: 'text/csv' }), `${take.reference}.csv`);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
