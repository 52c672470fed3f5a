import type { z } from 'zod';
import { adminChannels } from './admin';
import { appChannels } from './app';
import { cartChannels } from './cart';
import { catalogChannels } from './catalog';
import { catalogIoChannels } from './catalog-io';
import { cartCustomerChannels, creditChannels, customerChannels, giftCardChannels } from './customers';
import type { Channel } from './define';
import { historyChannels } from './history';
import { labelChannels } from './labels';
import { productChannels } from './products';
import { purchasingChannels } from './purchasing';
import { reasonChannels } from './reasons';
import { ruleChannels, tenderChannels, terminalChannels } from './tenders';
import { returnChannels } from './returns';
import { saleChannels } from './sale';
import { sessionChannels } from './session';
import { shelfLabelChannels } from './shelf-labels';
import { stockChannels } from './stock';
import { storeChannels } from './store';
import { stockTakeChannels } from './stocktake';
import { tillChannels } from './till';

/** Every channel of the IPC contract. The router, the client and docs/ipc.md derive from this. */
export const contract = {
  ...appChannels,
  ...sessionChannels,
  ...catalogChannels,
  ...cartChannels,
  ...saleChannels,
  ...adminChannels,
  ...tillChannels,
  ...labelChannels,
  ...customerChannels,
  ...creditChannels,
  ...giftCardChannels,
  ...cartCustomerChannels,
  ...reasonChannels,
  ...tenderChannels,
  ...ruleChannels,
  ...terminalChannels,
  ...returnChannels,
  ...historyChannels,
  ...storeChannels,
  ...productChannels,
  ...shelfLabelChannels,
  ...catalogIoChannels,
  ...stockTakeChannels,
  ...purchasingChannels,
  ...stockChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller sends (defaults not yet applied). */
export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ChannelName> = Contract[K] extends Channel<z.ZodType, infer O> ? O : never;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

export type { AppStatus } from './app';
export type { StartScreen, TillSettings } from './admin';
export type { Access } from './define';
export * from './errors';
export * from './events';
