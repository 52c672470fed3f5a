import { Alert, Button, Group, NumberInput, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartScreen, TillSettings } from '../../../shared/contract';
import { isApiError } from '../api/client';
import { useUpdateSettings } from '../api/hooks/use-admin';
import { errorMessage } from '../i18n/error-message';

/** Mounted with the settings already loaded, so the fields start from the saved values. */
export function PrinterSettingsForm({ settings }: { settings: TillSettings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const [printerUri, setPrinterUri] = useState(settings.printerUri);
  const [drawerPin, setDrawerPin] = useState<2 | 5>(settings.drawerPin);
  const [columns, setColumns] = useState<number>(settings.printerColumns);
  const [scannerPrefix, setScannerPrefix] = useState(settings.scannerPrefix);
  const [allowNegativeStock, setAllowNegativeStock] = useState(settings.allowNegativeStock);
  const [startScreen, setStartScreen] = useState<StartScreen>(settings.startScreen);

  const issues = isApiError(update.error, 'invalid_input') ? update.error.issues : [];
  const issueFor = (path: string) => issues.find((i) => i.path === path)?.message;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ printerUri: printerUri.trim(), drawerPin, printerColumns: columns, scannerPrefix, allowNegativeStock, startScreen });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label={t('manager.printerUri')}
          description={t('manager.printerUriHint')}
          value={printerUri}
          onChange={(e) => setPrinterUri(e.currentTarget.value)}
          error={issueFor('printerUri')}
          spellCheck={false}
          autoComplete="off"
        />
        <div>
          <Text fz="lg" fw={500} mb={4}>
            {t('manager.drawerPin')}
          </Text>
          <SegmentedControl
            value={String(drawerPin)}
            onChange={(v) => setDrawerPin(v === '5' ? 5 : 2)}
            data={[
              { value: '2', label: t('manager.drawerPin2') },
              { value: '5', label: t('manager.drawerPin5') },
            ]}
          />
        </div>
        <NumberInput
          label={t('manager.columns')}
          value={columns}
          onChange={(v) => setColumns(typeof v === 'number' ? v : Number(v))}
          min={24}
          max={64}
          allowDecimal={false}
          hideControls
          inputMode="numeric"
          error={issueFor('printerColumns')}
          size="lg"
        />
        <TextInput
          label={t('manager.scannerPrefix')}
          description={t('manager.scannerPrefixHint')}
          value={scannerPrefix}
          onChange={(e) => setScannerPrefix(e.currentTarget.value)}
          error={issueFor('scannerPrefix')}
          maxLength={4}
          spellCheck={false}
          autoComplete="off"
        />
        <Switch
          size="lg"
          label={t('manager.allowNegativeStock')}
          description={t('manager.allowNegativeStockHint')}
          checked={allowNegativeStock}
          onChange={(e) => setAllowNegativeStock(e.currentTarget.checked)}
        />
        <div>
          <Text fz="lg" fw={500} mb={4} id="start-screen-label">
            {t('backoffice.startScreen')}
          </Text>
          <SegmentedControl
            aria-labelledby="start-screen-label"
            value={startScreen}
            onChange={(v) => setStartScreen(v === 'backoffice' ? 'backoffice' : 'till')}
            data={[
              { value: 'till', label: t('backoffice.startTill') },
              { value: 'backoffice', label: t('backoffice.startBackOffice') },
            ]}
          />
          <Text size="sm" c="dimmed" mt={4}>
            {t('backoffice.startScreenHint')}
          </Text>
        </div>
        {update.isError && (
          <Alert color="red" role="alert">
            {errorMessage(t, update.error)}
          </Alert>
        )}
        {update.isSuccess && (
          <Alert color="green" role="status">
            {t('manager.saved')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('manager.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
