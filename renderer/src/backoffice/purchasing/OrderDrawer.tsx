import { Center, Drawer, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrder } from '../../api/hooks/use-purchasing';
import { errorMessage } from '../../i18n/error-message';
import { OrderForm } from './OrderForm';
import { OrderView } from './OrderView';
import { ReceivePanel } from './ReceivePanel';

/** One purchase order: read, edited while a draft, or received; a new one starts in the form. */
export function OrderDrawer({
  id,
  onOpen,
  onClose,
}: {
  id: string | null;
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const order = useOrder(id);
  const [mode, setMode] = useState<'view' | 'edit' | 'receive'>(id === null ? 'edit' : 'view');
  const o = order.data;
  const title =
    id === null
      ? t('purchasing.order.newTitle')
      : o === undefined
        ? t('purchasing.loading')
        : mode === 'edit'
          ? t('purchasing.order.editTitle', { reference: o.reference })
          : mode === 'receive'
            ? t('purchasing.receive.title', { reference: o.reference })
            : t('purchasing.order.title', { reference: o.reference });
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={960}
      title={title}
      padding="md"
      closeButtonProps={{ 'aria-label': t('app.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 20 } }}
    >
      {order.isError ? (
        <Text c="red.9" role="alert">
          {errorMessage(t, order.error)}
        </Text>
      ) : id !== null && o === undefined ? (
        <Center p="xl">
          <Loader />
        </Center>
      ) : mode === 'edit' || o === undefined ? (
        <OrderForm
          key={o === undefined ? 'new' : `${o.id}:${o.version}`}
          order={o ?? null}
          onSaved={(saved) => {
            setMode('view');
            if (id === null) onOpen(saved.id);
          }}
          onCancel={() => (o === undefined ? onClose() : setMode('view'))}
        />
      ) : mode === 'receive' ? (
        <ReceivePanel key={`${o.id}:${o.version}`} order={o} onDone={() => setMode('view')} />
      ) : (
        <OrderView order={o} onEdit={() => setMode('edit')} onReceive={() => setMode('receive')} onOpen={onOpen} />
      )}
    </Drawer>
  );
}
