import { useState } from 'preact/hooks';
import { putRoleCompetenciesContract, putWiifmContract } from '../../../shared/contracts/strategy';
import { NEEDS, WIIFM_MAX_LENGTH, type AdminStrategy, type Need } from '../../../shared/schemas/strategy';
import type { Language } from '../../../shared/schemas/common';
import type { Role } from '../../../shared/schemas/people';
import { call } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import { informText } from '../inform/inform-text';
import { SaveStatus, TextField, type SaveState } from './fields';
import { splitList } from './strategy-fields';
import { strategyText } from './strategy-text';
import { useFormErrors } from './form-errors';
import { ScrollRegion } from '../../ui/ScrollRegion';

type Cell = AdminStrategy['wiifm'][number];
const LANGUAGES: Language[] = ['nl', 'en'];

/**
 * The WIIFM matrix: target groups down, the five needs across. A cell is
 * written or empty; picking one opens it in the form below.
 */
export function WiifmMatrix({ strategy, onSaved }: { strategy: AdminStrategy; onSaved: () => void }) {
  // No field of these forms is refused on its own: a refusal is said in words.
  const errors = useFormErrors(() => undefined);
  const { t } = useFeatureText(strategyText, informText);
  const groups = [...new Map(strategy.wiifm.map((c) => [`${c.groupKind}|${c.groupId}`, c])).values()];
  const [picked, setPicked] = useState<Cell | null>(null);
  const [text, setText] = useState<Record<Language, string>>({ nl: '', en: '' });
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const cellOf = (group: Cell, need: Need) => strategy.wiifm.find((c) => c.groupKind === group.groupKind && c.groupId === group.groupId && c.need === need);
  // Roles and languages come as codes: the workspace words them, in the admin's language.
  const nameOf = (c: Cell) =>
    c.groupKind === 'role' ? t(`strategy.role.${c.groupId as Role}`) : c.groupKind === 'language' ? t(`strategy.intake.language.${c.groupId as Language}`) : c.groupName;
  const groupName = (c: Cell) => `${t(`strategy.wiifm.kind.${c.groupKind}`)}: ${nameOf(c)}`;

  function pick(cell: Cell) {
    setPicked(cell);
    setText(cell.message ?? { nl: '', en: '' });
    setStatus({ kind: 'idle' });
  }

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (!picked) return;
    setStatus({ kind: 'saving' });
    try {
      await call(putWiifmContract, { body: { groupKind: picked.groupKind, groupId: picked.groupId, need: picked.need, ...text } });
      setStatus({ kind: 'saved' });
      onSaved();
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <section class="card section stack wiifm-section" aria-labelledby="wiifm-matrix-title">
      <h2 id="wiifm-matrix-title">{t('strategy.wiifm')}</h2>
      <p class="hint">{t('strategy.wiifm.intro')}</p>
      <ScrollRegion labelledBy="wiifm-matrix-title">
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('strategy.wiifm.group')}</th>
              {NEEDS.map((need) => (
                <th key={need} scope="col">
                  {t(`inform.need.${need}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={`${group.groupKind}|${group.groupId}`}>
                <th scope="row">
                  {groupName(group)} <span class="hint">({group.people === null ? t('strategy.wiifm.place') : t('strategy.wiifm.people', { n: group.people })})</span>
                </th>
                {NEEDS.map((need) => {
                  const cell = cellOf(group, need);
                  return (
                    <td key={need}>
                      {cell && (
                        <button type="button" class={`button ${cell.message ? 'button-primary' : 'button-secondary'}`} onClick={() => pick(cell)}>
                          {cell.message ? t('strategy.wiifm.written') : t('strategy.wiifm.empty')}
                          <span class="visually-hidden">
                            : {groupName(group)}, {t(`inform.need.${need}`)}
                          </span>
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {picked && (
        <form class="stack" onSubmit={save} aria-labelledby="wiifm-form-title">
          <h3 id="wiifm-form-title">
            {groupName(picked)} · {t(`inform.need.${picked.need}`)}
          </h3>
          {LANGUAGES.map((language) => (
            <TextField key={language} id={`wiifm-${language}`} multiline label={t('strategy.wiifm.text', { language })} value={text[language]} onInput={(v) => setText({ ...text, [language]: v })}>
              <p class="hint">
                {text[language].length}/{WIIFM_MAX_LENGTH}
              </p>
            </TextField>
          ))}
          <div class="goal-actions">
            <button type="submit" class="button button-primary">
              {t('strategy.save')}
            </button>
            <SaveStatus status={status} />
          </div>
        </form>
      )}
    </section>
  );
}

/** What each role can expect, generated from the published offer, and the competencies L&D names for it. */
export function RoleExpectations({ strategy, onSaved }: { strategy: AdminStrategy; onSaved: () => void }) {
  const { t } = useFeatureText(strategyText, informText);
  return (
    <section class="card section stack" aria-labelledby="roles-title">
      <h2 id="roles-title">{t('strategy.roles')}</h2>
      {strategy.roles.map((role) => (
        <RoleForm key={role.role} role={role} onSaved={onSaved} />
      ))}
    </section>
  );
}

function RoleForm({ role, onSaved }: { role: AdminStrategy['roles'][number]; onSaved: () => void }) {
  // No field of these forms is refused on its own: a refusal is said in words.
  const errors = useFormErrors(() => undefined);
  const { t } = useFeatureText(strategyText, informText);
  const [job, setJob] = useState(role.competencies.job.join(', '));
  const [market, setMarket] = useState(role.competencies.market.join(', '));
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      await call(putRoleCompetenciesContract, { params: { role: role.role }, body: { job: splitList(job), market: splitList(market) } });
      setStatus({ kind: 'saved' });
      onSaved();
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }
  return (
    <form class="admin-fieldset stack" onSubmit={save} aria-labelledby={`role-${role.role}`}>
      <h3 id={`role-${role.role}`}>{t(`strategy.role.${role.role}`)}</h3>
      {(['micro', 'macro', 'classroom'] as const).map((kind) => (
        <p key={kind}>
          <strong>{t(`inform.kind.${kind}`)}:</strong> {role.trainings[kind].map((x) => x.title).join(' · ') || t('strategy.role.none')}
        </p>
      ))}
      <TextField id={`role-job-${role.role}`} label={t('strategy.role.job')} value={job} onInput={setJob} />
      <TextField id={`role-market-${role.role}`} label={t('strategy.role.market')} value={market} onInput={setMarket} />
      <div class="goal-actions">
        <button type="submit" class="button button-secondary">
          {t('strategy.save')}
        </button>
        <SaveStatus status={status} />
      </div>
    </form>
  );
}
