/**
 * Whether a database error is a broken UNIQUE constraint, on either dialect:
 * PostgreSQL's SQLSTATE 23505, better-sqlite3's SQLITE_CONSTRAINT_UNIQUE.
 * A check-then-insert can lose a race; the constraint is what decides.
 *
 * @example if (isUniqueViolation(error)) throw new AppError(409, 'email_taken', '…')
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return error.code === '23505' || error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
