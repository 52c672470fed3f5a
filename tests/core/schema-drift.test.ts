import Database from 'better-sqlite3';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';

const SCHEMA = path.resolve(__dirname, '..', '..', 'electron', 'core', 'db', 'schema.ts');

interface Column {
  type: 'INTEGER' | 'TEXT';
  nullable: boolean;
}

/** The tables and columns schema.ts declares, read with the TypeScript compiler. */
function declared(): Record<string, Record<string, Column>> {
  const program = ts.createProgram([SCHEMA], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(SCHEMA);
  if (!source) throw new Error('schema.ts not found');
  const db = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'DB');
  if (!db) throw new Error('no interface DB in schema.ts');
  const out: Record<string, Record<string, Column>> = {};
  for (const member of checker.getTypeAtLocation(db).getProperties()) {
    const tableType = checker.getTypeOfSymbolAtLocation(member, db);
    const columns: Record<string, Column> = {};
    for (const col of tableType.getProperties()) {
      const decl = col.valueDeclaration ?? col.declarations?.[0];
      if (!decl) continue;
      let type = checker.getTypeOfSymbolAtLocation(col, decl);
      // Kysely's Generated<T> wraps the select type in __select__.
      const generated = type.getProperty('__select__');
      if (generated) type = checker.getTypeOfSymbolAtLocation(generated, decl);
      const parts = type.isUnion() ? type.types : [type];
      const nullable = parts.some((p) => (p.flags & ts.TypeFlags.Null) !== 0);
      const numeric = parts.some((p) => (p.flags & ts.TypeFlags.NumberLike) !== 0);
      columns[col.name] = { type: numeric ? 'INTEGER' : 'TEXT', nullable };
    }
    out[member.name] = columns;
  }
  return out;
}

/** The tables and columns a database migrated from empty actually has. */
function migrated(): Record<string, Record<string, Column>> {
  const db = new Database(':memory:');
  migrate(db);
  const tables = db
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'products_fts%'",
    )
    .pluck()
    .all() as string[];
  const out: Record<string, Record<string, Column>> = {};
  for (const t of tables) {
    const cols = db.prepare('select name, type, "notnull", pk from pragma_table_info(?)').all(t) as {
      name: string;
      type: string;
      notnull: number;
      pk: number;
    }[];
    out[t] = Object.fromEntries(
      cols.map((c) => [c.name, { type: c.type as Column['type'], nullable: c.notnull === 0 && c.pk === 0 }]),
    );
  }
  db.close();
  return out;
}


describe('schema.ts and the migrations cannot drift apart', () => {
  it('every table, column, column type and nullability in schema.ts is what the migrations build, and nothing more', () => {
    expect(declared()).toEqual(migrated());
  });
});
