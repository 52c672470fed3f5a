import { z } from 'zod';
import type { PrinterStatusView } from '../domain/devices';
import type { JournalVerifyResult } from '../domain/journal';
import { channel } from './define';
import { noInput } from './inputs';

export interface TillSettings {
  /** tcp://host[:port], sim: (simulator) or none. */
  printerUri: string;
  drawerPin: 2 | 5;
  printerColumns: number;
  allowNegativeStock: boolean;
  /** Characters a scanner is set to send before each code; '' means timing alone tells scans from typing. */
  scannerPrefix: string;
  /** What a catalog.manage login lands on: the till, or the back office (the back-office PC). */
  startScreen: StartScreen;
}

export const START_SCREENS = ['till', 'backoffice'] as const;
export type StartScreen = (typeof START_SCREENS)[number];

export const printerUri = z
  .string()
  .trim()
  .regex(/^(tcp:\/\/[A-Za-z0-9.-]+(:\d{1,5})?|sim:|none)$/, 'Use tcp://host[:port], sim: or none');

export const adminChannels = {
  'devices.printerStatus': channel<PrinterStatusView>()({
    input: noInput,
    access: 'staff',
    summary: 'Whether the receipt printer answers, and its paper and cover state.',
  }),
  'journal.verify': channel<JournalVerifyResult>()({
    input: z
      .object({
        expectedHead: z
          .object({
            seq: z.number().int().min(1).describe('Sequence number of the exported entry.'),
            hash: z
              .string()
              .regex(/^[0-9a-f]{64}$/, 'A journal hash is 64 lowercase hex digits')
              .describe('Its SHA-256, as printed.'),
          })
          .strict()
          .optional()
          .describe('A head exported earlier (e.g. printed on a Z report), to check the journal still holds it.'),
      })
      .strict()
      .optional(),
    access: 'journal.verify',
    summary:
      'Check the journal off the till: every hash and link, the head, every document re-read from its tables and hashed again, no unjournaled rows, gap-free numbers; and optionally a head exported earlier. Runs on a read-only connection in a worker thread.',
  }),
  'settings.get': channel<TillSettings>()({
    input: noInput,
    access: 'settings.manage',
    summary: "This till's device and stock settings.",
  }),
  'settings.update': channel<TillSettings>()({
    input: z
      .object({
        printerUri,
        drawerPin: z.union([z.literal(2), z.literal(5)]).describe('Which pin of the drawer connector the drawer is wired to: 2 or 5 (a pin number).'),
        printerColumns: z.number().int().min(24).max(64).describe('Characters per printed line (a count): 42 fits 80 mm paper, 32 fits 58 mm.'),
        allowNegativeStock: z.boolean(),
        scannerPrefix: z
          .string()
          .max(4)
          .regex(/^[\x21-\x7E]*$/, 'A scanner prefix is up to 4 printable characters, no spaces'),
        startScreen: z.enum(START_SCREENS).describe('What a manager or owner lands on after login: the till or the back office.'),
      })
      .partial(),
    access: 'settings.manage',
    summary: 'Change device and stock settings; the printer is reopened with the new address.',
  }),
};
