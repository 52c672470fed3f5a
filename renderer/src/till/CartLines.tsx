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
              className={classes.line}
              aria-pressed={selected}
              aria-label={t('cart.selectLine', { name: line.name, amount })}
              onClick={() => onSelect(selected ? null : line.id)}
              data-testid="cart-line"
              data-sku={line.sku}
              data-qty={line.qty}
            >
              <span className={classes.lineName}>{line.name}</span>
              <span className={classes.lineAmount}>{amount}</span>
              <span className={classes.lineDetail}>
                {t(line.unit === 'kg' ? 'cart.lineQtyKg' : 'cart.lineQtyPrice', { qty, price })}
                {line.fixedAmount && (
                  <Badge ml={6} size="sm" variant="light" color="gray">
                    {line.giftCardCode !== null ? t('giftCards.lineCode', { code: line.giftCardCode }) : t('cart.fixedPrice')}
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
