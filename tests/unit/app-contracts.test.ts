import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst, transformWithOxc } from 'vite';
import { describe, expect, test } from 'vitest';
import { stripContractDocs } from '../../build/app-contracts';

const CONTRACTS = join(import.meta.dirname, '../../shared/contracts');

describe('the app build keeps only method, path and success schema of each contract', () => {
  test('documentation, request schemas and error answers are cut; the success answer stays', () => {
    const code = [
      "import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';",
      "import { thing as thingSchema, thingInput } from '../schemas/things';",
      'const idParams = z.object({ id: idSchema });',
      'export const a = defineContract({',
      "  method: 'put', path: '/api/things/{id}', tags: ['Things'], summary: 'Change a thing', description: 'Long text',",
      '  bodyLimitBytes: 1024, request: { params: idParams, body: jsonBody(thingInput) },',
      "  responses: { 200: jsonContent(thingSchema, 'Changed'), ...writeErrors, 404: errorResponses[404] },",
      '});',
    ].join('\n');
    // Nothing is left to import: the success schema is loaded when an answer arrives.
    expect(stripContractDocs(code, parseAst)).toBe(
      `export const a = { method: 'put', path: '/api/things/{id}', responses: { 200: { loadSchema: () => import("../schemas/things").then((m) => m.thing) } } };\n`,
    );
  });

  test('a contract whose parts it cannot see refuses to build rather than guess', () => {
    const strip = (contract: string) => () => stripContractDocs(`export const c = defineContract(${contract});`, parseAst);
    expect(strip('{ ...base, method: "get" }')).toThrow(/spreads/);
    expect(strip('{ method: "get", path: "/x", responses: answers }')).toThrow(/object literal/);
    expect(strip('{ method: "get", path: "/x", responses: { ...ok } }')).toThrow(/success answer/);
    // A schema written in place could not be loaded on its own: it must come from shared/schemas.
    expect(strip('{ method: "get", path: "/x", responses: { 200: jsonContent(z.object({}), "x") } }')).toThrow(/imported/);
    expect(() => stripContractDocs('export const LIMIT = 5;', parseAst)).toThrow(/contracts only/);
  });

  test.each(readdirSync(CONTRACTS).filter((name) => !['contract.ts', 'contract-url.ts'].includes(name)))('%s: every contract is stripped', async (name) => {
    const source = readFileSync(join(CONTRACTS, name), 'utf8');
    const { code } = await transformWithOxc(source, name);
    const out = stripContractDocs(code, parseAst, name) ?? '';
    const contracts = source.match(/defineContract\(/g)?.length ?? 0;
    expect(contracts).toBeGreaterThan(0);
    expect(out.match(/^export const \w+ = \{ method: [^,]+, path: [^,]+, responses: \{ (20\d|30\d): \{ (loadSchema|description): /gm)).toHaveLength(contracts);
    expect(out).not.toMatch(/\b(summary|tags|request|bodyLimitBytes):|^import /m);
  });
});
