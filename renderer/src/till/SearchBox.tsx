import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Enter with a code typed: ring it up like a scan. */
  onSubmitCode: (code: string) => void;
  inputRef: Ref<HTMLInputElement>;
}

// A code is one printable-ASCII word; anything with spaces is a name search.
const CODE = /^[\x21-\x7E]+$/;

export function SearchBox({ value, onChange, onSubmitCode, inputRef }: SearchBoxProps) {
  const { t } = useTranslation();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    // Read the field, not state: characters the scanner hook gave back a moment ago may
    // not have re-rendered yet.
    const text = e.currentTarget.value.trim();
    if (CODE.test(text)) {
      e.preventDefault();
      onSubmitCode(text);
    }
  };
  return (
    <TextInput
      ref={inputRef}
      type="search"
      aria-label={t('products.searchLabel')}
      placeholder={t('products.searchPlaceholder')}
      title={t('shortcuts.hint', { label: t('products.searchLabel'), key: 'F2' })}
      aria-keyshortcuts="F2"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      leftSection={<IconSearch />}
      rightSectionWidth={56}
      rightSection={
        value === '' ? (
          <Kbd>F2</Kbd>
        ) : (
          <CloseButton size={48} aria-label={t('products.clearSearch')} onClick={() => onChange('')} />
        )
      }
      data-testid="search"
      autoComplete="off"
      spellCheck={false}
    />
  );
}
