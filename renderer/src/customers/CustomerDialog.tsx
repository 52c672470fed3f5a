import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../shared/permissions';
import { CustomerDetail } from './CustomerDetail';
import { CustomerSearch } from './CustomerSearch';
import { NewCustomerForm } from './NewCustomerForm';

export type CustomerView = { kind: 'search' } | { kind: 'new' } | { kind: 'detail'; customerId: string };

interface CustomerDialogProps {
  /** The customer attached to the open cart, whose details open first. */
  attachedId: string | null;
  permissions: readonly Permission[];
  onClose: () => void;
}

/**
 * Find a customer and attach them to the sale, create one on the spot, or look after the
 * attached one (archive, store credit). The till's wedge scanner is off while this is
 * open, so a scanned loyalty card types into the focused field.
 */
export function CustomerDialog({ attachedId, permissions, onClose }: CustomerDialogProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<CustomerView>(
    attachedId === null ? { kind: 'search' } : { kind: 'detail', customerId: attachedId },
  );
  const title = view.kind === 'new' ? t('customers.newTitle') : t('customers.title');
  return (
    <Modal opened onClose={onClose} title={title} centered size={640} closeButtonProps={{ 'aria-label': t('app.close'), size: 'xl' }}>
      {view.kind === 'search' && (
        <CustomerSearch onNew={() => setView({ kind: 'new' })} onDetail={(id) => setView({ kind: 'detail', customerId: id })} onAttached={onClose} />
      )}
      {view.kind === 'new' && <NewCustomerForm onBack={() => setView({ kind: 'search' })} onAttached={onClose} />}
      {view.kind === 'detail' && (
        <CustomerDetail
          customerId={view.customerId}
          attached={view.customerId === attachedId}
          canIssueCredit={permissions.includes('credit.issue')}
          onBack={() => setView({ kind: 'search' })}
          onAttached={onClose}
        />
      )}
    </Modal>
  );
}
