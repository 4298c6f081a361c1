import { expect } from 'vitest';
import { apiErrorSchema, type ApiError } from '../../shared/schemas/common';

/** The error of an answer shaped `{ error: { code, message } }`; fails when the answer is anything else. */
export async function readApiError(response: Response): Promise<ApiError['error']> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const parsed = apiErrorSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`not an API error: ${parsed.error.message}`);
  return parsed.data.error;
}

/**
 * Asserts an error answer with `status` (and `code`, when given) and returns its error.
 *
 * @example await expectApiError(await client.get('/api/admin/people'), 403, 'forbidden')
 */
export async function expectApiError(response: Response, status: number, code?: string): Promise<ApiError['error']> {
  expect(response.status, await response.clone().text()).toBe(status);
  const error = await readApiError(response);
  if (code !== undefined) expect(error.code).toBe(code);
  return error;
}
