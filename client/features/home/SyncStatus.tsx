import { useI18n } from '../../app/i18n';
import { useSync } from '../../sync/SyncProvider';

/** Says plainly whether what the person did has reached the server. */
export function SyncStatus() {
  const { t } = useI18n();
  const { outbox, state } = useSync();
  const pending = outbox.filter((e) => e.state === 'pending').length;
  const rejected = outbox.filter((e) => e.state === 'rejected').length;
  if (pending === 0 && rejected === 0) return null;
  return (
    <p class="sync-status" role="status" data-testid="sync-status">
      {pending > 0 && (state.phase === 'syncing' ? t('sync.syncing') : t('sync.pending', { n: pending }))}
      {rejected > 0 && ` ${t('sync.rejected', { n: rejected })}`}
    </p>
  );
}
