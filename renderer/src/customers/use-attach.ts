import { useTranslation } from 'react-i18next';
import { useSetCustomer } from '../api/hooks/use-customers';
import { errorMessage } from '../i18n/error-message';
import { notify } from '../notices/notice-store';

/** Attach a customer to the open cart; says so, or says why not. */
export function useAttach(onAttached: () => void) {
  const { t } = useTranslation();
  const set = useSetCustomer();
  return {
    pending: set.isPending,
    run: (customer: { id: string; name: string }) =>
      set.mutate(customer.id, {
        onSuccess: () => {
          notify('success', t('customers.attached', { name: customer.name }));
          onAttached();
        },
        onError: (e) => notify('error', errorMessage(t, e)),
      }),
  };
}
