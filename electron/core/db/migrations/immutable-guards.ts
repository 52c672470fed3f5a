/**
 * Triggers that make a finalized table append-only at the database itself. UPDATE and
 * DELETE are refused outright. REPLACE is the subtle one: `INSERT OR REPLACE`,
 * `REPLACE INTO` and a conflicting insert under `ON CONFLICT REPLACE` delete the old row
 * without firing DELETE triggers unless recursive_triggers is on, which a connection
 * other than ours need not set. So every unique key also gets a BEFORE INSERT guard that
 * refuses an insert whose key already exists, whatever the connection's pragmas.
 *
 * Frozen with the migrations that use it: change a copy, never this, if a later
 * migration needs other guards.
 */
export function immutableGuards(table: string, uniqueKeys: readonly (readonly string[])[]): string {
  const message = `${table} rows are immutable: record a correction instead`;
  const guards = uniqueKeys.map((cols, i) => {
    const match = cols.map((c) => `${c} = NEW.${c}`).join(' AND ');
    return `
    CREATE TRIGGER ${table}_no_replace_${i + 1} BEFORE INSERT ON ${table}
      WHEN EXISTS (SELECT 1 FROM ${table} WHERE ${match})
      BEGIN SELECT RAISE(ABORT, '${message}'); END;`;
  });
  return `
    CREATE TRIGGER IF NOT EXISTS ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${message}'); END;
    CREATE TRIGGER IF NOT EXISTS ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${message}'); END;${guards.join('')}`;
}
