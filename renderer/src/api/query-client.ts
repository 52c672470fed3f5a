import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './client';
import { keys } from './query-keys';

/**
 * The server owns every piece of till state; the cache only mirrors it. A not_logged_in
 * anywhere means the session is gone (timeout, reconnect), so status is re-read and the
 * app falls back to the login screen.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: onAnyError }),
    mutationCache: new MutationCache({ onError: onAnyError }),
    defaultOptions: {
      queries: {
        // Domain failures will not fix themselves by asking again.
        retry: false,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });

  function onAnyError(e: unknown): void {
    if (isApiError(e, 'not_logged_in')) void client.invalidateQueries({ queryKey: keys.status });
  }

  return client;
}
