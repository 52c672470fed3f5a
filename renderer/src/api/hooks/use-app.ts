import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppStatus, InputOf } from '../../../../shared/contract';
import type { SessionInfo } from '../../../../shared/domain/staff';
import { call } from '../client';
import { keys } from '../query-keys';

export function useAppStatus() {
  return useQuery({ queryKey: keys.status, queryFn: () => call('app.status'), staleTime: Infinity });
}

function useSetStatus() {
  const client = useQueryClient();
  return (status: AppStatus) => client.setQueryData(keys.status, status);
}

export function useUnlockSetup() {
  const setStatus = useSetStatus();
  return useMutation({ mutationFn: (token: string) => call('setup.unlock', { token }), onSuccess: setStatus });
}

export function useLoadDemo() {
  const setStatus = useSetStatus();
  return useMutation({ mutationFn: () => call('setup.loadDemo'), onSuccess: setStatus });
}

export function useCreateStore() {
  const setStatus = useSetStatus();
  return useMutation({
    mutationFn: (input: InputOf<'setup.createStore'>) => call('setup.createStore', input),
    onSuccess: setStatus,
  });
}

function withSession(client: ReturnType<typeof useQueryClient>, session: SessionInfo | null): void {
  client.setQueryData<AppStatus>(keys.status, (s) => (s === undefined ? s : { ...s, session }));
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pin: string) => call('session.login', { pin }),
    onSuccess: (session) => withSession(client, session),
  });
}

/** Forget everything the last cashier could see, so the next one starts from the server's truth. */
export function forgetSessionData(client: ReturnType<typeof useQueryClient>): void {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.status[0] });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('session.logout'),
    onSettled: () => {
      withSession(client, null);
      forgetSessionData(client);
    },
  });
}
