import type * as z from 'zod/mini';
import { contractUrl, successSchema, type ApiContract, type CallInput, type CallOutput, type NeedsInput } from '../../shared/contracts/contract';
import { apiErrorSchema } from '../../shared/schemas/common';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/schemas/csrf';

/** An answer from the API that was not a success, with the server's error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function csrfToken(): string | undefined {
  const prefix = `${CSRF_COOKIE}=`;
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
}

/**
 * Calls the API and parses the answer with the route's shared schema, so the
 * client never works with a shape the contract does not promise.
 * Throws ApiError for 4xx/5xx and for network failures and timeouts (status 0).
 */
export async function api<S extends z.ZodMiniType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  schema: S,
  body?: unknown,
  options: { timeoutMs?: number } = {},
): Promise<z.infer<S>> {
  const token = method === 'GET' ? undefined : csrfToken();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      ...(options.timeoutMs && { signal: AbortSignal.timeout(options.timeoutMs) }),
      headers: {
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token && { [CSRF_HEADER]: token }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', 'No connection');
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(json);
    const error = parsed.success ? parsed.data.error : { code: `http_${response.status}`, message: response.statusText };
    throw new ApiError(response.status, error.code, error.message);
  }
  return schema.parse(json);
}

type HttpMethod = Parameters<typeof api>[0];
type CallOptions = { timeoutMs?: number };

/**
 * Calls an operation by its shared contract: the path parameters, query and
 * body are typed by it and the answer is parsed with its success schema, so a
 * renamed route or field fails the type-check here as it does on the server.
 *
 * @example const me = await call(getMeContract);
 * @example await call(updateMeContract, { body: { language: 'nl' } });
 */
export function call<C extends ApiContract>(
  contract: C,
  ...[input, options]: NeedsInput<C> extends true ? [input: CallInput<C>, options?: CallOptions] : [input?: CallInput<C>, options?: CallOptions]
): Promise<CallOutput<C>> {
  const given: { params?: object; query?: object; body?: unknown } = input ?? {};
  const method = contract.method.toUpperCase() as HttpMethod;
  return api(method, contractUrl(contract, given), successSchema(contract), given.body, options) as Promise<CallOutput<C>>;
}
