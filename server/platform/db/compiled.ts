import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Executor } from './client.ts';

/**
 * Queries built once. Drizzle turns a query builder (or an `sql` template) into SQL text anew on every
 * call, walking every column and condition: on registration day that was a third of the server's CPU
 * per request. A compiled query is built on its first call with a placeholder for each value, and
 * afterwards only its values are filled in and it runs on whichever executor it is given — the pool,
 * or an open transaction (drizzle's own `.prepare()` binds a query to the session it was built on,
 * which a transaction is not). Rows come back as the builder's would (field mapping, column types).
 *
 * Only for queries whose shape never changes: no optional condition, no `IN` list of varying length.
 * The hot paths use it (the session, a registration); everything else builds as usual.
 */

/** The placeholders a compiled query's builder gets: one per value, named as the value. */
export type Slots<V> = { readonly [K in keyof V]: Placeholder<K & string, V[K]> };

const slots = new Proxy({} as Record<string, Placeholder>, {
  get: (cache, name) => {
    if (typeof name !== 'string') return undefined;
    return (cache[name] ??= sql.placeholder(name));
  },
});

/** The parts of drizzle's session and prepared query that compiled queries use (stable across drizzle's drivers). */
interface Query {
  sql: string;
  params: unknown[];
}
interface PreparedParts {
  query: Query;
  fields?: unknown;
  _isResponseInArrayMode?: boolean;
  customResultMapper?: unknown;
  joinsNotNullableMap?: unknown;
  execute(values?: Record<string, unknown>): Promise<unknown>;
}
interface SessionParts {
  prepareQuery(query: Query, fields: unknown, name: string | undefined, arrayMode: boolean, customResultMapper?: unknown): PreparedParts;
}
interface ExecutorParts {
  session: SessionParts;
  dialect: { sqlToQuery(query: SQL): Query };
}
const partsOf = (db: Executor) => db as unknown as ExecutorParts;

interface Preparable {
  prepare(name?: string): { execute(values?: Record<string, unknown>): Promise<unknown> };
}

/**
 * A drizzle query builder compiled once: `build` gets an executor and the placeholders `$` (one per key
 * of the values) and returns the builder (select, insert, update, delete). Call the result with the
 * executor to run on and the values.
 */
export function compiled<V extends Record<string, unknown>, B extends Preparable>(build: (db: Executor, $: Slots<V>) => B): (db: Executor, values: V) => ReturnType<ReturnType<B['prepare']>['execute']> {
  let shape: Omit<PreparedParts, 'execute'> | undefined;
  return ((db: Executor, values: V) => {
    if (!shape) {
      const first = build(db, slots as unknown as Slots<V>).prepare() as unknown as PreparedParts;
      shape = { query: first.query, fields: first.fields, _isResponseInArrayMode: first._isResponseInArrayMode ?? false, customResultMapper: first.customResultMapper, joinsNotNullableMap: first.joinsNotNullableMap };
    }
    const prepared = partsOf(db).session.prepareQuery(shape.query, shape.fields, undefined, shape._isResponseInArrayMode!, shape.customResultMapper);
    prepared.joinsNotNullableMap = shape.joinsNotNullableMap;
    return prepared.execute(values);
  }) as never;
}

/** Raw SQL compiled once: `build` gets the placeholders and returns the `sql` template; the result answers its rows. */
export function compiledSql<V extends Record<string, unknown>, T>(build: ($: Slots<V>) => SQL<unknown>): (db: Executor, values: V) => Promise<T[]> {
  let query: Query | undefined;
  return async (db: Executor, values: V) => {
    const parts = partsOf(db);
    query ??= parts.dialect.sqlToQuery(build(slots as unknown as Slots<V>));
    const result = (await parts.session.prepareQuery(query, undefined, undefined, false).execute(values)) as { rows: T[] };
    return result.rows;
  };
}
