import { useTranslation } from 'react-i18next';
import type { ReceiptDoc } from '../../../shared/domain/receipt';
import { QTY_ONE } from '../../../shared/domain/units';
import { formatMoney, formatQty } from '../../../shared/money';
import { rateLabel } from '../../../shared/tax';
import { ReceiptBarcode } from './ReceiptBarcode';
import classes from './receipt.module.css';

/** The on-screen twin of the printed receipt, rendered from the same ReceiptDoc. */
export function ReceiptView({ doc }: { doc: ReceiptDoc }) {
  const { t } = useTranslation();
  // The receipt carries its own store settings: a reprint shows what was true at the sale.
  const { currency, currencyExponent, locale } = doc.store;
  const money = (m: number) => formatMoney(m, { currency, currencyExponent, locale });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(doc.createdAt));

  return (
    <article
      className={classes.paper}
      aria-label={t('receipt.label')}
      data-testid="receipt"
      data-receipt-number={doc.receiptNumber}
    >
      <div className={classes.center}>
        <strong style={{ fontSize: 16 }}>{doc.store.name}</strong>
        {doc.store.address !== '' && <div>{doc.store.address}</div>}
        {doc.reprint && <strong>{t('receipt.copy')}</strong>}
      </div>
      <hr className={classes.rule} />
      <div className={classes.row}>
        <span data-testid="receipt-number">{t('receipt.number', { number: doc.receiptNumber })}</span>
        <span>{when}</span>
      </div>
      <div>{t('receipt.till', { till: doc.tillCode, cashier: doc.cashierName })}</div>
      <hr className={classes.rule} />
      {doc.lines.map((line, i) => (
        <div key={i}>
          <div className={classes.row}>
            <span>{line.name}</span>
            <span>
              {money(line.amount)} {line.taxCode}
            </span>
          </div>
          {(line.qty !== QTY_ONE || line.unit === 'kg') && (
            <div className={classes.detail}>
              {t(line.unit === 'kg' ? 'cart.lineQtyKg' : 'cart.lineQtyPrice', {
                qty: formatQty(line.qty, line.unit, locale),
                price: money(line.unitPrice),
              })}
            </div>
          )}
        </div>
      ))}
      <hr className={classes.rule} />
      <div className={`${classes.row} ${classes.total}`}>
        <span>{t('receipt.total')}</span>
        <span data-testid="receipt-total">{money(doc.totals.total)}</span>
      </div>
      {doc.payments.map((p, i) => (
        <div key={i} className={classes.row}>
          <span>{t('receipt.cash')}</span>
          <span>{money(p.tendered)}</span>
        </div>
      ))}
      <div className={classes.row}>
        <span>{t('receipt.change')}</span>
        <span>{money(doc.change)}</span>
      </div>
      <hr className={classes.rule} />
      {doc.totals.breakdown.map((row) => (
        <div key={row.taxRateId} className={classes.row}>
          <span>{t('totals.taxRow', { code: row.code, name: row.name, rate: rateLabel(row.rateBps, locale) })}</span>
          <span>{t('receipt.taxLine', { net: money(row.net), tax: money(row.tax) })}</span>
        </div>
      ))}
      <ReceiptBarcode value={doc.receiptNumber} />
    </article>
  );
}
