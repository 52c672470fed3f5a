import { Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDITABLE_LOCATION_KINDS, type LocationView } from '../../../../shared/domain/stock';
import { useSaveLocation } from '../../api/hooks/use-stock';
import { DialogFooter } from '../DialogFooter';
import { serverErrors } from '../products/form-errors';

type Kind = (typeof EDITABLE_LOCATION_KINDS)[number];

/** A location's name, kind and address, new or edited. */
export function LocationDialog({ location, onClose }: { location: LocationView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveLocation();
  const [name, setName] = useState(location?.name ?? '');
  const [kind, setKind] = useState<Kind>(location && location.kind !== 'transit' ? location.kind : 'backroom');
  const [address, setAddress] = useState(location?.address ?? '');
  const errors = serverErrors(t, save.error);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={onClose}
      title={location === null ? t('stock.locations.newTitle') : t('stock.locations.editTitle')}
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ id: location?.id, name, kind, address }, { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          <TextInput
            size="sm"
            required
            data-autofocus
            label={t('stock.locations.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-testid="stock-location-name"
          />
          <Select
            size="sm"
            label={t('stock.locations.kind')}
            data={EDITABLE_LOCATION_KINDS.map((k) => ({ value: k, label: t(`stock.kinds.${k}`) }))}
            value={kind}
            onChange={(v) => v !== null && setKind(v as Kind)}
            allowDeselect={false}
          />
          <Textarea
            size="sm"
            autosize
            minRows={2}
            label={t('stock.locations.address')}
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
          />
          <DialogFooter
            formError={errors.form}
            saving={save.isPending}
            saveTestId="stock-location-save"
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
