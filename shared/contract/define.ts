import type { z } from 'zod';
import type { Permission } from '../permissions';

/**
 * Who may call a channel: anyone on the connection ('public', e.g. login), any
 * logged-in staff member ('staff'), or holders of one permission.
 */
export type Access = 'public' | 'staff' | Permission;

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
