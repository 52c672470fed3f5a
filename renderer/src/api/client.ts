import type { AppError, ChannelName, ErrorCode, EventMap, InputIssue, InputOf, OutputOf } from '../../../shared/contract';
import { getBridge } from './bridge';

/** A failure the core answered with: the code is what the UI translates and acts on. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: InputIssue[];

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

/** Channels without input (`noInput`) may be called as `call('cart.get')`. */
type InputArgs<K extends ChannelName> = undefined extends InputOf<K> ? [input?: InputOf<K>] : [input: InputOf<K>];

export async function call<K extends ChannelName>(channel: K, ...args: InputArgs<K>): Promise<OutputOf<K>> {
  const result = await getBridge().invoke(channel, args[0]);
  if (!result.ok) throw new ApiError(result.error);
  // The core validated and produced this value for this very channel; the contract is the proof.
  return result.value as OutputOf<K>;
}

export function onEvent<E extends keyof EventMap>(event: E, cb: (payload: EventMap[E]) => void): () => void {
  return getBridge().on(event, (payload) => cb(payload as EventMap[E]));
}

export function isApiError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
