import { SalesHistoryDialog } from '../history/SalesHistoryDialog';
import { NoReceiptReturnDialog } from './NoReceiptReturnDialog';
import { ReturnDialog } from './ReturnDialog';

export type ReturnsDialog =
  /** `scan` counts receipts scanned while open: each remounts the dialog with the new one. */
  | { kind: 'return'; start: { code: string } | { saleId: string } | null; scan?: number }
  | { kind: 'noReceiptReturn' }
  | { kind: 'history' };

interface ReturnDialogsProps {
  dialog: ReturnsDialog;
  canReturn: boolean;
  onOpen: (dialog: ReturnsDialog) => void;
  onClose: () => void;
}

/** The till's return and sales-history dialogs, one at a time. */
export function ReturnDialogs({ dialog, canReturn, onOpen, onClose }: ReturnDialogsProps) {
  switch (dialog.kind) {
    case 'return':
      return (
        <ReturnDialog
          key={dialog.scan ?? 0}
          start={dialog.start}
          onClose={onClose}
          onAdded={onClose}
          onOpenHistory={() => onOpen({ kind: 'history' })}
          onNoReceipt={() => onOpen({ kind: 'noReceiptReturn' })}
        />
      );
    case 'noReceiptReturn':
      return <NoReceiptReturnDialog onClose={onClose} onAdded={onClose} />;
    case 'history':
      return (
        <SalesHistoryDialog
          canReturn={canReturn}
          onClose={onClose}
          onStartReturn={(saleId) => onOpen({ kind: 'return', start: { saleId } })}
        />
      );
  }
}

/** What a receipt's barcode carries: its number, the till code and six or more digits (T01-000042). */
export function isReceiptCode(code: string): boolean {
  return /^[A-Z0-9]{1,8}-\d{6,}$/i.test(code.trim());
}
