import { getItemContract, listItemsContract } from '../../../shared/contracts/authoring';
import type { LearningKind } from '../../../shared/schemas/learning';
import { StatusTag } from './fields';
import { ItemEditor } from './ItemEditor';
import { useAdminData, useAdminText } from './use-admin';

const KINDS: LearningKind[] = ['micro', 'macro', 'classroom'];
const NEW_KEYS = { micro: 'admin.item.newMicro', macro: 'admin.item.newMacro', classroom: 'admin.item.newClassroom' } as const;

/** /admin/items: every training; /admin/items/new-<kind> and /admin/items/<id>: the editor. */
export function ItemsScreen({ id }: { id: string | null }) {
  const newKind = KINDS.find((k) => id === `new-${k}`);
  if (newKind) return <ItemEditor item={null} kind={newKind} />;
  if (id) return <ExistingItem id={id} />;
  return <ItemList />;
}

function ExistingItem({ id }: { id: string }) {
  const { t } = useAdminText();
  const { state, setData } = useAdminData(getItemContract, { params: { id } });
  if (state.status === 'loading') return <p>{t('admin.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{t('admin.error', { message: state.message })}</p>;
  return <ItemEditor key={state.data.id} item={state.data} kind={state.data.kind} onChanged={setData} />;
}

function ItemList() {
  const { t, language } = useAdminText();
  const { state } = useAdminData(listItemsContract);
  return (
    <div class="stack">
      <div class="admin-toolbar">
        <h2>{t('admin.tab.items')}</h2>
        <div class="admin-actions">
          {KINDS.map((kind) => (
            <a key={kind} class="button button-secondary" href={`/admin/items/new-${kind}`}>
              {t(NEW_KEYS[kind])}
            </a>
          ))}
        </div>
      </div>
      {state.status === 'loading' && <p>{t('admin.loading')}</p>}
      {state.status === 'error' && <p class="error-text">{t('admin.error', { message: state.message })}</p>}
      {state.status === 'ready' && (
        <ul class="admin-list">
          {state.data.items.map((item) => {
            const text = item.texts.find((x) => x.language === language) ?? item.texts[0];
            return (
              <li key={item.id} class="card admin-row">
                <a href={`/admin/items/${item.id}`} class="admin-row-title" lang={text?.language}>
                  {text?.title}
                </a>
                <span class="admin-row-meta">
                  <span class="tag">{t(`admin.item.kind.${item.kind}`)}</span>
                  <StatusTag publishedAt={item.publishedAt} />
                  {item.kind === 'classroom' && `${item.sessions.length} × ${t('admin.sessions.title').toLowerCase()}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
