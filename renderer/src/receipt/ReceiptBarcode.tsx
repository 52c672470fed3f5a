import bwipjs from 'bwip-js/browser';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * CODE128 of the receipt number, the same symbol the printed receipt carries, so a
 * return can be started by scanning either. An <img> of an SVG data URL keeps the
 * generated markup out of the DOM and inside the CSP's img-src.
 */
export function ReceiptBarcode({ value }: { value: string }) {
  const { t } = useTranslation();
  const src = useMemo(() => {
    try {
      const svg = bwipjs.toSVG({ bcid: 'code128', text: value, scale: 2, height: 10, includetext: true, textxalign: 'center' });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    } catch {
      // A value CODE128 cannot encode should not take the receipt down with it.
      return null;
    }
  }, [value]);
  if (src === null) return null;
  return (
    <img
      src={src}
      alt={t('receipt.barcode', { number: value })}
      style={{ display: 'block', margin: '8px auto 0', maxWidth: '100%', height: 64 }}
      data-testid="receipt-barcode"
    />
  );
}
