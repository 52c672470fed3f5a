import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract';
import { call } from '../client';
import { keys } from '../query-keys';

export function usePrinterStatus() {
  return useQuery({
    queryKey: keys.printerStatus,
    queryFn: () => call('devices.printerStatus'),
    // Pushes keep it current; the poll only covers a push missed during a reconnect.
    refetchInterval: 60_000,
  });
}

export function useSettings(enabled: boolean) {
  return useQuery({ queryKey: keys.settings, queryFn: () => call('settings.get'), enabled });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'settings.update'>) => call('settings.update', input),
    onSuccess: (settings) => {
      client.setQueryData(keys.settings, settings);
      void client.invalidateQueries({ queryKey: keys.printerStatus });
      // The scanner prefix reaches the till through app.status.
      void client.invalidateQueries({ queryKey: keys.status });
    },
  });
}

export function useUpdateTill() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'till.update'>) => call('till.update', input),
    // The till's code and name reach every screen through app.status.
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.status }),
  });
}

export function useLabelRules(enabled: boolean) {
  return useQuery({ queryKey: keys.labelRules, queryFn: () => call('labels.get'), enabled });
}

export function useReplaceLabelRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'labels.replace'>) => call('labels.replace', input),
    onSuccess: (rules) => client.setQueryData(keys.labelRules, rules),
  });
}

export function useVerifyJournal() {
  return useMutation({ mutationFn: (input: InputOf<'journal.verify'>) => call('journal.verify', input) });
}
