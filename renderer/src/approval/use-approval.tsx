import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { errorMessage } from '../i18n/error-message';
import { ApprovalDialog } from './ApprovalDialog';

/** What a call sends when a manager typed their PIN for it. */
export interface ApprovalInput {
  pin: string;
}

interface Pending {
  what: string;
  attempt: (pin: string) => Promise<string | null>;
  cancel: () => void;
}

/**
 * Manager override as one flow for every action: `run(what, action)` calls `action()`;
 * if the core answers approval_required, a PIN pad titled with `what` opens and the same
 * action is called again with `{ pin }`. A PIN that may not approve it (approval_denied)
 * or is wrong (bad_pin, locked_out) is said plainly and the pad stays open. Resolves to
 * the action's value, or undefined if the cashier cancelled; other failures reject.
 */
export function useApproval(): {
  run: <T>(what: string, action: (approval?: ApprovalInput) => Promise<T>) => Promise<T | undefined>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);

  const run = useCallback(
    async <T,>(what: string, action: (approval?: ApprovalInput) => Promise<T>): Promise<T | undefined> => {
      try {
        return await action();
      } catch (e) {
        if (!isApiError(e, 'approval_required')) throw e;
      }
      return new Promise<T | undefined>((resolve, reject) => {
        setPending({
          what,
          cancel: () => {
            setPending(null);
            resolve(undefined);
          },
          attempt: async (pin) => {
            try {
              const value = await action({ pin });
              setPending(null);
              resolve(value);
              return null;
            } catch (e) {
              if (isApiError(e, 'approval_denied') || isApiError(e, 'bad_pin') || isApiError(e, 'locked_out')) {
                return errorMessage(t, e);
              }
              setPending(null);
              reject(e);
              return null;
            }
          },
        });
      });
    },
    [t],
  );

  const dialog = pending === null ? null : <ApprovalDialog what={pending.what} onPin={pending.attempt} onCancel={pending.cancel} />;
  return { run, dialog };
}
