import type { ChannelName, InputOf, OutputOf, Result } from '../../shared/contract';
import type { Router } from './router';

/** One connection to the router, typed from the contract, as a window holds one. */
export interface RouterClient {
  call<K extends ChannelName>(channel: K, input?: InputOf<K>): Promise<Result<OutputOf<K>>>;
  /** Unwraps the envelope and throws on an error: for scripts and tests, never for the UI. */
  ok<K extends ChannelName>(channel: K, input?: InputOf<K>): Promise<OutputOf<K>>;
}

export function connectRouter(router: Router, connectionId: string): RouterClient {
  const call = async <K extends ChannelName>(channel: K, input?: InputOf<K>) =>
    (await router.call(connectionId, channel, input)) as Result<OutputOf<K>>;
  return {
    call,
    async ok(channel, input) {
      const r = await call(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
  };
}
