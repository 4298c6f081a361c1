import { AppError } from '../http/app-error';

/** Exit codes: scripts can tell a mistake in the input from a mistyped command. */
export const exitCodes = { ok: 0, userError: 1, usageError: 2 } as const;

/**
 * A problem with what the admin asked for (bad input, unknown person, file
 * exists): printed as one plain line, without a stack trace.
 *
 * @example throw new CliError('No one with e-mail sanne@example.com')
 */
export class CliError extends Error {
  override name = 'CliError';
}

/** The line to print for an error: the message for expected ones, the stack for bugs. */
export function describeError(error: unknown): string {
  if (error instanceof CliError || error instanceof AppError) return error.message;
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}
