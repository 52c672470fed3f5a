import type { ChannelName, InputOf, OutputOf, Result } from '../shared/contract';
import type { Core } from '../electron/core/core';

/** One connection to the router, typed from the contract, as a window would hold. */
export interface Client {
  call<K extends ChannelName>(channel: K, input?: InputOf<K>): Promise<Result<OutputOf<K>>>;
  /** A failed call is a broken bench, not a slow one: it throws. */
  ok<K extends ChannelName>(channel: K, input?: InputOf<K>): Promise<OutputOf<K>>;
}

export function connect(core: Core, connectionId: string): Client {
  const call = async <K extends ChannelName>(channel: K, input?: InputOf<K>) =>
    (await core.router.call(connectionId, channel, input)) as Result<OutputOf<K>>;
  return {
    call,
    async ok(channel, input) {
      const r = await call(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
  };
}
