import { Badge, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartLineView, CartView, DiscountView } from '../../../shared/domain/cart';
import { useStoreFormat } from '../format/use-store-format';
import classes from './till.module.css';

interface CartLinesProps {
  lines: CartLineView[];
  saleDiscount: CartView['saleDiscount'];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/**
 * Each line at its price before discounts, its own discount as a line under it, and the
 * sale discount as a line of its own at the end: the lines shown add up to the total.
 */
export function CartLines({ lines, saleDiscount, selectedId, onSelect }: CartLinesProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const endRef = useRef<HTMLDivElement>(null);
  const count = lines.length;
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // New lines go to the bottom; keep the latest one in view as the cashier scans.
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [count]);
  const discountText = (d: DiscountView) => {
    const how = d.kind === 'percent' ? fmt.rate(d.value) : fmt.money(d.value);
    return d.reason === null ? t('cart.discountOf', { how }) : t('cart.discountWhy', { how, reason: d.reason });
  };
  useEffect(() => {
    // Arrow keys move the selection: keep it in view.
    if (selectedId === null) return;
    listRef.current?.querySelector(`[data-line-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <div role="list" data-testid="cart-lines" ref={listRef}>
      {lines.map((line) => {
        const qty = fmt.qty(line.qty, line.unit);
        const price = fmt.money(line.unitPrice);
        const gross = fmt.money(line.gross);
        const selected = line.id === selectedId;
        return (
          <div role="listitem" key={line.id}>
            <UnstyledButton
              className={line.qty < 0 ? `${classes.line} ${classes.returnLine}` : classes.line}
              aria-pressed={selected}
              // No aria-label: the name is the line's visible text, as axe's label-in-name asks.
              // A second tap on the selected line keeps it: a cashier double-tapping must not lose it.
              onClick={() => onSelect(line.id)}
              data-testid="cart-line"
              data-line-id={line.id}
              data-sku={line.sku}
              data-qty={line.qty}
              data-return={line.qty < 0 ? (line.disposition ?? 'sellable') : undefined}
            >
              <span className={classes.lineName}>{line.name}</span>
              <span className={classes.lineAmount}>{gross}</span>
              <span className={classes.lineDetail}>
                {line.listPrice !== null && (
                  <s className={classes.listPrice} title={t('cart.listPrice')}>
                    {fmt.money(line.listPrice)}
                  </s>
                )}
                {t(line.unit === 'each' ? 'cart.lineQtyPrice' : 'cart.lineQtyUnit', { qty, price, unit: line.unit })}
                {line.qty < 0 && (
                  <Badge ml={6} size="sm" variant="filled" color="red" data-testid="return-badge">
                    {line.returnOf !== null ? t('returns.lineOf', { number: line.returnOf.receiptNumber }) : t('returns.noReceiptLine')}
                    {' · '}
                    {t(line.disposition === 'damaged' ? 'returns.damaged' : 'returns.sellable')}
                  </Badge>
                )}
                {line.fixedAmount && line.qty > 0 && (
                  <Badge ml={6} size="sm" variant="light" color="gray">
                    {line.giftCardCode !== null ? t('giftCards.lineCode', { code: line.giftCardCode }) : t('cart.fixedPrice')}
                  </Badge>
                )}
                {line.overrideReason !== null && (
                  <Badge ml={6} size="sm" variant="light" color="orange">
                    {line.overrideReason}
                  </Badge>
                )}
              </span>
              <span className={classes.lineDetail} style={{ textAlign: 'right' }} title={fmt.rate(line.rateBps)}>
                {t('cart.taxCode', { code: line.taxCode })}
              </span>
              {line.discount !== null && line.lineDiscount > 0 && (
                <>
                  <span className={classes.discountText} data-testid="line-discount-row">
                    {discountText(line.discount)}
                  </span>
                  <span className={classes.discountAmount}>{fmt.money(-line.lineDiscount)}</span>
                </>
              )}
            </UnstyledButton>
          </div>
        );
      })}
      {saleDiscount !== null && saleDiscount.amount > 0 && (
        <div role="listitem" className={classes.saleDiscount} data-testid="sale-discount-row">
          <span className={classes.discountText}>{t('cart.saleDiscountLine', { what: discountText(saleDiscount) })}</span>
          <span className={classes.discountAmount}>{fmt.money(-saleDiscount.amount)}</span>
        </div>
      )}
      <div ref={endRef} />
    </div>
  );
}
