import type * as z from 'zod/mini';
import type { ApiContract, CallArgs, CallOutput } from '../../shared/contracts/contract';
import { contractUrl } from '../../shared/contracts/contract-url';
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

export interface CallOptions {
  /** Give up after this long (ApiError with status 0). */
  timeoutMs?: number;
}

/** What the app's build makes of a contract's JSON success answer (build/app-contracts.ts): a loader of its schema. */
interface BuiltSuccessAnswer {
  loadSchema?: () => Promise<z.ZodMiniType>;
}

/** The success schema, fetched with zod the first time an answer must be checked: they stay off the first screen's download. */
function loadSuccessSchema(contract: ApiContract): Promise<z.ZodMiniType> {
  for (const status of [200, 201, 202] as const) {
    const load = (contract.responses[status] as BuiltSuccessAnswer | undefined)?.loadSchema;
    if (load) return load();
  }
  throw new Error(`${contract.method} ${contract.path} has no JSON success answer`);
}

/**
 * Sends one request and parses the answer with `schema`, so the app never
 * works with a shape the contract does not promise. Throws ApiError for
 * 4xx/5xx and for network failures and timeouts (status 0).
 */
async function request(method: string, url: string, loadSchema: () => Promise<z.ZodMiniType>, body: unknown, options: CallOptions): Promise<unknown> {
  const token = method === 'GET' ? undefined : csrfToken();
  let response: Response;
  try {
    response = await fetch(url, {
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
    const { apiErrorSchema } = await import('../../shared/schemas/common');
    const parsed = apiErrorSchema.safeParse(json);
    const error = parsed.success ? parsed.data.error : { code: `http_${response.status}`, message: response.statusText };
    throw new ApiError(response.status, error.code, error.message);
  }
  return (await loadSchema()).parse(json);
}

/**
 * Calls an operation by its shared contract (shared/contracts): the path
 * parameters, query and body are typed by it and the answer is parsed with its
 * success schema, so a renamed route or field fails the type-check here as it
 * does on the server. The only way the app talks to the API.
 *
 * @example const me = await call(getMeContract);
 * @example await call(updateMeContract, { body: { language: 'nl' } });
 * @example await call(unsubscribePushContract, { params: { id } });
 */
export function call<C extends ApiContract>(contract: C, ...[input, options]: CallArgs<C, CallOptions>): Promise<CallOutput<C>> {
  const given: { params?: object; query?: object; body?: unknown } = input ?? {};
  return request(contract.method.toUpperCase(), contractUrl(contract, given), () => loadSuccessSchema(contract), given.body, options ?? {}) as Promise<CallOutput<C>>;
}
