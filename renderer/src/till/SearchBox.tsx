import { Button, CloseButton, Group, Kbd, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikeBarcode, looksLikeQty } from './search-text';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Enter with a code typed: ring it up like a scan. */
  onSubmitCode: (code: string) => void;
  /** Enter with name results showing: add the highlighted one. Returns false if none. */
  onPickHighlighted: () => boolean;
  /** Arrow down/up: move the highlight over the results. */
  onMoveHighlight: (delta: 1 | -1) => void;
  /** × (the Qty key, or * on the keyboard) with a number typed: the next item's quantity. */
  onKeyQty: (text: string) => void;
  /** Opens the on-screen keypad, for a till with no keyboard. */
  onOpenKeypad: () => void;
  inputRef: Ref<HTMLInputElement>;
}

// One printable-ASCII word: a SKU or other code; anything with spaces is a name search.
const CODE = /^[\x21-\x7E]+$/;

export function SearchBox(props: SearchBoxProps) {
  const { value, onChange, onSubmitCode, inputRef } = props;
  const { t } = useTranslation();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Read the field, not state: characters the scanner hook gave back a moment ago may
    // not have re-rendered yet.
    const text = e.currentTarget.value.trim();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      props.onMoveHighlight(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === '*' && looksLikeQty(text)) {
      e.preventDefault();
      props.onKeyQty(text);
    } else if (e.key === 'Enter') {
      // A barcode is rung up as typed; a name adds the highlighted result; a word that
      // found nothing may still be a SKU.
      if (looksLikeBarcode(text) || (!props.onPickHighlighted() && CODE.test(text))) onSubmitCode(text);
      e.preventDefault();
    }
  };
  return (
    <Group gap={8} wrap="nowrap">
      <TextInput
        ref={inputRef}
        style={{ flex: 1 }}
        type="search"
        aria-label={t('products.searchLabel')}
        placeholder={t('products.searchPlaceholder')}
        title={t('shortcuts.hint', { label: t('products.searchLabel'), key: 'F2' })}
        aria-keyshortcuts="F2"
        value={value}
        onChange={(e) => {
          const typed = e.currentTarget.value;
          // "12*": typed keys reach the box as text once the scanner hook hands them back,
          // so a trailing * after a number is the Qty key too.
          const qty = typed.endsWith('*') ? typed.slice(0, -1).trim() : null;
          if (qty !== null && looksLikeQty(qty)) props.onKeyQty(qty);
          else onChange(typed);
        }}
        onKeyDown={onKeyDown}
        leftSection={<IconSearch aria-hidden />}
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
      <Button
        variant="default"
        h={50}
        onClick={() => props.onKeyQty(value.trim())}
        aria-label={t('products.qtyKeyLabel')}
        aria-keyshortcuts="*"
        data-testid="qty-key"
      >
        {t('products.qtyKey')}
      </Button>
      <Button
        variant="default"
        h={50}
        onClick={props.onOpenKeypad}
        aria-label={t('products.keypadOpenLabel')}
        data-testid="open-keypad"
      >
        {t('products.keypadOpen')}
      </Button>
    </Group>
  );
}
