import { useState } from 'preact/hooks';
import { listItemsContract } from '../../../shared/contracts/authoring';
import { adminPathsContract, createPathContract, deletePathContract } from '../../../shared/contracts/paths';
import type { TargetGroups } from '../../../shared/schemas/audience';
import type { Language } from '../../../shared/schemas/common';
import { PATH_PURPOSES, type PathPurpose } from '../../../shared/schemas/paths';
import { pickLanguage } from '../../../shared/domain/localized';
import { call } from '../../app/api';
import { SaveStatus, TextField, type SaveState } from './fields';
import { useStrategyText } from './strategy-fields';
import { TargetGroupsFields } from './TargetGroupsFields';
import { useFormErrors } from './form-errors';
import { useAdminData } from './use-admin';

const LANGUAGES: Language[] = ['nl', 'en'];
const EVERYONE: TargetGroups = { departmentIds: [], teamIds: [], roles: [], languages: [] };

/** The workspace's "Leerpaden" tab: the paths with how many have and finished them, and a form for a new one. */
export function PathsScreen(_: { id: string | null }) {
  const { t, language } = useStrategyText();
  const { state, reload } = useAdminData(adminPathsContract);
  const items = useAdminData(listItemsContract);
  const published = items.state.status === 'ready' ? items.state.data.items.filter((i) => i.publishedAt && i.publishedAt <= new Date().toISOString()) : [];
  const titleOf = (id: string) => pickLanguage(published.find((i) => i.id === id)?.texts ?? [], language)?.text.title ?? id;

  async function remove(id: string) {
    await call(deletePathContract, { params: { id } }).catch(() => undefined);
    reload();
  }

  return (
    <div class="stack">
      <section class="card section stack" aria-labelledby="paths-title">
        <h2 id="paths-title">{t('paths.title')}</h2>
        <p class="hint">{t('paths.intro')}</p>
        {state.status === 'ready' && state.data.paths.length === 0 && <p>{t('paths.none')}</p>}
        {state.status === 'ready' && (
          <ul class="goal-tree">
            {state.data.paths.map((path) => (
              <li key={path.id} class="admin-fieldset stack">
                <h3>
                  {path.title[language]} {path.mandatory && <span class="tag">{t('paths.mandatory')}</span>}
                </h3>
                <p class="hint">
                  {t(`paths.purpose.${path.purpose}`)}
                  {path.dueDate && ` · ${t('paths.due')}: ${path.dueDate}`} · {t('paths.assigned', { assigned: path.assigned, completed: path.completed })}
                </p>
                <ol>
                  {path.itemIds.map((id) => (
                    <li key={id}>{titleOf(id)}</li>
                  ))}
                </ol>
                <button type="button" class="button button-secondary" onClick={() => void remove(path.id)}>
                  {t('strategy.remove')}
                  <span class="visually-hidden">: {path.title[language]}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewPath options={published.map((i) => ({ id: i.id, label: titleOf(i.id) }))} onSaved={reload} />
    </div>
  );
}

function NewPath({ options, onSaved }: { options: Array<{ id: string; label: string }>; onSaved: () => void }) {
  // No field of these forms is refused on its own: a refusal is said in words.
  const errors = useFormErrors(() => undefined);
  const { t } = useStrategyText();
  const [title, setTitle] = useState<Record<Language, string>>({ nl: '', en: '' });
  const [purpose, setPurpose] = useState<PathPurpose>('change');
  const [mandatory, setMandatory] = useState(false);
  const [dueDate, setDueDate] = useState('');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [target, setTarget] = useState<TargetGroups>(EVERYONE);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });

  async function create(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      await call(createPathContract, { body: { title, purpose, mandatory, dueDate: dueDate || null, itemIds, target } });
      setStatus({ kind: 'saved' });
      setTitle({ nl: '', en: '' });
      setItemIds([]);
      onSaved();
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <form class="card section stack" onSubmit={create} aria-labelledby="new-path-title">
      <h2 id="new-path-title">{t('paths.new')}</h2>
      {LANGUAGES.map((language) => (
        <TextField key={language} id={`path-title-${language}`} label={t('paths.name', { language })} value={title[language]} onInput={(v) => setTitle({ ...title, [language]: v })} />
      ))}
      <div class="field">
        <label for="path-purpose">{t('paths.purpose')}</label>
        <select id="path-purpose" value={purpose} onChange={(e) => setPurpose(e.currentTarget.value as PathPurpose)}>
          {PATH_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`paths.purpose.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <label class="admin-check">
        <input type="checkbox" checked={mandatory} onChange={(e) => setMandatory(e.currentTarget.checked)} />
        {t('paths.mandatory')}
      </label>
      <TextField id="path-due" type="date" label={t('paths.due')} value={dueDate} onInput={setDueDate} />
      <fieldset class="admin-fieldset">
        <legend>{t('paths.items')}</legend>
        <div class="admin-checks admin-checks-wrap">
          {options.map((o) => (
            <label key={o.id} class="admin-check">
              <input type="checkbox" checked={itemIds.includes(o.id)} onChange={(e) => setItemIds(e.currentTarget.checked ? [...itemIds, o.id] : itemIds.filter((id) => id !== o.id))} />
              {itemIds.includes(o.id) ? `${itemIds.indexOf(o.id) + 1}. ` : ''}
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      <TargetGroupsFields value={target} onChange={setTarget} />
      <div class="goal-actions">
        <button type="submit" class="button button-primary">
          {t('paths.create')}
        </button>
        <SaveStatus status={status} />
      </div>
    </form>
  );
}
