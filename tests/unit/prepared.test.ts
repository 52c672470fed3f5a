import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { productByBarcode, productSelect } from '../../electron/core/catalog/product-query';
import { prepared, type Arg } from '../../electron/core/db/prepared';
import { queryBuilder } from '../../electron/core/db/query-builder';
import { SqlDb } from '../../electron/core/db/sql';

describe('prepared queries', () => {
  it('compile to the same SQL and parameters as the query built with the values', () => {
    for (const code of ['5010029032307', "x' or 1=1 --", '']) {
      const direct = productSelect(queryBuilder, 'loc-1').innerJoin('barcodes as bc', 'bc.product_id', 'p.id').where('bc.code', '=', code).compile();
      const bound = productByBarcode.with({ code, locationId: 'loc-1' }).compile();
      expect(bound.sql).toBe(direct.sql);
      expect(bound.parameters).toEqual(direct.parameters);
    }
  });

  it('keep constants where they are and bind each call its own arguments', () => {
    const q = prepared((b, arg: Arg<{ key: string; n: number }>) =>
      b.selectFrom('settings').select('value').where('key', '=', arg('key')).where('value', '!=', 'x').limit(arg('n')),
    );
    expect(q.with({ key: 'a', n: 3 }).compile().parameters).toEqual(['a', 'x', 3]);
    expect(q.with({ key: 'b', n: 1 }).compile().parameters).toEqual(['b', 'x', 1]);
  });

  it('run against SQLite like any query, values bound never spliced', () => {
    const db = new SqlDb(new Database(':memory:'));
    db.sqlite.exec("create table settings (key text primary key, value text not null); insert into settings values ('a', '1'), ('b', '2')");
    const byKey = prepared((b, arg: Arg<{ key: string }>) => b.selectFrom('settings').select('value').where('key', '=', arg('key')));
    expect(db.first(byKey.with({ key: 'b' }))).toEqual({ value: '2' });
    expect(db.first(byKey.with({ key: "a' or '1'='1" }))).toBeUndefined();
    db.sqlite.close();
  });

  it('refuse an argument Kysely would write into the SQL text', () => {
    const q = prepared((b, arg: Arg<{ key: string }>) => b.selectFrom('settings').select(sql.lit(arg('key')).as('k')));
    expect(() => q.with({ key: 'a' })).toThrow(/inlines an argument/);
  });

  it('refuse an argument the query never uses', () => {
    const q = prepared((b, _arg: Arg<{ key: string }>) => b.selectFrom('settings').select('value'));
    expect(() => q.with({ key: 'a' })).toThrow(/never uses key/);
  });
});
