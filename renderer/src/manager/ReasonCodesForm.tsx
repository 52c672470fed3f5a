import { ActionIcon, Button, Group, Loader, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import { REASON_KINDS, type ReasonCodeView, type ReasonKind } from '../../../shared/domain/reasons';
import { call } from '../api/client';
import { keys } from '../api/query-keys';
import { errorMessage } from '../i18n/error-message';
import { notify } from '../notices/notice-store';

/** A code from a label: "Price match" -> price_match, as reports want it. */
function codeFor(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32);
}

/** The store's reasons, per kind: rename, remove, add. Each change is saved at once. */
export function ReasonCodesForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<ReasonKind>('discount');
  const reasons = useQuery({ queryKey: keys.reasons(kind), queryFn: () => call('reasons.list', { kind }) });
  const refresh = () => client.invalidateQueries({ queryKey: keys.reasons(kind) });
  const failed = (e: unknown) => notify('error', errorMessage(t, e));
  const save = useMutation({
    mutationFn: (input: InputOf<'reasons.save'>) => call('reasons.save', input),
    onSuccess: () => {
      notify('success', t('reasons.saved'));
      void refresh();
    },
    onError: failed,
  });
  const archive = useMutation({ mutationFn: (id: string) => call('reasons.archive', { id }), onSuccess: refresh, onError: failed });
  const [label, setLabel] = useState('');

  return (
    <Stack gap="xs">
      <Text size="sm">{t('reasons.settingsHint')}</Text>
      <SegmentedControl
        fullWidth
        value={kind}
        onChange={(k) => setKind(k as ReasonKind)}
        data={REASON_KINDS.map((k) => ({ value: k, label: t(`reasons.kind_${k}`) }))}
        aria-label={t('reasons.settingsTitle')}
      />
      {reasons.data === undefined ? (
        <Loader />
      ) : (
        reasons.data.map((r) => <ReasonRow key={r.id} reason={r} onSave={(next) => save.mutate({ ...r, label: next })} onArchive={() => archive.mutate(r.id)} />)
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const text = label.trim();
          if (text === '' || codeFor(text) === '') return;
          save.mutate({ kind, code: codeFor(text), label: text }, { onSuccess: () => setLabel('') });
        }}
      >
        <Group align="flex-end" wrap="nowrap">
          <TextInput style={{ flex: 1 }} label={t('reasons.label')} value={label} maxLength={60} onChange={(e) => setLabel(e.currentTarget.value)} />
          <Button type="submit" loading={save.isPending} disabled={codeFor(label) === ''}>
            {t('reasons.add')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

function ReasonRow({ reason, onSave, onArchive }: { reason: ReasonCodeView; onSave: (label: string) => void; onArchive: () => void }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(reason.label);
  const changed = label.trim() !== '' && label.trim() !== reason.label;
  return (
    <Group wrap="nowrap" gap={6}>
      <TextInput
        style={{ flex: 1 }}
        aria-label={t('reasons.label')}
        value={label}
        maxLength={60}
        onChange={(e) => setLabel(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && changed) onSave(label.trim());
        }}
      />
      <Button variant="default" disabled={!changed} onClick={() => onSave(label.trim())}>
        {t('reasons.save')}
      </Button>
      <ActionIcon size={50} variant="light" color="red" aria-label={t('reasons.archive', { label: reason.label })} onClick={onArchive}>
        <IconTrash />
      </ActionIcon>
    </Group>
  );
}
