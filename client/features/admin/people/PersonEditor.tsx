import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createPersonContract, invitePersonContract, updatePersonContract } from '../../../../shared/contracts/people';
import type { Language } from '../../../../shared/schemas/common';
import type { OrgStructure } from '../../../../shared/schemas/org';
import type { InviteLink, Person, Role } from '../../../../shared/schemas/people';
import { ApiError, call } from '../../../app/api';
import { SelectField, TextField } from '../fields';
import { useFormErrors } from '../form-errors';
import { noteSaved, takeSavedNote } from '../save-notice';
import { useUnsavedGuard } from '../use-unsaved-guard';
import { InviteSheet } from './InviteSheet';
import { usePeopleText } from './people-text';
import { formatDateTime } from '../../../app/locale';

const PERSON_FIELDS: Record<string, string> = { name: 'person-name', email: 'person-email' };

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/**
 * Adds or edits one person: name, e-mail (none for frontline staff),
 * role, language, department, team and manager; marks them as left or
 * back; mints a personal invite to print for someone without a mailbox.
 */
export function PersonEditor({ person, org, people, onSaved }: { person: Person | null; org: OrgStructure; people: Person[]; onSaved: (person: Person) => void }) {
  const { t, reason, language: uiLanguage } = usePeopleText();
  const { route } = useLocation();
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [role, setRole] = useState<Role>(person?.role ?? 'employee');
  const [language, setLanguage] = useState<Language>(person?.language ?? uiLanguage);
  const [departmentId, setDepartmentId] = useState(person?.departmentId ?? '');
  const [teamId, setTeamId] = useState(person?.teamId ?? '');
  const [managerId, setManagerId] = useState(person?.managerId ?? '');
  const [status, setStatus] = useState<Status>(() => (person && takeSavedNote(`/admin/people/${person.id}`) ? { kind: 'saved' } : { kind: 'idle' }));
  const [invite, setInvite] = useState<InviteLink | null>(null);
  const errors = useFormErrors((path) => PERSON_FIELDS[path]);

  const run = async (work: () => Promise<void>, done: Status = { kind: 'saved' }) => {
    setStatus({ kind: 'saving' });
    try {
      await work();
      setStatus(done);
      errors.clear();
    } catch (e) {
      // A refused field is named and marked; any other refusal is its reason code in words.
      setStatus({ kind: 'error', message: e instanceof ApiError && e.issues.length > 0 ? errors.report(e) : reason(e) });
    }
  };
  const fields = { name, email: email.trim() || null, role, language, departmentId: departmentId || null, teamId: teamId || null, managerId: managerId || null };
  // What was last saved (or loaded), to tell unsaved changes: leaving with them asks first, as the other forms do.
  const [savedFields, setSavedFields] = useState(() => JSON.stringify(fields));
  useUnsavedGuard(JSON.stringify(fields) !== savedFields, t('people.unsaved'));
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    void run(async () => {
      if (person) {
        onSaved(await call(updatePersonContract, { params: { id: person.id }, body: fields }));
        setSavedFields(JSON.stringify(fields));
        return;
      }
      const created = await call(createPersonContract, { body: fields });
      setSavedFields(JSON.stringify(fields));
      onSaved(created);
      noteSaved(`/admin/people/${created.id}`);
      route(`/admin/people/${created.id}`, true);
    });
  };
  const setLeft = (left: boolean) =>
    run(async () => {
      if (person) onSaved(await call(updatePersonContract, { params: { id: person.id }, body: { left } }));
    });
  const mintInvite = () =>
    run(async () => {
      if (person) setInvite(await call(invitePersonContract, { params: { id: person.id } }));
    }, { kind: 'idle' });
  const date = (iso: string) => formatDateTime(iso, uiLanguage, { dateStyle: 'long' });

  return (
    <div class="stack">
      <form class="card section stack admin-no-print" onSubmit={save} aria-labelledby="person-title">
        <a href="/admin/people">{t('people.back')}</a>
        <h2 id="person-title">{person ? t('people.edit', { name: person.name }) : t('people.new')}</h2>
        {person?.leftAt && <p class="tag admin-tag-draft">{t('people.leftOn', { date: date(person.leftAt) })}</p>}
        <div class="admin-grid admin-person-grid">
          <TextField id="person-name" error={errors.errorOf("person-name")} label={t('people.name')} value={name} required onInput={setName} />
          <TextField id="person-email" error={errors.errorOf("person-email")} label={t('people.email')} value={email} onInput={setEmail} describedBy="person-email-hint">
            <p id="person-email-hint" class="hint">
              {t('people.emailHint')}
            </p>
          </TextField>
          <SelectField id="person-role" label={t('people.role')} value={role} options={(['employee', 'manager', 'admin'] as const).map((r) => ({ value: r, label: t(`people.role.${r}`) }))} onChange={(v) => setRole(v as Role)} />
          <SelectField id="person-language" label={t('people.language')} value={language} options={[{ value: 'nl', label: 'Nederlands' }, { value: 'en', label: 'English' }]} onChange={(v) => setLanguage(v as Language)} />
          <SelectField id="person-department" label={t('people.department')} value={departmentId} empty={t('people.none')} options={org.departments.map((d) => ({ value: d.id, label: d.name }))} onChange={(v) => (setDepartmentId(v), setTeamId(''))} />
          <SelectField id="person-team" label={t('people.team')} value={teamId} empty={t('people.none')} options={org.teams.filter((x) => x.departmentId === departmentId).map((x) => ({ value: x.id, label: x.name }))} onChange={setTeamId} />
          <SelectField id="person-manager" label={t('people.manager')} value={managerId} empty={t('people.none')} options={people.filter((p) => p.id !== person?.id && p.role !== 'employee' && !p.leftAt).map((p) => ({ value: p.id, label: p.name }))} onChange={setManagerId} />
        </div>
        <div class="admin-actions">
          <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
            {t('people.save')}
          </button>
          {person && !person.leftAt && (
            <button type="button" class="button" onClick={mintInvite}>
              {t('people.invite')}
            </button>
          )}
          {person && (
            <button type="button" class="button" onClick={() => setLeft(!person.leftAt)} aria-describedby={person.leftAt ? undefined : 'person-leave-hint'}>
              {person.leftAt ? t('people.return') : t('people.leave')}
            </button>
          )}
        </div>
        {person && !person.leftAt && (
          <p id="person-leave-hint" class="hint">
            {t('people.leaveHint')}
          </p>
        )}
        <p role="status" class={status.kind === 'error' ? 'error-text' : 'hint'}>
          {status.kind === 'saving' && t('people.saving')}
          {status.kind === 'saved' && t('people.saved')}
          {status.kind === 'error' && status.message}
        </p>
      </form>
      {person && invite && <InviteSheet name={person.name} language={person.language} invite={invite} />}
    </div>
  );
}
