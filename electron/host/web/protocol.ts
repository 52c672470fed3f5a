import { z } from 'zod';
import type { AppError, ErrorCode, Result } from '../../../shared/contract';

/**
 * One request over the WebSocket: `{ id, channel, input }`. The reply echoes the id.
 * Zod's int() already keeps the id a safe integer, so it survives the round trip.
 */
export const wireRequest = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string().min(1).max(100),
  input: z.unknown().optional(),
});
export type WireRequest = z.infer<typeof wireRequest>;

/** The id to answer a frame with when it is refused: its own, if it has a usable one. */
export function idOf(frame: unknown): number | null {
  const id =
    typeof frame === 'object' && frame !== null && !Array.isArray(frame) ? (frame as { id?: unknown }).id : undefined;
  return wireRequest.shape.id.safeParse(id).success ? (id as number) : null;
}

export function replyFrame(id: number | null, result: Result<unknown>): string {
  return JSON.stringify({ id, ...result });
}

export function errorFrame(id: number | null, code: ErrorCode, message: string): string {
  const error: AppError = { code, message };
  return JSON.stringify({ id, ok: false, error });
}

/**
 * Why the host closes a socket (RFC 6455, 7.4.1). 1007 and 1009 are sent by the ws
 * library itself when it rejects a frame; the others are ours.
 */
export const CLOSE = {
  /** A binary frame: the protocol is JSON text. */
  unsupportedData: 1003,
  /** A text frame that is not valid UTF-8. */
  invalidPayload: 1007,
  /** Kept sending after `rate_limited`. */
  policyViolation: 1008,
  /** A frame over the size limit. */
  messageTooBig: 1009,
} as const;
