import { scimPatch, type ScimPatchOperation, type ScimResource } from 'scim-patch';
import type { ScimPatchInput } from '../../../shared/schemas/scim';
import { ScimError } from './scim-error';

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a copy of `resource` with
 * scim-patch, which knows the path grammar (`emails[type eq "work"].value`,
 * `members[value eq "…"]`, extension URNs, a path-less replace of several
 * attributes). Its errors are the client's: 400 with the RFC's scimType.
 */
export function applyPatch<T extends object>(resource: T, patch: ScimPatchInput): Record<string, unknown> {
  // scim-patch changes the object it is given.
  const copy = structuredClone(resource) as unknown as ScimResource;
  try {
    return scimPatch(copy, patch.Operations as ScimPatchOperation[]) as unknown as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const name = error instanceof Error ? error.constructor.name : '';
    throw new ScimError(400, message, name === 'NoTarget' || name.startsWith('FilterArrayTarget') ? 'noTarget' : 'invalidPath');
  }
}
