import type { KyselyPlugin, OperationNode, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

/** One query as the recorder saw it: its kind (SelectQueryNode, InsertQueryNode…) and the tables it names. */
export interface RecordedQuery {
  kind: string;
  tables: string[];
}

/** A signature for comparing queries regardless of their values. */
export const signatureOf = (query: RecordedQuery) => `${query.kind}:${[...query.tables].sort().join(',')}`;

/**
 * A Kysely plugin that records which tables every query names, so a test
 * can see what each route touches (in the query tree: joins, subqueries and
 * all), whatever the database.
 */
export class TableRecorder implements KyselyPlugin {
  queries: RecordedQuery[] = [];

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const tables = new Set<string>();
    collectTables(args.node, tables);
    this.queries.push({ kind: args.node.kind, tables: [...tables] });
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }

  reset(): void {
    this.queries = [];
  }
}

function collectTables(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) collectTables(child, into);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const operation = node as OperationNode & { table?: { identifier?: { name?: string } } };
  // `p.name` names the alias of a table the query's from or join clause already named.
  if (operation.kind === 'ReferenceNode') return;
  if (operation.kind === 'TableNode' && operation.table?.identifier?.name) into.add(operation.table.identifier.name);
  for (const value of Object.values(node)) if (value && typeof value === 'object') collectTables(value, into);
}
