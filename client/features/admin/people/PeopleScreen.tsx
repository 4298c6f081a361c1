import { useState } from 'preact/hooks';
import { listPeopleContract } from '../../../../shared/contracts/people';
import { orgStructureContract } from '../../../../shared/contracts/org';
import type { OrgStructure } from '../../../../shared/schemas/org';
import type { Person } from '../../../../shared/schemas/people';
import { SelectField, TextField } from '../fields';
import { useAdminData } from '../use-admin';
import { OrgScreen } from './OrgScreen';
import { PeopleImport } from './PeopleImport';
import { PersonEditor } from './PersonEditor';
import { usePeopleText } from './people-text';
import { ScrollRegion } from '../../../ui/ScrollRegion';

const ROLES = ['employee', 'manager', 'admin'] as const;
const STATUSES = ['joined', 'notJoined', 'left'] as const;
type Status = (typeof STATUSES)[number];

/** /admin/people: the list with filters; /new, /<id>: the editor; /import: the CSV import; /org: departments and teams. */
export function PeopleScreen({ id }: { id: string | null }) {
  const org = useAdminData(orgStructureContract);
  const people = useAdminData(listPeopleContract);
  const { t } = usePeopleText();
  // What this screen saved, shown at once (the list's reload follows).
  const [saved, setSaved] = useState<Person[]>([]);
  const remember = (person: Person) => setSaved((list) => [person, ...list.filter((p) => p.id !== person.id)]);
  if (id === 'import') return <PeopleImport onImported={() => (people.reload(), org.reload())} />;
  if (id === 'org') return <OrgScreen org={org} />;
  if (org.state.status === 'error' || people.state.status === 'error') return <p class="error-text">{t('people.error.other', { message: org.state.status === 'error' ? org.state.message : people.state.status === 'error' ? people.state.message : '' })}</p>;
  if (org.state.status !== 'ready' || people.state.status !== 'ready') return <p>…</p>;
  const fresh = new Map(saved.map((p) => [p.id, p]));
  const listed = people.state.data.people.map((p) => fresh.get(p.id) ?? p);
  const everyone = [...saved.filter((p) => !listed.some((l) => l.id === p.id)), ...listed];
  if (id === 'new') return <PersonEditor person={null} org={org.state.data} people={everyone} onSaved={remember} />;
  if (id) {
    const person = everyone.find((p) => p.id === id);
    if (!person) return <p class="error-text">{t('people.error.other', { message: '404' })}</p>;
    return <PersonEditor key={person.id} person={person} org={org.state.data} people={everyone} onSaved={remember} />;
  }
  return <PeopleList people={everyone} org={org.state.data} />;
}

export function statusOf(person: Person): Status {
  if (person.leftAt) return 'left';
  return person.joinedAt ? 'joined' : 'notJoined';
}

function PeopleList({ people, org }: { people: Person[]; org: OrgStructure }) {
  const { t } = usePeopleText();
  const [query, setQuery] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [role, setRole] = useState('');
  const [status, setStatus] = useState('');
  const departmentName = new Map(org.departments.map((d) => [d.id, d.name]));
  const teamName = new Map(org.teams.map((x) => [x.id, x.name]));
  const needle = query.trim().toLowerCase();
  const shown = people.filter(
    (p) =>
      (!needle || p.name.toLowerCase().includes(needle) || (p.email ?? '').includes(needle)) &&
      (!departmentId || p.departmentId === departmentId) &&
      (!teamId || p.teamId === teamId) &&
      (!role || p.role === role) &&
      (!status || statusOf(p) === status),
  );
  const teams = org.teams.filter((x) => !departmentId || x.departmentId === departmentId);
  return (
    <div class="stack">
      <div class="admin-toolbar">
        <h2>{t('people.tab')}</h2>
        <div class="admin-actions">
          <a class="button" href="/admin/people/org">
            {t('people.org')}
          </a>
          <a class="button" href="/admin/people/import">
            {t('people.import')}
          </a>
          <a class="button button-primary" href="/admin/people/new">
            {t('people.add')}
          </a>
        </div>
      </div>
      <div role="search" aria-label={t('people.filters')} class="card section">
        <div class="admin-grid admin-filters">
          <TextField id="people-search" label={t('people.search')} value={query} onInput={setQuery} />
          <SelectField id="people-department" label={t('people.department')} value={departmentId} empty={t('people.any')} options={org.departments.map((d) => ({ value: d.id, label: d.name }))} onChange={(v) => (setDepartmentId(v), setTeamId(''))} />
          <SelectField id="people-team" label={t('people.team')} value={teamId} empty={t('people.any')} options={teams.map((x) => ({ value: x.id, label: x.name }))} onChange={setTeamId} />
          <SelectField id="people-role" label={t('people.role')} value={role} empty={t('people.any')} options={ROLES.map((r) => ({ value: r, label: t(`people.role.${r}`) }))} onChange={setRole} />
          <SelectField id="people-status" label={t('people.status')} value={status} empty={t('people.any')} options={STATUSES.map((s) => ({ value: s, label: t(`people.status.${s}`) }))} onChange={setStatus} />
        </div>
      </div>
      <p role="status" class="hint">
        {t('people.count', { shown: shown.length, total: people.length })}
      </p>
      <ScrollRegion label={t('people.tab')}>
        <table class="admin-table admin-people-table">
          <caption class="visually-hidden">{t('people.tab')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.email')}</th>
              <th scope="col">{t('people.department')}</th>
              <th scope="col">{t('people.team')}</th>
              <th scope="col">{t('people.role')}</th>
              <th scope="col">{t('people.status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <a href={`/admin/people/${p.id}`}>{p.name}</a>
                </th>
                <td>{p.email ?? <span class="hint">{t('people.noEmail')}</span>}</td>
                <td>{p.departmentId ? departmentName.get(p.departmentId) : ''}</td>
                <td>{p.teamId ? teamName.get(p.teamId) : ''}</td>
                <td>{t(`people.role.${p.role}`)}</td>
                <td>{t(`people.status.${statusOf(p)}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
