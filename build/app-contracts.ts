import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/*
 * The app needs three things of an API contract: its method, its path and the
 * schema of its success answer. Everything else — summary, description and
 * tags for the OpenAPI document, the request schemas the server validates
 * with, the error answers — is for the server, and would otherwise ride
 * along to every phone (the bundler keeps a whole object once any of it is
 * used). So the app's build rewrites each `defineContract({...})` in
 * shared/contracts to just those three parts, and the schemas and texts only
 * the rest referred to fall away by tree-shaking. Types are untouched: the
 * app's calls are still checked against the full contract.
 * (The same idea as removing propTypes from production React builds.)
 */

const CONTRACT_MODULE = /[\\/]shared[\\/]contracts[\\/](?!contract\.ts$)[\w-]+\.ts$/;
const KEPT = new Set(['method', 'path']);
const SUCCESS_STATUS = /^2\d\d$/;

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

/**
 * Rewrites every `defineContract({...})` call in a contract module (as
 * JavaScript) to `{ method, path, responses: { <2xx>: … } }`. Returns null
 * when there is none. Throws when a contract's parts are not written out
 * literally, since then what the app needs cannot be told apart.
 *
 * @example stripContractDocs(code, parseAst)?.code
 */
export function stripContractDocs(code: string, parse: Parse, id = 'contract'): MagicString | null {
  const out = new MagicString(code);
  let changed = false;
  for (const node of walk(parse(code))) {
    if (node.type !== 'CallExpression') continue;
    const callee = node.callee as Node;
    if (callee.type !== 'Identifier' || callee.name !== 'defineContract') continue;
    const [contract] = node.arguments as Node[];
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
      if (success.length === 0) throw new Error(`${id}: a contract's success answer must be a literal 2xx property of its responses`);
      kept.push(`responses: { ${success.map((answer) => code.slice(answer.start, answer.end)).join(', ')} }`);
    }
    out.overwrite(contract.start, contract.end, `{ ${kept.join(', ')} }`);
    changed = true;
  }
  return changed ? out : null;
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
      return out && { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
