import { useLocation } from 'preact-iso';
import { getTeaserContract, listItemsContract, listTeasersContract } from '../../../shared/contracts/authoring';
import type { AdminItem, AdminTeaser } from '../../../shared/schemas/workspace';
import { StatusTag } from './fields';
import { TeaserEditor } from './TeaserEditor';
import { useAdminData, useAdminText } from './use-admin';

/** /admin/teasers: the list; /admin/teasers/new and /admin/teasers/<id>: the editor. */
export function TeasersScreen({ id }: { id: string | null }) {
  const items = useAdminData(listItemsContract);
  const itemList = items.state.status === 'ready' ? items.state.data.items : [];
  if (id === 'new') return <TeaserEditor teaser={null} items={itemList} />;
  if (id) return <ExistingTeaser id={id} items={itemList} />;
  return <TeaserList items={itemList} />;
}

function ExistingTeaser({ id, items }: { id: string; items: AdminItem[] }) {
  const { t } = useAdminText();
  const { state } = useAdminData(getTeaserContract, { params: { id } });
  if (state.status === 'loading') return <p>{t('admin.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{t('admin.error', { message: state.message })}</p>;
  return <TeaserEditor key={state.data.id} teaser={state.data} items={items} />;
}

function TeaserList({ items }: { items: AdminItem[] }) {
  const { t, language } = useAdminText();
  const { route } = useLocation();
  const { state } = useAdminData(listTeasersContract);
  const titleOf = (itemId: string | null) => items.find((i) => i.id === itemId)?.texts.find((x) => x.language === language)?.title;
  return (
    <div class="stack">
      <div class="admin-toolbar">
        <h2>{t('admin.tab.teasers')}</h2>
        <button type="button" class="button button-primary" onClick={() => route('/admin/teasers/new')}>
          {t('admin.teaser.new')}
        </button>
      </div>
      {state.status === 'loading' && <p>{t('admin.loading')}</p>}
      {state.status === 'error' && <p class="error-text">{t('admin.error', { message: state.message })}</p>}
      {state.status === 'ready' && state.data.teasers.length === 0 && <p>{t('admin.empty')}</p>}
      {state.status === 'ready' && (
        <ul class="admin-list">
          {state.data.teasers.map((teaser: AdminTeaser) => {
            const text = teaser.texts.find((x) => x.language === language) ?? teaser.texts[0];
            return (
              <li key={teaser.id} class="card admin-row">
                <a href={`/admin/teasers/${teaser.id}`} class="admin-row-title" lang={text?.language}>
                  {text?.hook}
                </a>
                <span class="admin-row-meta">
                  <StatusTag publishedAt={teaser.publishedAt} />
                  {teaser.texts.map((x) => (
                    <span key={x.language} class="tag">
                      {x.language.toUpperCase()}
                    </span>
                  ))}
                  {titleOf(teaser.itemId)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
