import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error a service raises on purpose; the app turns it into
 * `{ error: { code, message } }` with its status. Anything else is a 500.
 *
 * @example throw new AppError(404, 'not_found', 'No such teaser')
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError(403, 'forbidden', message);
export const unauthorized = () => new AppError(401, 'unauthorized', 'Sign in first');
