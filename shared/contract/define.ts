import type { z } from 'zod';
import type { Permission } from '../permissions';

/**
 * Who may call a channel: anyone on the connection ('public', e.g. login), a connection
 * allowed to set up a fresh store ('setup': the first Electron window, or a browser that
 * presented the one-time setup token), any logged-in staff member ('staff'), or holders
 * of one permission.
 */
export type Access = 'public' | 'setup' | 'staff' | Permission;

export interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  readonly access: Access;
  readonly summary: string;
  /** Phantom: carries the output type; never set at run time. */
  readonly output?: O;
}

/**
 * `channel<Output>()({ input, access, summary })`: the output type is given
 * explicitly while the input type is inferred from the zod schema.
 */
export function channel<O>() {
  return <I extends z.ZodType>(def: { input: I; access: Access; summary: string }): Channel<I, O> => def;
}
