import { Button, Divider, Group, Loader, Modal, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../shared/permissions';
import { useLabelRules, useSettings } from '../api/hooks/use-admin';
import { useAllTenders, useRules, useTerminalSettings } from '../api/hooks/use-tenders';
import { JournalCheck } from './JournalCheck';
import { PaymentRulesForm } from './PaymentRulesForm';
import { TendersForm } from './TendersForm';
import { LabelRulesForm } from './LabelRulesForm';
import { PrinterSettingsForm } from './PrinterSettingsForm';
import { ReasonCodesForm } from './ReasonCodesForm';
import { StoreSettingsForm } from './StoreSettingsForm';
import { TillIdentityForm } from './TillIdentityForm';
import { useAppStatus } from '../api/hooks/use-app';
import type { TillInfo } from '../../../shared/domain/store';

interface ManagerDialogProps {
  permissions: readonly Permission[];
  till: TillInfo | null;
  onClose: () => void;
}

/** Only the sections this session may use are shown; the router still checks every call. */
export function ManagerDialog({ permissions, till, onClose }: ManagerDialogProps) {
  const { t } = useTranslation();
  const canSettings = permissions.includes('settings.manage');
  const canJournal = permissions.includes('journal.verify');
  const settings = useSettings(canSettings);
  const labelRules = useLabelRules(canSettings);
  const tenders = useAllTenders(canSettings);
  const rules = useRules(canSettings);
  const terminal = useTerminalSettings(canSettings);
  const store = useAppStatus().data?.store ?? null;
  return (
    <Modal opened onClose={onClose} title={t('manager.title')} size={620} centered withCloseButton={false}>
      <Stack gap="lg">
        {canSettings && till !== null && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('manager.tillTitle')}
            </Title>
            <TillIdentityForm till={till} />
          </section>
        )}
        {canSettings && store !== null && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('store.title')}
            </Title>
            <StoreSettingsForm store={store} />
          </section>
        )}
        {canSettings && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('manager.printerTitle')}
            </Title>
            {settings.data === undefined ? <Loader /> : <PrinterSettingsForm settings={settings.data} />}
          </section>
        )}
        {canSettings && <Divider />}
        {canSettings && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('labels.title')}
            </Title>
            {labelRules.data === undefined ? <Loader /> : <LabelRulesForm rules={labelRules.data} />}
          </section>
        )}
        {canSettings && <Divider />}
        {canSettings && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('reasons.settingsTitle')}
            </Title>
            <ReasonCodesForm />
          </section>
        )}
        {canSettings && <Divider />}
        {canSettings && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('payset.title')}
            </Title>
            {rules.data === undefined || terminal.data === undefined ? (
              <Loader />
            ) : (
              <PaymentRulesForm rules={rules.data} terminal={terminal.data} />
            )}
          </section>
        )}
        {canSettings && <Divider />}
        {canSettings && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('tenders.title')}
            </Title>
            {tenders.data === undefined ? <Loader /> : <TendersForm tenders={tenders.data} />}
          </section>
        )}
        {canSettings && canJournal && <Divider />}
        {canJournal && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('manager.journalTitle')}
            </Title>
            <JournalCheck />
          </section>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
