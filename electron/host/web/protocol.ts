import { z } from 'zod';

/** One request over the WebSocket: `{ id, channel, input }`. The reply echoes the id. */
export const wireRequest = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string().min(1).max(100),
  input: z.unknown().optional(),
});
export type WireRequest = z.infer<typeof wireRequest>;
