import { useTranslation } from 'react-i18next';
import type { Totals } from '../../../shared/domain/totals';
import { useStoreFormat } from '../format/use-store-format';
import classes from './till.module.css';

export function TotalsBlock({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  return (
    <div className={classes.totals} data-testid="totals">
      {totals.breakdown.map((row) => (
        <div key={row.taxRateId} style={{ display: 'flex', justifyContent: 'space-between', fontSize: 14 }}>
          <span>{t('totals.taxRow', { code: row.code, name: row.name, rate: fmt.rate(row.rateBps) })}</span>
          <span>
            {totals.inclusive
              ? t('totals.taxIncluded', { amount: fmt.money(row.tax) })
              : t('totals.taxAdded', { amount: fmt.money(row.tax) })}
          </span>
        </div>
      ))}
      {!totals.inclusive && (
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 14 }}>
          <span>{t('totals.net')}</span>
          <span>{fmt.money(totals.net)}</span>
        </div>
      )}
      <div className={classes.grandTotal}>
        <span>{t('totals.total')}</span>
        <span data-testid="cart-total" data-minor={totals.total}>
          {fmt.money(totals.total)}
        </span>
      </div>
    </div>
  );
}
