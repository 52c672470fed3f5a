import { Alert, Badge, Button, Group, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconPrinter, IconReceiptOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReprint, useUnprinted } from '../api/hooks/use-sale';
import { errorMessage } from '../i18n/error-message';

/**
 * A header badge counting receipts that did not print (the printer was off, or Tillbox
 * stopped mid-print), and a list to reprint them from. Nothing prints by itself.
 */
export function UnprintedReceipts({ canReprint }: { canReprint: boolean }) {
  const { t } = useTranslation();
  const unprinted = useUnprinted(canReprint);
  const reprint = useReprint();
  const [open, setOpen] = useState(false);
  const jobs = unprinted.data ?? [];
  if (!canReprint || jobs.length === 0) return null;
  return (
    <>
      <UnstyledButton onClick={() => setOpen(true)} aria-haspopup="dialog" data-testid="unprinted-badge" mih={48}>
        <Badge size="xl" tt="none" color="red" variant="filled" leftSection={<IconReceiptOff size={18} />}>
          {t('print.unprinted', { count: jobs.length })}
        </Badge>
      </UnstyledButton>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('print.unprintedTitle')}
        size={560}
        centered
        closeButtonProps={{ 'aria-label': t('app.close'), size: 'xl' }}
      >
        <Stack gap="sm">
          <Text>{t('print.unprintedText')}</Text>
          {reprint.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, reprint.error)}
            </Alert>
          )}
          {jobs.map((job) => (
            <Group key={job.id} justify="space-between" wrap="nowrap" data-testid="unprinted-row">
              <div>
                <Text fw={700}>{job.receiptNumber}</Text>
                <Text size="sm" c="dimmed">
                  {job.status === 'interrupted' ? t('print.statusInterrupted') : t('print.statusFailed')}
                </Text>
              </div>
              <Button
                h={48}
                leftSection={<IconPrinter />}
                loading={reprint.isPending && reprint.variables === job.saleId}
                onClick={() => reprint.mutate(job.saleId)}
                aria-label={t('print.reprint', { number: job.receiptNumber })}
              >
                {t('paid.reprint')}
              </Button>
            </Group>
          ))}
          <Group justify="flex-end">
            <Button variant="default" h={48} onClick={() => setOpen(false)}>
              {t('app.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
