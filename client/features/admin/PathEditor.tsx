import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createPathContract, deletePathContract, updatePathContract } from '../../../shared/contracts/paths';
import type { TargetGroups } from '../../../shared/schemas/audience';
import type { Language } from '../../../shared/schemas/common';
import { PATH_PURPOSES, type AdminPath, type PathPurpose } from '../../../shared/schemas/paths';
import { call } from '../../app/api';
import { OrderedPicker, type PickerOption } from '../../ui/OrderedPicker';
import { SaveStatus, SelectField, TextField, type SaveState } from './fields';
import { useFormErrors } from './form-errors';
import { noteSaved, takeSavedNote } from './save-notice';
import { strategyRefusal, useStrategyText } from './strategy-fields';
import { TargetGroupsFields } from './TargetGroupsFields';
import { useAdminText } from './use-admin';
import { useUnsavedGuard } from './use-unsaved-guard';

const LANGUAGES: Language[] = ['nl', 'en'];
/** What a save or delete changed, for the screen's list (so the new path's own address finds it at once). */
export type PathChange = { saved: AdminPath } | { removed: string };
const EVERYONE: TargetGroups = { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] };

const fieldOf = (path: string) => (/^title\.(nl|en)/.exec(path) ? `path-title-${path.slice(6, 8)}` : path.startsWith('dueDate') ? 'path-due' : path.startsWith('itemIds') ? 'path-items-add' : undefined);

/** The ordered picker's words in the workspace. */
export function usePathPickerText() {
  const { t } = useStrategyText();
  const admin = useAdminText();
  return {
    legend: t('paths.order'),
    empty: t('paths.noItems'),
    addLabel: t('paths.addItem'),
    add: t('paths.add'),
    up: admin.t('admin.moveUp'),
    down: admin.t('admin.moveDown'),
    remove: admin.t('admin.remove'),
    position: (n: number, total: number, title: string) => t('paths.position', { n, total, title }),
  };
}

/**
 * Writes one learning path (/admin/paths/<id> or /new): its name in both
 * languages, what it is for, whether it is mandatory (a legal obligation),
 * the due date, its trainings in order and who gets it. The server refuses
 * an unpublished training and a due date in the past.
 */
export function PathEditor({ path, options, onChange }: { path: AdminPath | null; options: readonly PickerOption[]; onChange: (change: PathChange) => void }) {
  const { t } = useStrategyText();
  const admin = useAdminText();
  const pickerText = usePathPickerText();
  const { route } = useLocation();
  const errors = useFormErrors(fieldOf);
  const [title, setTitle] = useState<Record<Language, string>>(path?.title ?? { nl: '', en: '' });
  const [purpose, setPurpose] = useState<PathPurpose>(path?.purpose ?? 'change');
  const [mandatory, setMandatory] = useState(path?.mandatory ?? false);
  const [dueDate, setDueDate] = useState(path?.dueDate ?? '');
  const [itemIds, setItemIds] = useState<string[]>(path?.itemIds ?? []);
  const [target, setTarget] = useState<TargetGroups>(path?.target ?? EVERYONE);
  const [status, setStatus] = useState<SaveState>(() => (path && takeSavedNote(`/admin/paths/${path.id}`) ? { kind: 'saved' } : { kind: 'idle' }));

  const body = { title, purpose, mandatory, dueDate: dueDate || null, itemIds, target };
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(body));
  useUnsavedGuard(JSON.stringify(body) !== savedBody, admin.t('admin.unsaved'));
  const report = (e: unknown) => {
    const refusal = strategyRefusal(e);
    return refusal ? t(`strategy.refused.${refusal}`) : errors.report(e);
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const saved = path ? await call(updatePathContract, { params: { id: path.id }, body }) : await call(createPathContract, { body });
      errors.clear();
      setSavedBody(JSON.stringify(body));
      setStatus({ kind: 'saved' });
      onChange({ saved });
      if (!path) {
        noteSaved(`/admin/paths/${saved.id}`);
        route(`/admin/paths/${saved.id}`, true);
      }
    } catch (e) {
      setStatus({ kind: 'error', message: report(e) });
    }
  }

  async function remove() {
    if (!path) return;
    try {
      await call(deletePathContract, { params: { id: path.id } });
      setSavedBody(JSON.stringify(body));
      onChange({ removed: path.id });
      route('/admin/paths');
    } catch (e) {
      setStatus({ kind: 'error', message: report(e) });
    }
  }

  return (
    <form class="card section stack admin-narrow" onSubmit={save} aria-labelledby="path-editor-title">
      <a href="/admin/paths">{t('paths.back')}</a>
      <h2 id="path-editor-title">{t(path ? 'paths.edit' : 'paths.new')}</h2>
      {path?.teamId && <p class="notice">{t('paths.teamPath')}</p>}
      {LANGUAGES.map((l) => (
        <TextField key={l} id={`path-title-${l}`} required error={errors.errorOf(`path-title-${l}`)} label={t('paths.name', { language: admin.t(`admin.lang.${l}`) })} value={title[l]} onInput={(v) => setTitle({ ...title, [l]: v })} />
      ))}
      <SelectField id="path-purpose" label={t('paths.purpose')} value={purpose} onChange={(v) => setPurpose(v as PathPurpose)} options={PATH_PURPOSES.map((p) => ({ value: p, label: t(`paths.purpose.${p}`) }))} />
      <div class="field">
        <label class="admin-check">
          <input type="checkbox" checked={mandatory} aria-describedby="path-mandatory-hint" onChange={(e) => setMandatory(e.currentTarget.checked)} />
          {t('paths.mandatory')}
        </label>
        <p id="path-mandatory-hint" class="hint">
          {t('paths.mandatoryHint')}
        </p>
      </div>
      <TextField id="path-due" type="date" error={errors.errorOf('path-due')} label={t('paths.due')} value={dueDate} onInput={setDueDate} />
      <OrderedPicker id="path-items" options={options} value={itemIds} onChange={setItemIds} text={pickerText} />
      <TargetGroupsFields value={target} onChange={setTarget} />
      <div class="admin-actions">
        <button type="submit" class="button button-primary" disabled={status.kind === 'saving' || itemIds.length === 0}>
          {admin.t('admin.save')}
        </button>
        {path && (
          <button type="button" class="button button-danger" onClick={() => void remove()}>
            {admin.t('admin.delete')}
          </button>
        )}
      </div>
      <SaveStatus status={status} />
    </form>
  );
}
