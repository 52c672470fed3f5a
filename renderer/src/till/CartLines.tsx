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
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // New lines go to the bottom; keep the latest one in view as the cashier scans.
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [count]);
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
        const amount = fmt.money(line.amount);
        const selected = line.id === selectedId;
        return (
          <div role="listitem" key={line.id}>
            <UnstyledButton
              className={classes.line}
              aria-pressed={selected}
              // No aria-label: the name is the line's visible text, as axe's label-in-name asks.
              // A second tap on the selected line keeps it: a cashier double-tapping must not lose it.
              onClick={() => onSelect(line.id)}
              data-testid="cart-line"
              data-line-id={line.id}
              data-sku={line.sku}
              data-qty={line.qty}
            >
              <span className={classes.lineName}>{line.name}</span>
              <span className={classes.lineAmount}>{amount}</span>
              <span className={classes.lineDetail}>
                {t(line.unit === 'kg' ? 'cart.lineQtyKg' : 'cart.lineQtyPrice', { qty, price })}
                {line.fixedAmount && (
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
