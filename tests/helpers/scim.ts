import type { TestClient, TestContext } from './test-app';

/** What an identity provider's SCIM client sends: a bearer token and the SCIM media type. */
export interface ScimClient {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: ScimBody }>;
}

export type ScimBody = Record<string, unknown> & { Resources?: Record<string, unknown>[]; totalResults?: number };

/** Mints a token through the admin API, as an admin does in the workspace. */
export async function mintToken(admin: TestClient, label = 'Entra ID'): Promise<{ id: string; token: string; scimUrl: string }> {
  const response = await admin.post('/api/admin/scim-tokens', { label });
  if (response.status !== 201) throw new Error(`minting failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; token: string; scimUrl: string };
}

export function scimClient(ctx: TestContext, token: string | null): ScimClient {
  return {
    async request(method, path, body, headers = {}) {
      const response = await ctx.app.request(`/scim/v2${path}`, {
        method,
        headers: {
          ...(token && { authorization: `Bearer ${token}` }),
          ...(body !== undefined && { 'content-type': 'application/scim+json' }),
          ...headers,
        },
        ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await response.text();
      if (response.status !== 204 && !/application\/scim\+json/.test(response.headers.get('content-type') ?? '')) {
        throw new Error(`SCIM answered ${response.status} as ${response.headers.get('content-type')}: ${text}`);
      }
      return { status: response.status, body: text ? (JSON.parse(text) as ScimBody) : {} };
    },
  };
}

/** A user as Entra ID's provisioning service creates it (its documented request, with its test values' shape). */
export function entraUser(userName: string, externalId: string) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
    externalId,
    userName,
    active: true,
    displayName: 'Fenna Visser',
    emails: [{ primary: true, type: 'work', value: userName }],
    meta: { resourceType: 'User' },
    name: { formatted: 'Fenna Visser', familyName: 'Visser', givenName: 'Fenna' },
    preferredLanguage: 'nl-NL',
    roles: [],
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Zorg Noord' },
  };
}

export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
