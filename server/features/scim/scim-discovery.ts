import { SCIM_ENTERPRISE_SCHEMA, SCIM_GROUP_SCHEMA, SCIM_LIST_SCHEMA, SCIM_USER_SCHEMA } from '../../../shared/schemas/scim';

/*
 * What this SCIM service offers (RFC 7643 §5–7), for providers that read it
 * before provisioning: PATCH and filters yes; bulk, sort, ETags and password
 * changes no (Leerlust has no passwords).
 */

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [{ type: 'oauthbearertoken', name: 'Bearer token', description: 'A token an admin mints in the Leerlust workspace', primary: true }],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function resourceTypes(baseUrl: string) {
  const types = [
    { id: 'User', name: 'User', endpoint: '/Users', description: 'A person', schema: SCIM_USER_SCHEMA, schemaExtensions: [{ schema: SCIM_ENTERPRISE_SCHEMA, required: false }] },
    { id: 'Group', name: 'Group', endpoint: '/Groups', description: 'A department', schema: SCIM_GROUP_SCHEMA, schemaExtensions: [] },
  ];
  return types.map((type) => ({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'], ...type, meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${type.id}` } }));
}

const attribute = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

export function schemaDefinitions(baseUrl: string) {
  const schemas = [
    {
      id: SCIM_USER_SCHEMA,
      name: 'User',
      attributes: [
        attribute('userName', 'string', { required: true, uniqueness: 'server' }),
        attribute('displayName', 'string'),
        attribute('name', 'complex', { subAttributes: [attribute('formatted', 'string'), attribute('givenName', 'string'), attribute('familyName', 'string')] }),
        attribute('emails', 'complex', { multiValued: true, subAttributes: [attribute('value', 'string'), attribute('type', 'string'), attribute('primary', 'boolean')] }),
        attribute('active', 'boolean'),
        attribute('preferredLanguage', 'string'),
        attribute('timezone', 'string'),
        attribute('externalId', 'string', { caseExact: true }),
      ],
    },
    {
      id: SCIM_ENTERPRISE_SCHEMA,
      name: 'EnterpriseUser',
      attributes: [attribute('department', 'string'), attribute('manager', 'complex', { subAttributes: [attribute('value', 'string')] })],
    },
    {
      id: SCIM_GROUP_SCHEMA,
      name: 'Group',
      attributes: [
        attribute('displayName', 'string', { required: true }),
        attribute('members', 'complex', { multiValued: true, subAttributes: [attribute('value', 'string', { mutability: 'immutable' }), attribute('display', 'string')] }),
        attribute('externalId', 'string', { caseExact: true }),
      ],
    },
  ];
  return {
    schemas: [SCIM_LIST_SCHEMA],
    totalResults: schemas.length,
    startIndex: 1,
    itemsPerPage: schemas.length,
    Resources: schemas.map((s) => ({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'], ...s, meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${s.id}` } })),
  };
}
