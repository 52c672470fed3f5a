import { z } from 'zod';
import type { StoreSettings, TillInfo } from '../domain/store';
import type { SessionInfo } from '../domain/staff';
import { currencyProblem } from '../iso-4217';
import type { StartScreen } from './admin';
import { channel } from './define';
import { storeReceiptInput } from './store';
import { bps, noInput, pin, tillCode } from './inputs';

export interface AppStatus {
  version: string;
  setUp: boolean;
  demo: boolean;
  store: StoreSettings | null;
  till: TillInfo | null;
  session: SessionInfo | null;
  /** What the till's keyboard-wedge listener needs; public because every cashier's screen scans. */
  scanner: { prefix: string };
  /** This till's start screen (TillSettings.startScreen), read by the renderer right after a login. */
  startScreen: StartScreen;
  /** Whether this connection may use the setup channels of a fresh store. */
  setupAllowed: boolean;
}

/**
 * A current ISO 4217 code from shared/iso-4217.ts, not whatever the runtime's Intl knows:
 * setup saves the code's minor units from that table, so the two must agree.
 */
const currency = z
  .string()
  .superRefine((code, ctx) => {
    const problem = currencyProblem(code);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('A current ISO 4217 code, e.g. EUR; its minor units are saved with the store.');
const locale = z
  .string()
  .min(2)
  .max(35)
  .refine((l) => {
    try {
      return Intl.getCanonicalLocales(l).length === 1;
    } catch {
      return false;
    }
  }, 'Unknown locale');

export const storeInput = z
  .object({
    name: z.string().trim().min(1).max(80),
    address: z.string().trim().max(200),
    currency,
    locale,
    taxInclusive: z.boolean(),
  })
  .extend(storeReceiptInput.shape);

export const appChannels = {
  'app.status': channel<AppStatus>()({
    input: noInput,
    access: 'public',
    summary: 'Whether the store is set up, the store and till, and who is logged in on this connection.',
  }),
  'setup.unlock': channel<AppStatus>()({
    input: z.object({
      token: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .describe('The one-time setup code `npm run serve` prints while the data folder holds no store.'),
    }),
    access: 'public',
    summary:
      'First run in a browser: present the one-time setup code, which lets this connection use the setup channels. Refused once the store exists.',
  }),
  'setup.createStore': channel<AppStatus>()({
    input: z.object({
      store: storeInput,
      taxRate: z.object({
        name: z.string().trim().min(1).max(40),
        rateBps: bps,
      }),
      owner: z.object({ name: z.string().trim().min(1).max(60), pin }),
      till: z
        .object({ code: tillCode.default('T01'), name: z.string().trim().min(1).max(40).default('Till 1') })
        .default({ code: 'T01', name: 'Till 1' }),
    }),
    access: 'setup',
    summary: 'First run only: create the store, its first tax rate, this till and the owner.',
  }),
  'setup.loadDemo': channel<AppStatus>()({
    input: noInput,
    access: 'setup',
    summary: 'First run only: load the demo shop (catalog, stock, staff 1111 and 9999).',
  }),
};
