import { Button, Group, SimpleGrid } from '@mantine/core';
import { IconBackspace, IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface PinPadProps {
  onDigit: (digit: string) => void;
  onClear: () => void;
  onBackspace: () => void;
  onEnter: () => void;
  canEnter: boolean;
  busy: boolean;
  /** The Enter key's text: "Log in" on the login screen, "Approve" for a manager override. */
  enterLabel?: string;
  /** Smaller keys where the pad sits in a dialog over the till (manager override). */
  keyHeight?: number;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Phone layout (1 on top): PINs are remembered as phone-like patterns. */
export function PinPad({ onDigit, onClear, onBackspace, onEnter, canEnter, busy, enterLabel, keyHeight = 76 }: PinPadProps) {
  const { t } = useTranslation();
  const digit = (d: string) => (
    <Button key={d} h={keyHeight} fz={30} variant="default" onClick={() => onDigit(d)} aria-label={d}>
      {d}
    </Button>
  );
  return (
    <>
      <SimpleGrid cols={3} spacing={10} verticalSpacing={10} w={330}>
        {DIGITS.map(digit)}
        <Button h={keyHeight} fz={20} variant="default" onClick={onClear} aria-label={t('login.clear')}>
          {t('login.clear')}
        </Button>
        {digit('0')}
        <Button h={keyHeight} variant="default" onClick={onBackspace} aria-label={t('login.backspace')}>
          <IconBackspace size={30} />
        </Button>
      </SimpleGrid>
      <Group w={330} mt={10}>
        <Button
          h={keyHeight}
          fz={24}
          fullWidth
          onClick={onEnter}
          disabled={!canEnter}
          loading={busy}
          leftSection={<IconLogin size={28} />}
        >
          {enterLabel ?? t('login.enter')}
        </Button>
      </Group>
    </>
  );
}
