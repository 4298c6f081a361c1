import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './database';

/** Stands in for a value given when the query runs; typed `never` so it fits any column. */
type Param<Params> = (name: keyof Params & string) => never;

/**
 * A query for the hottest paths (every API request): built and compiled by
 * Kysely once per database, then run with new values. Building and compiling
 * a query costs more than SQLite takes to answer it.
 *
 * Usage: `preparedQuery<{ id: string }>()((db, param) => db.selectFrom(…).where('id', '=', param('id')))`.
 * `build` receives `param(name)`, a stand-in for a value given at run time;
 * the compiled SQL keeps one bound parameter per stand-in, so only plain
 * values (no lists) may be stand-ins.
 */
export function preparedQuery<Params extends Record<string, unknown>>() {
  return <Row>(build: (db: Kysely<Database>, param: Param<Params>) => Compilable<Row>) => {
    const compiledPerDatabase = new WeakMap<Kysely<Database>, Compiled<Params, Row>>();
    return async (db: Kysely<Database>, params: Params): Promise<Row[]> => {
      let compiled = compiledPerDatabase.get(db);
      if (!compiled) compiledPerDatabase.set(db, (compiled = compile(db, build)));
      const { query, slots } = compiled;
      const parameters = query.parameters.map((value, index) => {
        const slot = slots[index];
        return slot === null || slot === undefined ? value : params[slot];
      });
      return (await db.executeQuery<Row>({ ...query, parameters })).rows;
    };
  };
}

interface Compiled<Params, Row> {
  query: CompiledQuery<Row>;
  /** Per bound parameter: the name of the value it takes at run time, or null for a constant. */
  slots: Array<keyof Params | null>;
}

const PLACEHOLDER_PREFIX = '\u0000leerlust-param:';

function compile<Params, Row>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>, param: Param<Params>) => Compilable<Row>,
): Compiled<Params, Row> {
  const placeholder: Param<Params> = (name) => `${PLACEHOLDER_PREFIX}${name}` as never;
  const query = build(db, placeholder).compile();
  const slots = query.parameters.map((value) =>
    typeof value === 'string' && value.startsWith(PLACEHOLDER_PREFIX) ? (value.slice(PLACEHOLDER_PREFIX.length) as keyof Params) : null,
  );
  return { query, slots };
}
