import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A back-office form dialog's end: the error no field owns, then Cancel and Save (the form's submit). */
export function DialogFooter(props: { formError: string | undefined; saving: boolean; saveTestId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {props.formError !== undefined && (
        <Alert color="red" role="alert" p="xs">
          {props.formError}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button size="sm" variant="default" onClick={props.onCancel}>
          {t('backoffice.cancel')}
        </Button>
        <Button size="sm" type="submit" loading={props.saving} data-testid={props.saveTestId}>
          {t('backoffice.save')}
        </Button>
      </Group>
    </>
  );
}
