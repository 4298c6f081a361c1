import { filter as compileFilter, parse, type Filter } from 'scim2-parse-filter';
import { ScimError } from './scim-error';

/*
 * SCIM filters (RFC 7644 §3.4.2.2) are parsed by scim2-parse-filter; this
 * module only decides which attributes may be filtered on and applies the
 * RFC's case rules: attribute names never match by case, and userName and
 * e-mail addresses are not case-exact (Entra ID and Okta look people up
 * with `userName eq "…"` in whatever case the directory has).
 */

/** Filterable attributes, lower-cased → as the resource spells them; true when values compare case-insensitively. */
export type FilterableAttributes = Record<string, { path: string; caseInsensitive: boolean }>;

export const userAttributes: FilterableAttributes = attributes({
  id: false,
  userName: true,
  externalId: false,
  displayName: true,
  active: false,
  emails: true,
  'emails.value': true,
  'emails.type': false,
  'name.givenName': true,
  'name.familyName': true,
  'name.formatted': true,
  preferredLanguage: false,
  timezone: false,
  'meta.created': false,
  'meta.lastModified': false,
});

export const groupAttributes: FilterableAttributes = attributes({
  id: false,
  displayName: true,
  externalId: false,
  members: false,
  'members.value': false,
  'meta.created': false,
  'meta.lastModified': false,
});

function attributes(spec: Record<string, boolean>): FilterableAttributes {
  return Object.fromEntries(Object.entries(spec).map(([path, caseInsensitive]) => [path.toLowerCase(), { path, caseInsensitive }]));
}

/**
 * A predicate over resources for `query`; a malformed filter or an unknown
 * attribute is the client's mistake: 400 invalidFilter.
 */
export function scimFilter<T extends object>(query: string | undefined, known: FilterableAttributes): (resource: T) => boolean {
  if (!query?.trim()) return () => true;
  let ast: Filter;
  try {
    ast = parse(query);
  } catch (error) {
    throw new ScimError(400, `The filter cannot be read: ${error instanceof Error ? error.message : String(error)}`, 'invalidFilter');
  }
  const { filter, insensitive } = normalise(ast, known, '');
  const test = compileFilter(filter);
  return (resource) => test(insensitive.size > 0 ? lowerCased(resource, insensitive) : resource);
}

interface Normalised {
  filter: Filter;
  /** Attribute paths whose values were lower-cased in the filter, so must be in the resource too. */
  insensitive: Set<string>;
}

function normalise(node: Filter, known: FilterableAttributes, prefix: string, insensitive = new Set<string>()): Normalised {
  const canonical = (attrPath: string) => {
    const full = `${prefix}${attrPath}`.toLowerCase();
    const attribute = known[full];
    if (!attribute) throw new ScimError(400, `Filtering on "${prefix}${attrPath}" is not supported`, 'invalidFilter');
    if (attribute.caseInsensitive) insensitive.add(attribute.path);
    return { path: prefix ? attribute.path.slice(prefix.length) : attribute.path, caseInsensitive: attribute.caseInsensitive };
  };
  switch (node.op) {
    case 'and':
    case 'or':
      return { filter: { op: node.op, filters: node.filters.map((f) => normalise(f, known, prefix, insensitive).filter) }, insensitive };
    case 'not':
      return { filter: { op: 'not', filter: normalise(node.filter, known, prefix, insensitive).filter }, insensitive };
    case '[]': {
      const { path } = canonical(node.attrPath);
      return { filter: { op: '[]', attrPath: path, valFilter: normalise(node.valFilter, known, `${path}.`, insensitive).filter }, insensitive };
    }
    case 'pr':
      return { filter: { op: 'pr', attrPath: canonical(node.attrPath).path }, insensitive };
    default: {
      const { path, caseInsensitive } = canonical(node.attrPath);
      const compValue = caseInsensitive && typeof node.compValue === 'string' ? node.compValue.toLowerCase() : node.compValue;
      return { filter: { ...node, attrPath: path, compValue }, insensitive };
    }
  }
}

/** A copy of the resource with the values at `paths` (a.b, or a list's a.b) lower-cased. */
function lowerCased<T extends object>(resource: T, paths: Set<string>): T {
  const copy = structuredClone(resource) as Record<string, unknown>;
  for (const path of paths) lowerAt(copy, path.split('.'));
  return copy as T;
}

function lowerAt(target: unknown, [head, ...rest]: string[]): void {
  if (Array.isArray(target)) {
    for (const entry of target) lowerAt(entry, [head ?? '', ...rest]);
    return;
  }
  if (!head || typeof target !== 'object' || target === null) return;
  const record = target as Record<string, unknown>;
  const value = record[head];
  if (rest.length === 0) {
    if (typeof value === 'string') record[head] = value.toLowerCase();
    else if (Array.isArray(value)) record[head] = value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v));
    return;
  }
  lowerAt(value, rest);
}
