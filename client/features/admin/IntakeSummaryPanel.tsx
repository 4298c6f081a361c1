import { useState } from 'preact/hooks';
import { intakeSummaryContract } from '../../../shared/contracts/intake';
import { INTAKE_GROUP_KINDS, type IntakeGroupKind, type IntakeSummary } from '../../../shared/schemas/intake';
import { useFeatureText } from '../../app/i18n';
import { informText } from '../inform/inform-text';
import { strategyText } from './strategy-text';
import { useAdminData } from './use-admin';

type Group = IntakeSummary['groups'][number];

/**
 * What people told the intake, broken down by the whole organisation,
 * department, team, role or language. Whatever the breakdown, a group
 * shows only from 5 answers (the server leaves smaller ones out).
 */
export function IntakeSummaryPanel() {
  const { t } = useFeatureText(strategyText, informText);
  const { state } = useAdminData(intakeSummaryContract);
  const [kind, setKind] = useState<IntakeGroupKind>('department');
  if (state.status !== 'ready') return null;
  const groups = state.data.groups.filter((g) => g.kind === kind);
  const hidden = state.data.hidden.find((h) => h.kind === kind)?.groups ?? 0;
  const nameOf = (g: Group) => {
    if (g.kind === 'organisation') return t('strategy.intake.everyone');
    if (g.kind === 'role') return t(`strategy.role.${g.name as 'employee' | 'manager' | 'admin'}`);
    if (g.kind === 'language') return t(`strategy.intake.language.${g.name as 'nl' | 'en'}`);
    return g.name;
  };
  return (
    <section class="card section stack" aria-labelledby="intake-summary-title">
      <h2 id="intake-summary-title">{t('strategy.intake')}</h2>
      <p class="hint">{t('strategy.intake.intro')}</p>
      <div class="field">
        <label for="intake-breakdown">{t('strategy.intake.by')}</label>
        <select id="intake-breakdown" value={kind} onChange={(e) => setKind(e.currentTarget.value as IntakeGroupKind)}>
          {INTAKE_GROUP_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`strategy.intake.by.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {groups.length === 0 && <p>{t('strategy.intake.none')}</p>}
      <ul class="intake-groups" aria-live="polite">
        {groups.map((g) => (
          <li key={g.id ?? 'all'} class="admin-fieldset stack">
            <h3>{t('strategy.intake.group', { name: nameOf(g), n: g.answers })}</h3>
            <p>
              <strong>{t('strategy.intake.motivations')}:</strong>{' '}
              {g.motivations
                .filter((m) => m.count > 0)
                .map((m) => `${t(`inform.motivation.${m.motivation}`)} (${m.count})`)
                .join(' · ')}
            </p>
            <p>
              <strong>{t('strategy.intake.needs')}:</strong>{' '}
              {g.needs
                .filter((n) => n.count > 0)
                .map((n) => `${t(`inform.need.${n.need}`)} (${n.count})`)
                .join(' · ')}
            </p>
            <p>
              <strong>{t('strategy.intake.forms')}:</strong> {g.forms.map((f) => `${t(`inform.intake.form.${f.form}`)} (${f.count})`).join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p class="hint">{t('strategy.intake.hidden', { n: hidden })}</p>}
    </section>
  );
}
