import { useState } from 'preact/hooks';
import { createDepartmentContract, createTeamContract, renameDepartmentContract, renameTeamContract } from '../../../../shared/contracts/org';
import type { OrgStructure } from '../../../../shared/schemas/org';
import { call } from '../../../app/api';
import type { Loaded } from '../use-admin';
import { usePeopleText } from './people-text';

/** /admin/people/org: departments with their teams; each can be renamed, and new ones added. */
export function OrgScreen({ org }: { org: { state: Loaded<OrgStructure>; reload: () => void } }) {
  const { t } = usePeopleText();
  const { state, reload } = org;
  return (
    <div class="stack">
      <section class="card section stack" aria-labelledby="org-title">
        <a href="/admin/people">{t('people.back')}</a>
        <h2 id="org-title">{t('people.org.title')}</h2>
        <NameForm id="new-department" label={t('people.org.newDepartment')} action={t('people.org.add')} save={(name) => call(createDepartmentContract, { body: { name } })} onSaved={reload} clearAfter />
      </section>
      {state.status === 'error' && <p class="error-text">{t('people.error.other', { message: state.message })}</p>}
      {state.status === 'ready' &&
        state.data.departments.map((d) => {
          const teams = state.data.teams.filter((x) => x.departmentId === d.id);
          return (
            <section key={d.id} class="card section stack" aria-label={d.name}>
              <NameForm id={`department-${d.id}`} label={t('people.org.renameDepartment', { name: d.name })} initial={d.name} action={t('people.org.rename')} save={(name) => call(renameDepartmentContract, { params: { id: d.id }, body: { name } })} onSaved={reload} />
              {teams.length === 0 && <p class="hint">{t('people.org.noTeams')}</p>}
              <ul class="admin-list">
                {teams.map((team) => (
                  <li key={team.id}>
                    <NameForm id={`team-${team.id}`} label={t('people.org.renameTeam', { name: team.name })} initial={team.name} action={t('people.org.rename')} save={(name) => call(renameTeamContract, { params: { id: team.id }, body: { name } })} onSaved={reload} />
                  </li>
                ))}
              </ul>
              <NameForm id={`new-team-${d.id}`} label={t('people.org.newTeam', { department: d.name })} action={t('people.org.add')} save={(name) => call(createTeamContract, { body: { departmentId: d.id, name } })} onSaved={reload} clearAfter />
            </section>
          );
        })}
    </div>
  );
}

/** One name with its button: add or rename, the refusal named beside the field. */
function NameForm(props: { id: string; label: string; action: string; initial?: string; save: (name: string) => Promise<unknown>; onSaved: () => void; clearAfter?: boolean }) {
  const { t, reason } = usePeopleText();
  const [name, setName] = useState(props.initial ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await props.save(name.trim());
      setError(null);
      setSaved(true);
      if (props.clearAfter) setName('');
      props.onSaved();
    } catch (e) {
      setError(reason(e));
      document.getElementById(props.id)?.focus();
    }
  };
  const messageId = `${props.id}-message`;
  return (
    <form class="admin-inline-form" onSubmit={submit}>
      <div class="field">
        <label for={props.id}>{props.label}</label>
        <input id={props.id} value={name} required maxLength={120} aria-invalid={error ? true : undefined} aria-describedby={messageId} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <button type="submit" class="button">
        {props.action}
      </button>
      <p id={messageId} role="status" class={error ? 'error-text' : 'hint'}>
        {error ?? (saved ? t('people.saved') : '')}
      </p>
    </form>
  );
}
