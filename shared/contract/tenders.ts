import { z } from 'zod';
import type { TenderMethodView } from '../domain/sale';
import type { SalesRules, TerminalSettings } from '../domain/store';
import { channel } from './define';
import { bps, minor, noInput } from './inputs';

/** The cash rounding increments a store may choose, in minor units (5 = 0.05). */
export const CASH_ROUNDING_STEPS = [0, 1, 2, 5, 10, 20, 25, 50, 100] as const;

export const tenderChannels = {
  'tenders.list': channel<TenderMethodView[]>()({
    input: z.object({ all: z.boolean().optional() }).strict().optional(),
    access: 'staff',
    summary: 'The tenders this store takes, in screen order: active ones, or with all: true every one (for the manager screen).',
  }),
  'tenders.save': channel<TenderMethodView[]>()({
    input: z
      .object({
        code: z
          .string()
          .regex(/^[a-z][a-z0-9_]{1,31}$/, 'A tender code is 2 to 32 lowercase letters, digits or _, starting with a letter'),
        name: z.string().trim().min(1).max(40),
        opensDrawer: z.boolean(),
        active: z.boolean(),
        position: z.number().int().min(0).max(1000).describe('Place on the payment screen, as a count from the left (lower first).'),
      })
      .strict(),
    access: 'settings.manage',
    summary:
      "Add a store-defined tender (voucher, bank transfer, cheque...) or edit one: name, whether it opens the drawer, active, position. A new code is kind 'other'; a built-in tender keeps its kind. Replies with every tender.",
  }),
};

export const ruleChannels = {
  'rules.get': channel<SalesRules>()({
    input: noInput,
    access: 'settings.manage',
    summary: 'How the till treats money at the counter: cash rounding, discount limits per role, the cash limit of returns without a receipt, printing discount reasons.',
  }),
  'rules.update': channel<SalesRules>()({
    input: z
      .object({
        cashRounding: z
          .number()
          .int()
          .refine((n) => (CASH_ROUNDING_STEPS as readonly number[]).includes(n), 'Cash rounding is 0, 1, 2, 5, 10, 20, 25, 50 or 100 minor units')
          .describe('Cash rounding increment in minor units: 0 none, 5 for 0.05, 10 for 0.10.'),
        discountLimits: z
          .object({
            cashier: bps.describe('Deepest discount a cashier gives alone, in basis points.'),
            manager: bps.describe('Deepest discount a manager gives alone, in basis points.'),
            owner: bps.describe('Deepest discount an owner gives alone, in basis points.'),
          })
          .strict(),
        noReceiptCashLimit: minor.describe('The most cash a return without a receipt pays out, in minor units.'),
        printDiscountReasons: z.boolean(),
      })
      .strict()
      .partial(),
    access: 'settings.manage',
    summary: 'Change the sales rules; fields left out keep their value.',
  }),
};

export const terminalChannels = {
  'terminal.get': channel<TerminalSettings>()({
    input: noInput,
    access: 'settings.manage',
    summary: 'The card terminal driver (manual or simulator), what the simulator answers, and how long a request waits.',
  }),
  'terminal.update': channel<TerminalSettings>()({
    input: z
      .object({
        driver: z.enum(['manual', 'simulator']),
        simulate: z.enum(['approve', 'decline', 'timeout']),
        timeoutMs: z.number().int().min(1000).max(300_000).describe('How long a card request waits for an answer, in milliseconds.'),
      })
      .strict()
      .partial(),
    access: 'settings.manage',
    summary: 'Change the card terminal settings; a request under way keeps the driver it started with.',
  }),
};
