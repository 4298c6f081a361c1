import type { Plugin } from 'vite';

/*
 * The app needs three things of an API contract: its method, its path and the
 * schema of its success answer. Everything else — summary, description and
 * tags for the OpenAPI document, the request schemas the server validates
 * with, the error answers — is for the server, and would otherwise ride
 * along to every phone (the bundler keeps a whole object once any of it is
 * used). So the app's build rewrites each contract module in shared/contracts
 * to plain objects of just those three parts, and the schemas and texts only
 * the rest referred to are not even imported. Types are untouched: the
 * app's calls are still checked against the full contract.
 * (The same idea as removing propTypes from production React builds.)
 *
 * The success schema itself becomes a loader, `{ loadSchema: () => import(…) }`:
 * zod and the schemas are a fifth of what the first screen would otherwise
 * download, and the first screen paints from the phone's cache before any
 * answer arrives, so they are fetched only when the first answer must be
 * checked (client/app/api.ts).
 */

const CONTRACT_MODULE = /[\\/]shared[\\/]contracts[\\/](?!contract(-url)?\.ts$)[\w-]+\.ts$/;
const KEPT = new Set(['method', 'path']);
// A redirect is the success of a route the browser navigates through (single sign-on): kept like a non-JSON answer.
const SUCCESS_STATUS = /^[23]\d\d$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

type Parse = (code: string) => unknown;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function keyName(property: Node): string | undefined {
  const key = property.key as Node | undefined;
  if (!key || property.computed) return undefined;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  if (!isNode(node)) return;
  yield node;
  for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') yield* walk(value);
}

/** Where each imported name of a module comes from: local name → { source, imported name }. */
function importsOf(program: unknown): Map<string, { source: string; name: string }> {
  const found = new Map<string, { source: string; name: string }>();
  for (const node of walk(program)) {
    if (node.type !== 'ImportDeclaration') continue;
    const source = (node.source as Node).value as string;
    for (const specifier of node.specifiers as Node[]) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported as Node;
      found.set((specifier.local as Node).name as string, { source, name: (imported.name ?? imported.value) as string });
    }
  }
  return found;
}

/**
 * `jsonContent(schema, '…')` → a loader of that schema from the module it is imported from.
 * A non-JSON answer (`{ description: 'text/calendar' }`: the app links to it, never calls it) stays as it is.
 */
function successLoader(code: string, answer: Node, imports: Map<string, { source: string; name: string }>, id: string): string {
  const value = answer.value as Node;
  if (value.type === 'ObjectExpression') return code.slice(answer.start, answer.end);
  const [schema] = (value.type === 'CallExpression' ? value.arguments : []) as Node[];
  const origin = schema?.type === 'Identifier' ? imports.get(schema.name as string) : undefined;
  if (!origin) throw new Error(`${id}: a contract's success answer must be jsonContent(<a schema imported from shared/schemas>, …)`);
  return `${keyName(answer)}: { loadSchema: () => import(${JSON.stringify(origin.source)}).then((m) => m.${origin.name}) }`;
}

/** `{ method, path, responses: { <2xx>: { loadSchema } } }` of one `defineContract({...})` call. */
function appContract(code: string, call: Node, imports: Map<string, { source: string; name: string }>, id: string): string {
  const [contract] = call.arguments as Node[];
  if (contract?.type !== 'ObjectExpression') throw new Error(`${id}: defineContract needs an object literal`);
  const kept: string[] = [];
  for (const property of contract.properties as Node[]) {
    const name = property.type === 'Property' ? keyName(property) : undefined;
    if (!name) throw new Error(`${id}: write a contract's properties out (no spreads or computed keys)`);
    if (KEPT.has(name)) kept.push(code.slice(property.start, property.end));
    if (name !== 'responses') continue;
    const responses = property.value as Node;
    if (responses.type !== 'ObjectExpression') throw new Error(`${id}: write a contract's responses as an object literal`);
    const success = (responses.properties as Node[]).filter((answer) => answer.type === 'Property' && SUCCESS_STATUS.test(keyName(answer) ?? ''));
    if (success.length === 0) throw new Error(`${id}: a contract's success answer must be a literal 2xx (or 3xx) property of its responses`);
    kept.push(`responses: { ${success.map((answer) => successLoader(code, answer, imports, id)).join(', ')} }`);
  }
  return `{ ${kept.join(', ')} }`;
}

/** The `defineContract({...})` call an `export const name = …` declaration holds, if any. */
function exportedContract(statement: Node): { name: string; call: Node } | undefined {
  const declaration = statement.declaration as Node | null | undefined;
  if (statement.type !== 'ExportNamedDeclaration' || declaration?.type !== 'VariableDeclaration') return undefined;
  const [declarator] = declaration.declarations as Node[];
  const init = declarator?.init as Node | undefined;
  const callee = init?.callee as Node | undefined;
  if (init?.type !== 'CallExpression' || callee?.type !== 'Identifier' || callee.name !== 'defineContract') return undefined;
  return { name: (declarator?.id as Node).name as string, call: init };
}

/**
 * A contract module (as JavaScript) as the app gets it: one
 * `export const x = { method, path, responses: { <2xx>: { loadSchema } } }`
 * per contract and nothing else, so it imports nothing at all. Returns null
 * when the module defines no contract. Throws when a contract's parts are not
 * written out literally, or the module exports anything but contracts, since
 * then what the app needs cannot be told apart.
 *
 * @example stripContractDocs(code, parseAst)
 */
export function stripContractDocs(code: string, parse: Parse, id = 'contract'): string | null {
  const program = parse(code) as { body: Node[] };
  const imports = importsOf(program);
  const contracts: string[] = [];
  for (const statement of program.body) {
    const found = exportedContract(statement);
    if (found) contracts.push(`export const ${found.name} = ${appContract(code, found.call, imports, id)};`);
    else if (statement.type.startsWith('Export')) throw new Error(`${id}: a contract module exports contracts only (export const x = defineContract({...}))`);
  }
  return contracts.length ? contracts.join('\n') + '\n' : null;
}

/** The Vite plugin: applies stripContractDocs to shared/contracts/* in the app's build. */
export function appContracts(): Plugin {
  return {
    name: 'leerlust:app-contracts',
    // After TypeScript is compiled away, so the parser sees JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!CONTRACT_MODULE.test(id)) return null;
      const out = stripContractDocs(code, (source) => this.parse(source), id);
      return out && { code: out, map: null };
    },
  };
}
