import { Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PinDots } from '../login/PinDots';
import { PinPad } from '../login/PinPad';

const MAX_PIN = 8;

interface ApprovalDialogProps {
  /** What needs approving, as the cashier asked for it ("A 25% discount on Sourdough"). */
  what: string;
  /** Tries the PIN; resolves to an error text to show, or null when it went through. */
  onPin: (pin: string) => Promise<string | null>;
  onCancel: () => void;
}

/**
 * A manager's PIN typed on the cashier's screen, over whatever dialog asked for it. The
 * PIN pad is the login screen's; digits, Backspace and Enter work from the keyboard too.
 */
export function ApprovalDialog({ what, onPin, onCancel }: ApprovalDialogProps) {
  const { t } = useTranslation();
  const [pin, setPinState] = useState('');
  const pinRef = useRef('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setPin = (next: string) => {
    pinRef.current = next;
    setPinState(next);
  };
  const submit = async () => {
    const typed = pinRef.current;
    if (typed.length < 4 || busy) return;
    setBusy(true);
    const failed = await onPin(typed);
    setBusy(false);
    if (failed !== null) {
      setError(failed);
      setPin('');
    }
  };
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (/^\d$/.test(e.key)) {
        if (pinRef.current.length < MAX_PIN) setPin(pinRef.current + e.key);
      } else if (e.key === 'Backspace') setPin(pinRef.current.slice(0, -1));
      else if (e.key === 'Enter') void submitRef.current();
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    // Capture: the dialog underneath (a keypad) must not see the manager's digits.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('approval.title')}
      centered
      size={400}
      zIndex={400}
      data-testid="approval-dialog"
      closeButtonProps={{ 'aria-label': t('app.close'), size: 'xl' }}
    >
      <Stack align="center" gap={6}>
        <Text fw={700} size="lg" ta="center">
          {what}
        </Text>
        <Text size="sm" ta="center">
          {t('approval.askManager')}
        </Text>
        <PinDots length={pin.length} max={MAX_PIN} />
        <Text role="alert" c="red.8" fw={600} mih={24} ta="center" data-testid="approval-error">
          {error ?? ''}
        </Text>
        <PinPad
          onDigit={(d) => pin.length < MAX_PIN && setPin(pin + d)}
          onClear={() => setPin('')}
          onBackspace={() => setPin(pin.slice(0, -1))}
          onEnter={() => void submit()}
          canEnter={pin.length >= 4}
          busy={busy}
          enterLabel={t('approval.approve')}
          keyHeight={58}
        />
      </Stack>
    </Modal>
  );
}
