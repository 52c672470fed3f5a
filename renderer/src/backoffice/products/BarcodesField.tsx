import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconBarcode, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeScan } from '../../../../shared/barcode';
import { useGenerateBarcode } from '../../api/hooks/use-bo-products';
import { errorMessage } from '../../i18n/error-message';
import { barcodeProblem } from './product-form-state';

interface BarcodesFieldProps {
  codes: readonly string[];
  onChange: (codes: string[]) => void;
  /** What the core said about the list, or about one code ("barcodes.1"). */
  error?: string;
  codeErrors: (index: number) => string | undefined;
}

/** Every code the product scans by: typed (check digit checked as typed), scanned, or generated in-store. */
export function BarcodesField({ codes, onChange, error, codeErrors }: BarcodesFieldProps) {
  const { t } = useTranslation();
  const generate = useGenerateBarcode();
  const [draft, setDraft] = useState('');
  const code = normalizeScan(draft);
  const problem = code === '' ? null : codes.includes(code) ? 'boForm.barcodeTwice' : barcodeProblem(code);
  const add = (next: string) => {
    if (next === '' || codes.includes(next)) return;
    onChange([...codes, next]);
    setDraft('');
  };
  return (
    <Input.Wrapper label={t('boForm.barcodes')} error={error} size="sm">
      <Stack gap={4} mt={4}>
        {codes.map((c, i) => (
          <Group key={c} gap="xs" wrap="nowrap">
            <Text ff="monospace" size="sm" data-testid="bo-barcode">
              {c}
            </Text>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="red"
              aria-label={t('boForm.removeBarcode', { code: c })}
              onClick={() => onChange(codes.filter((x) => x !== c))}
            >
              <IconX size={14} />
            </ActionIcon>
            {codeErrors(i) !== undefined && (
              <Text size="xs" c="red.9">
                {codeErrors(i)}
              </Text>
            )}
          </Group>
        ))}
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            size="sm"
            aria-label={t('boForm.barcode')}
            placeholder={t('boForm.barcode')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              // A scanner ends with Enter: it adds the code instead of submitting the form.
              if (e.key === 'Enter') {
                e.preventDefault();
                if (problem === null) add(code);
              }
            }}
            error={problem === null ? undefined : t(problem)}
            autoComplete="off"
            spellCheck={false}
            data-testid="bo-barcode-input"
          />
          <Button
            size="sm"
            variant="default"
            leftSection={<IconPlus size={14} />}
            disabled={code === '' || problem !== null}
            onClick={() => add(code)}
          >
            {t('boForm.addBarcode')}
          </Button>
          <Button
            size="sm"
            variant="default"
            leftSection={<IconBarcode size={14} />}
            title={t('boForm.generateHint')}
            loading={generate.isPending}
            onClick={() => generate.mutate(undefined, { onSuccess: (r) => add(r.code) })}
            data-testid="bo-generate-barcode"
          >
            {t('boForm.generate')}
          </Button>
        </Group>
        {generate.isError && (
          <Text size="xs" c="red.9" role="alert">
            {errorMessage(t, generate.error)}
          </Text>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
