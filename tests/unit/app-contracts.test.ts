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
      'const idParams = z.object({ id: idSchema });',
      'export const a = defineContract({',
      "  method: 'put', path: '/api/things/{id}', tags: ['Things'], summary: 'Change a thing', description: 'Long text',",
      '  bodyLimitBytes: 1024, request: { params: idParams, body: jsonBody(thingInput) },',
      "  responses: { 200: jsonContent(thing, 'Changed'), ...writeErrors, 404: errorResponses[404] },",
      '});',
    ].join('\n');
    const out = stripContractDocs(code, parseAst)?.toString();
    expect(out).toContain("export const a = defineContract({ method: 'put', path: '/api/things/{id}', responses: { 200: jsonContent(thing, 'Changed') } });");
    expect(out).not.toMatch(/summary|thingInput|writeErrors|errorResponses\[404\]|bodyLimitBytes/);
  });

  test('a contract whose parts it cannot see refuses to build rather than guess', () => {
    expect(() => stripContractDocs('defineContract({ ...base, method: "get" });', parseAst)).toThrow(/spreads/);
    expect(() => stripContractDocs('defineContract({ method: "get", path: "/x", responses: answers });', parseAst)).toThrow(/object literal/);
    expect(() => stripContractDocs('defineContract({ method: "get", path: "/x", responses: { ...ok } });', parseAst)).toThrow(/success answer/);
  });

  test.each(readdirSync(CONTRACTS).filter((name) => name !== 'contract.ts'))('%s: every contract is stripped', async (name) => {
    const source = readFileSync(join(CONTRACTS, name), 'utf8');
    const { code } = await transformWithOxc(source, name);
    const out = stripContractDocs(code, parseAst, name)?.toString() ?? '';
    const contracts = source.match(/defineContract\(/g)?.length ?? 0;
    expect(contracts).toBeGreaterThan(0);
    expect(out.match(/defineContract\(\{ method: [^,]+, path: [^,]+, responses: \{ 20\d: /g)).toHaveLength(contracts);
    expect(out).not.toMatch(/\b(summary|tags|request|bodyLimitBytes):/);
  });
});
