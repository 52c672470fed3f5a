import type { Migration } from './migration';

/**
 * Search shows names that start with what was typed first. A case-insensitive index
 * on active products' names lets `name LIKE 'cho%'` read just that range instead of
 * sorting every product whose words start with "cho".
 */
export const namePrefixIndex: Migration = {
  version: 2,
  name: 'case-insensitive index on active product names for prefix search',
  steps: [
    `CREATE INDEX products_active_name_nocase ON products(name COLLATE NOCASE) WHERE active = 1;`,
  ],
};
