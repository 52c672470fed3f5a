import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import { queryBuilder } from './query-builder';
import type { DB } from './schema';

/** What better-sqlite3 binds. */
export type Param = string | number | bigint | Buffer | null;

/** Stands for a named argument while the query is built; the compiled query binds the real value. */
export type Arg<A> = <K extends keyof A & string>(name: K) => A[K];

export interface Prepared<A, O> {
  /** The query with these arguments bound, for SqlDb's all, first and run. */
  with(args: A): Compilable<O>;
}

const MARK = '\u0000tillbox-arg:';

/**
 * A query on the till's hot paths (a scan, a cart view, a payment), built and compiled by
 * Kysely once instead of on every call: building and compiling cost more than SQLite's own
 * work on these small indexed reads (bench, "Where the time goes"). The query is typed as
 * any Kysely query is; each `arg(name)` stands for a value bound later.
 *
 * Only values may be arguments, never the query's shape: a query whose joins or conditions
 * depend on an input is two prepared queries. An argument Kysely would have to inline into
 * the SQL, or one the builder never used, is refused when the query is first compiled.
 */
export function prepared<A extends Record<string, Param>, O>(
  build: (q: Kysely<DB>, arg: Arg<A>) => Compilable<O>,
): Prepared<A, O> {
  let compiled: { query: CompiledQuery<O>; slots: ((args: A) => unknown)[] } | undefined;
  const compile = () => {
    const used = new Set<string>();
    const query = build(queryBuilder, ((name: string) => `${MARK}${name}`) as Arg<A>).compile();
    if (query.sql.includes(MARK)) throw new Error(`prepared query inlines an argument: ${query.sql}`);
    const slots = query.parameters.map((p): ((args: A) => unknown) => {
      if (typeof p === 'string' && p.startsWith(MARK)) {
        const name = p.slice(MARK.length);
        used.add(name);
        return (args) => args[name];
      }
      return () => p;
    });
    return { query, slots, used };
  };
  return {
    with(args) {
      if (compiled === undefined) {
        const made = compile();
        const unused = Object.keys(args).filter((k) => !made.used.has(k));
        if (unused.length > 0) throw new Error(`prepared query never uses ${unused.join(', ')}: ${made.query.sql}`);
        compiled = made;
      }
      const { query, slots } = compiled;
      const parameters = slots.map((slot) => slot(args));
      return { compile: () => ({ ...query, parameters }) };
    },
  };
}
