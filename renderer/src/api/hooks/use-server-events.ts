import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AppStatus } from '../../../../shared/contract';
import { storeCart } from '../cart-cache';
import { getBridge } from '../bridge';
import { onEvent } from '../client';
import { storePrintJob } from '../print-job-cache';
import { keys } from '../query-keys';
import { forgetSessionData } from './use-app';

/**
 * Wires pushes into the cache, and handles a reconnect: the server dropped the session
 * with the old socket, so everything session-bound is forgotten and status re-read,
 * which lands the UI on the login screen.
 */
export function useServerEvents(onSessionLost: () => void): void {
  const client = useQueryClient();
  useEffect(() => {
    const offs = [
      onEvent('cart.updated', (cart) => storeCart(client, cart)),
      onEvent('print.job', (job) => {
        storePrintJob(client, job);
        if (job.status !== 'printed' || client.getQueryData(keys.unprinted) !== undefined) {
          void client.invalidateQueries({ queryKey: keys.unprinted });
        }
      }),
      onEvent('printer.status', (status) => client.setQueryData(keys.printerStatus, status)),
      getBridge().onReconnect(() => {
        forgetSessionData(client);
        // Leave the till at once; the re-read confirms it but may take a moment.
        client.setQueryData<AppStatus>(keys.status, (s) => (s === undefined ? s : { ...s, session: null }));
        void client.invalidateQueries({ queryKey: keys.status });
        onSessionLost();
      }),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [client, onSessionLost]);
}

/** Whether the transport is connected, for the offline banner. */
export function useConnectionState(onChange: (connected: boolean) => void): void {
  useEffect(() => getBridge().onConnectionChange(onChange), [onChange]);
}
