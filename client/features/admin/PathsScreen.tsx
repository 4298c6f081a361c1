import { listItemsContract } from '../../../shared/contracts/authoring';
import { adminPathsContract } from '../../../shared/contracts/paths';
import { pickLanguage } from '../../../shared/domain/localized';
import { PathEditor, type PathChange } from './PathEditor';
import { useStrategyText } from './strategy-fields';
import { useAdminData } from './use-admin';

/** /admin/paths: the paths with how many have and finished them; /admin/paths/new and /admin/paths/<id>: the editor. */
export function PathsScreen({ id }: { id: string | null }) {
  const { t, language } = useStrategyText();
  const { state, setData } = useAdminData(adminPathsContract);
  const items = useAdminData(listItemsContract);
  if (state.status === 'loading' || items.state.status === 'loading') return <p>{t('common.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{state.message}</p>;
  if (items.state.status === 'error') return <p class="error-text">{items.state.message}</p>;
  const now = new Date().toISOString();
  const all = items.state.data.items;
  const titleOf = (itemId: string) => pickLanguage(all.find((i) => i.id === itemId)?.texts ?? [], language)?.text.title ?? itemId;
  // Only a published training can join a path; one already in it keeps its title while it is listed.
  const options = all.filter((i) => i.publishedAt && i.publishedAt <= now).map((i) => ({ id: i.id, label: titleOf(i.id) }));

  const paths = state.data.paths;
  // The saved path comes back with its figures (assigned, finished): the list takes it as it is.
  const changed = (change: PathChange) => {
    const others = paths.filter((p) => p.id !== ('saved' in change ? change.saved.id : change.removed));
    setData({ paths: 'saved' in change ? [...others, change.saved] : others });
  };
  if (id === 'new') return <PathEditor path={null} options={options} onChange={changed} />;
  if (id) {
    const path = paths.find((p) => p.id === id);
    return path ? <PathEditor key={path.id} path={path} options={options} onChange={changed} /> : <p class="error-text">{t('paths.gone')}</p>;
  }
  return (
    <section class="card section stack" aria-labelledby="paths-title">
      <div class="admin-toolbar">
        <h2 id="paths-title">{t('paths.title')}</h2>
        <a class="button button-primary" href="/admin/paths/new">
          {t('paths.new')}
        </a>
      </div>
      <p class="hint">{t('paths.intro')}</p>
      {state.data.paths.length === 0 && <p>{t('paths.none')}</p>}
      <ul class="goal-tree">
        {state.data.paths.map((path) => (
          <li key={path.id} class="admin-fieldset stack">
            <h3>
              <a href={`/admin/paths/${path.id}`}>{path.title[language]}</a> {path.mandatory && <span class="tag">{t('paths.mandatory')}</span>}
            </h3>
            <p class="hint">
              {t(`paths.purpose.${path.purpose}`)}
              {path.dueDate && ` · ${t('paths.due')}: ${path.dueDate}`} · {t('paths.assigned', { assigned: path.assigned, completed: path.completed })}
              {path.teamId && ` · ${t('paths.teamPath')}`}
            </p>
            <ol>
              {path.itemIds.map((itemId) => (
                <li key={itemId}>{titleOf(itemId)}</li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
