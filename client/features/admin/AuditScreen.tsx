import { auditLogContract } from '../../../shared/contracts/audit';
import { useAdminData, useAdminText } from './use-admin';
import { formatDateTime } from '../../app/locale';
import { ScrollRegion } from '../../ui/ScrollRegion';

/** Who changed what, when: the newest 200 admin changes. */
export function AuditScreen(_: { id: string | null }) {
  const { t, language } = useAdminText();
  const { state } = useAdminData(auditLogContract);
  if (state.status === 'loading') return <p>{t('admin.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{t('admin.error', { message: state.message })}</p>;
  return (
    <div class="stack">
      <h2 id="audit-title">{t('admin.tab.audit')}</h2>
      <ScrollRegion labelledBy="audit-title">
        <table class="admin-table" aria-labelledby="audit-title">
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.what')}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at, language, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                <td>{e.actorName ?? t('admin.audit.removed')}</td>
                <td>
                  <code>{e.action}</code> {e.entityType} {e.entityId.slice(0, 8)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
