import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AuditEntry } from '../../../shared/schemas/authoring';
import { markAudited } from './audit-scope';

/** What every admin change records: who (the admin), what (action on an entity, with details), when. */
export interface AuditRecord {
  /** Null for a change no person made directly (the identity provider, through its SCIM token, when its minter was erased). */
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  detail?: Record<string, unknown>;
}

/**
 * Writes one audit entry. Pass the transaction the change runs in, so the
 * entry exists exactly when the change does.
 *
 * @example await recordAudit(trx, { actorId: admin.id, action: 'teaser.create', entityType: 'teaser', entityId: id }, now);
 */
export async function recordAudit(db: Kysely<Database>, record: AuditRecord, now: Date): Promise<void> {
  await recordAuditRow(db, record, now);
  markAudited();
}

/** The insert itself; the route layer's own entry (audit.middleware.ts) uses it directly. */
export async function recordAuditRow(db: Kysely<Database>, record: AuditRecord, now: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      actor_id: record.actorId,
      action: record.action,
      entity_type: record.entityType,
      entity_id: record.entityId,
      detail: JSON.stringify(record.detail ?? {}),
      at: now.toISOString(),
    })
    .execute();
}

/** The newest entries first, with the admin's current name. */
export async function listAudit(db: Kysely<Database>, options: { entityId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('people', 'people.id', 'audit_log.actor_id')
    .select(['audit_log.id', 'actor_id', 'people.name as actor_name', 'action', 'entity_type', 'entity_id', 'detail', 'at'])
    .orderBy('at', 'desc')
    .orderBy('audit_log.id')
    .limit(options.limit ?? 200);
  if (options.entityId) query = query.where('entity_id', '=', options.entityId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    detail: r.detail,
    at: r.at,
  }));
}
