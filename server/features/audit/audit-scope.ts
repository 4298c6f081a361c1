import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * Whether the request in progress has written its audit entry. The route
 * layer opens a scope around each admin write (audit.middleware.ts); a
 * service's recordAudit marks it, so the route layer adds no second entry.
 */

interface AuditScope {
  recorded: boolean;
}

const scope = new AsyncLocalStorage<AuditScope>();

/** Runs `next` in a fresh scope and tells whether anything in it recorded an entry. */
export async function runAudited(next: () => Promise<void>): Promise<boolean> {
  const current: AuditScope = { recorded: false };
  await scope.run(current, next);
  return current.recorded;
}

/** Called by recordAudit: the request in progress has its entry. */
export function markAudited(): void {
  const current = scope.getStore();
  if (current) current.recorded = true;
}
