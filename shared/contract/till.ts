import { z } from 'zod';
import type { TillInfo } from '../domain/store';
import { channel } from './define';
import { tillCode } from './inputs';

export const tillChannels = {
  'till.update': channel<TillInfo>()({
    input: z
      .object({
        code: tillCode.optional(),
        name: z.string().trim().min(1).max(40).optional(),
      })
      .strict(),
    access: 'settings.manage',
    summary:
      "Rename this till, or change its code. The code is printed in every receipt number, so it can change only until the till's first sale (till_code_locked after).",
  }),
};
