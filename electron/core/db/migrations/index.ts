import { initial } from './001-initial';
import { namePrefixIndex } from './002-name-prefix-index';
import { documentPath } from './003-document-path';
import { cashierDay } from './004-cashier-day';
import { catalog } from './005-catalog';
import { catalogIo } from './006-catalog-io';
import { stock } from './007-stock';
import type { Migration } from './migration';

/**
 * Every migration, in order. A static list rather than a directory scan, because a
 * packaged app reads its code from an asar archive where scanning is unreliable.
 * Each one has a test in tests/core/migrations.test.ts run on a database holding data.
 */
export const MIGRATIONS: readonly Migration[] = [initial, namePrefixIndex, documentPath, cashierDay, catalog, catalogIo, stock];

export const LATEST_VERSION = MIGRATIONS.length;
export type { Migration } from './migration';
