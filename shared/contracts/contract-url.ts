import type { ApiContract } from './contract';

// Apart from contract.ts, whose error answers bring zod along: the app needs only this of it at run time.

/** The contract's path with its `{name}` parameters filled in, and its query string. */
export function contractUrl(contract: ApiContract, input: { params?: object; query?: object }): string {
  const params = (input.params ?? {}) as Record<string, unknown>;
  const path = contract.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(String(params[name])));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) query.append(key, String(one));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
