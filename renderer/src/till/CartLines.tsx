import { Badge, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartLineView } from '../../../shared/domain/cart';
import { useStoreFormat } from '../format/use-store-format';
import classes from './till.module.css';

interface CartLinesProps {
  lines: CartLineView[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

export function CartLines({ lines, selectedId, onSelect }: CartLinesProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const endRef = useRef<HTMLDivElement>(null);
  const count = lines.length;
  useEffect(() => {
    // New lines go to the bottom; keep the latest one in view as the cashier scans.
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [count]);

  return (
    <div role="list" data-testid="cart-lines">
      {lines.map((line) => {
        const qty = fmt.qty(line.qty, line.unit);
        const price = fmt.money(line.unitPrice);
        const amount = fmt.money(line.amount);
        const selected = line.id === selectedId;
        return (
          <div role="listitem" key={line.id}>
            <UnstyledButton
              className={line.qty < 0 ? `${classes.line} ${classes.returnLine}` : classes.line}
              aria-pressed={selected}
              aria-label={t('cart.selectLine', { name: line.name, amount })}
              onClick={() => onSelect(selected ? null : line.id)}
              data-testid="cart-line"
              data-sku={line.sku}
              data-qty={line.qty}
              data-return={line.qty < 0 ? (line.disposition ?? 'sellable') : undefined}
            >
              <span className={classes.lineName}>{line.name}</span>
              <span className={classes.lineAmount}>{amount}</span>
              <span className={classes.lineDetail}>
                {t(line.unit === 'kg' ? 'cart.lineQtyKg' : 'cart.lineQtyPrice', { qty, price })}
                {line.qty < 0 && (
                  <Badge ml={6} size="sm" variant="filled" color="red" data-testid="return-badge">
                    {line.returnOf !== null ? t('returns.lineOf', { number: line.returnOf.receiptNumber }) : t('returns.noReceiptLine')}
                    {' · '}
                    {t(line.disposition === 'damaged' ? 'returns.damaged' : 'returns.sellable')}
                  </Badge>
                )}
                {line.fixedAmount && line.qty > 0 && (
                  <Badge ml={6} size="sm" variant="light" color="gray">
                    {t('cart.fixedPrice')}
                  </Badge>
                )}
              </span>
              <span className={classes.lineDetail} style={{ textAlign: 'right' }} title={fmt.rate(line.rateBps)}>
                {t('cart.taxCode', { code: line.taxCode })}
              </span>
            </UnstyledButton>
          </div>
        );
      })}
      <div ref={endRef} />
    </div>
  );
}
