import { SCIM_LIST_SCHEMA } from '../../../shared/schemas/scim';

export interface ListParams {
  startIndex: number;
  count: number;
  attributes?: string | undefined;
  excludedAttributes?: string | undefined;
}

/** A ListResponse page (RFC 7644 §3.4.2.4): startIndex is 1-based, count 0 asks only for the total. */
export function listResponse<T extends object>(resources: T[], params: ListParams) {
  const page = resources.slice(params.startIndex - 1, params.startIndex - 1 + params.count);
  return {
    schemas: [SCIM_LIST_SCHEMA],
    totalResults: resources.length,
    startIndex: params.startIndex,
    itemsPerPage: page.length,
    Resources: page.map((resource) => project(resource, params)),
  };
}

/**
 * `attributes` / `excludedAttributes` for top-level attributes (what Entra
 * ID asks: `excludedAttributes=members`); id, schemas and meta always stay.
 */
export function project<T extends object>(resource: T, { attributes, excludedAttributes }: Pick<ListParams, 'attributes' | 'excludedAttributes'>): Partial<T> {
  const names = (list: string | undefined) => new Set((list ?? '').split(',').map((a) => a.trim().toLowerCase()).filter(Boolean));
  const only = names(attributes);
  const excluded = names(excludedAttributes);
  const always = new Set(['id', 'schemas', 'meta']);
  return Object.fromEntries(
    Object.entries(resource).filter(([key]) => always.has(key) || ((only.size === 0 || only.has(key.toLowerCase())) && !excluded.has(key.toLowerCase()))),
  ) as Partial<T>;
}
