import { z } from 'zod';
import { REASON_KINDS, type ReasonCodeView } from '../domain/reasons';
import { channel } from './define';
import { id } from './inputs';

const kind = z.enum(REASON_KINDS);

export const reasonChannels = {
  'reasons.list': channel<ReasonCodeView[]>()({
    input: z.object({ kind }),
    access: 'staff',
    summary: 'The reasons a cashier may pick for a discount, a price override, a void or a return, in list order.',
  }),
  'reasons.save': channel<ReasonCodeView>()({
    input: z.object({
      id: id.optional(),
      kind,
      code: z
        .string()
        .trim()
        .regex(/^[a-z0-9_]{1,32}$/, 'A reason code is 1 to 32 small letters, digits or underscores, e.g. price_match'),
      label: z.string().trim().min(1, 'A reason needs a label').max(60, 'A reason label is at most 60 characters'),
      position: z
        .number()
        .int()
        .min(0)
        .max(1000)
        .optional()
        .describe('Place in the list, counted from 1 (1 = first); new reasons go last.'),
    }),
    access: 'settings.manage',
    summary: 'Add a reason, or change the code, label or place of one (its kind stays).',
  }),
  'reasons.archive': channel<null>()({
    input: z.object({ id }),
    access: 'settings.manage',
    summary: 'Take a reason off the list; what was recorded with it keeps its label.',
  }),
};
