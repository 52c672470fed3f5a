import { useTranslation } from 'react-i18next';
import type { ReceiptDoc, ReceiptLine, ReceiptPayment } from '../../../shared/domain/receipt';
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
        {doc.store.address !== '' && <div className={classes.pre}>{doc.store.address}</div>}
        {doc.store.phone !== '' && <div>{t('receipt.phone', { phone: doc.store.phone })}</div>}
        {doc.store.taxNumber !== '' && <div>{t('receipt.taxNumber', { number: doc.store.taxNumber })}</div>}
        {doc.store.header !== '' && <div className={classes.pre}>{doc.store.header}</div>}
        {doc.reprint && <strong className={classes.banner}>{t('receipt.copy')}</strong>}
        {doc.refund && (
          <strong className={classes.banner} data-testid="receipt-refund">
            {t('receipt.refund')}
          </strong>
        )}
      </div>
      <hr className={classes.rule} />
      <div className={classes.row}>
        <span data-testid="receipt-number">{t('receipt.number', { number: doc.receiptNumber })}</span>
        <span>{when}</span>
      </div>
      <div>{t('receipt.till', { till: doc.tillCode, cashier: doc.cashierName })}</div>
      {doc.returnOf !== null && (
        <div data-testid="receipt-return-of">
          <strong>{t('receipt.returnOf', { number: doc.returnOf })}</strong>
        </div>
      )}
      {doc.customer !== null && (
        <div>
          {t('receipt.customer', { name: doc.customer.name })}
          {doc.customer.taxId !== '' && <div>{t('receipt.customerTaxId', { taxId: doc.customer.taxId })}</div>}
        </div>
      )}
      <hr className={classes.rule} />
      {doc.lines.map((line, i) => (
        <Line key={i} line={line} money={money} locale={locale} />
      ))}
      <hr className={classes.rule} />
      <div data-testid="receipt-items">
        {(doc.itemCount > 0 || doc.itemsReturned === 0) && <div>{t('receipt.items', { count: doc.itemCount })}</div>}
        {doc.itemsReturned > 0 && <div>{t('receipt.itemsReturned', { count: doc.itemsReturned })}</div>}
      </div>
      {doc.discountTotal !== 0 && (
        <div className={classes.row}>
          <span>{t('receipt.discounts')}</span>
          <span>{money(-doc.discountTotal)}</span>
        </div>
      )}
      {doc.saleDiscountReason !== null && <div className={classes.detail}>{doc.saleDiscountReason}</div>}
      {doc.rounding !== 0 && (
        <div className={classes.row}>
          <span>{t('receipt.rounding')}</span>
          <span>{money(doc.rounding)}</span>
        </div>
      )}
      <div className={`${classes.row} ${classes.total}`}>
        <span>{t('receipt.total')}</span>
        <span data-testid="receipt-total">{money(doc.totals.total)}</span>
      </div>
      {doc.payments.map((p, i) => (
        <Tender key={i} payment={p} money={money} />
      ))}
      {(doc.change !== 0 || doc.payments.some((p) => p.kind === 'cash' && p.amount > 0)) && (
        <div className={classes.row}>
          <span>{t('receipt.change')}</span>
          <span>{money(doc.change)}</span>
        </div>
      )}
      <hr className={classes.rule} />
      {doc.totals.breakdown.map((row) => (
        <div key={row.taxRateId} className={classes.row}>
          <span>{t('totals.taxRow', { code: row.code, name: row.name, rate: rateLabel(row.rateBps, locale) })}</span>
          <span>{t('receipt.taxLine', { net: money(row.net), tax: money(row.tax) })}</span>
        </div>
      ))}
      <ReceiptBarcode value={doc.receiptNumber} />
      {doc.store.footer !== '' && <div className={`${classes.center} ${classes.pre}`}>{doc.store.footer}</div>}
    </article>
  );
}

function Line({ line, money, locale }: { line: ReceiptLine; money: (m: number) => string; locale: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <div className={classes.row}>
        <span>{line.name}</span>
        <span>
          {money(line.amount)} {line.taxCode}
        </span>
      </div>
      {(line.qty !== QTY_ONE || line.unit !== 'each') && (
        <div className={classes.detail}>
          {t(line.unit === 'each' ? 'cart.lineQtyPrice' : 'cart.lineQtyUnit', {
            qty: formatQty(line.qty, line.unit, locale),
            price: money(line.unitPrice),
            unit: line.unit,
          })}
        </div>
      )}
      {line.listPrice !== null && line.listPrice !== line.unitPrice && (
        <div className={classes.detail}>{t('receipt.listPrice', { price: money(line.listPrice) })}</div>
      )}
      {line.discount !== 0 && (
        <div className={classes.detail}>
          {t('receipt.lineDiscount', { amount: money(-line.discount) })}
          {line.discountReason !== null && line.discountReason !== '' && ` (${line.discountReason})`}
        </div>
      )}
    </div>
  );
}

function Tender({ payment: p, money }: { payment: ReceiptPayment; money: (m: number) => string }) {
  const { t } = useTranslation();
  const cashGiven = p.kind === 'cash' && p.tendered > 0;
  const name =
    p.amount < 0
      ? t('receipt.tenderRefunded', { name: p.methodName })
      : cashGiven
        ? t('receipt.tenderTendered', { name: p.methodName })
        : p.methodName;
  const refs = [
    p.cardLast4 !== null ? `**** ${p.cardLast4}` : null,
    p.giftCardLast4 !== null ? `**** ${p.giftCardLast4}` : null,
    p.approvalCode !== null ? t('receipt.approval', { code: p.approvalCode }) : null,
  ].filter((s): s is string => s !== null);
  return (
    <>
      <div className={classes.row} data-testid="receipt-tender">
        <span>{name}</span>
        <span>{money(cashGiven ? p.tendered : p.amount)}</span>
      </div>
      {refs.length > 0 && <div className={classes.detail}>{refs.join(' ')}</div>}
    </>
  );
}
