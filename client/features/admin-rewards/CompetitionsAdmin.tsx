import { useState } from 'preact/hooks';
import { createCompetitionContract, listCompetitionsContract, settleCompetitionContract } from '../../../shared/contracts/competitions';
import { listPrizesContract } from '../../../shared/contracts/prizes';
import type { CompetitionRule } from '../../../shared/schemas/rewards';
import type { Language } from '../../../shared/schemas/common';
import type { Role } from '../../../shared/schemas/people';
import { call } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import { formatDay, formatLastDay } from '../rewards/format-date';
import { ErrorLine, Field, SelectField } from '../rewards/fields';
import { useApiData } from '../../ui/use-api-data';
// .hash for the commitment.
import '../rewards/rewards.css';
import { rewardsText } from '../rewards/rewards-text';
import { TargetGroupFields } from './TargetGroupFields';

const rules: CompetitionRule[] = ['top_learners', 'raffle', 'milestone'];

/** Competitions: open one (a raffle publishes its commitment at once), see them, decide winners or draw after the end. */
export function CompetitionsAdmin({ version, onChange }: { version: number; onChange: () => void }) {
  const { t, language } = useFeatureText(rewardsText);
  const { state, reload } = useApiData(listCompetitionsContract, {}, { version });
  const prizes = useApiData(listPrizesContract, {}, { version });
  const [error, setError] = useState(false);
  const prizeOptions = prizes.state.status === 'ready' ? prizes.state.data.prizes.map((p) => ({ value: p.id, label: p.name })) : [];
  async function open(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    try {
      // The selects and checkboxes offer only the contract's values; the server checks again.
      const all = (name: string) => data.getAll(name).map(String);
      await call(createCompetitionContract, {
        body: {
          rule: String(data.get('rule')) as CompetitionRule,
          title: String(data.get('title')),
          prizeId: String(data.get('prizeId')),
          startsAt: new Date(String(data.get('startsAt'))).toISOString(),
          endsAt: new Date(String(data.get('endsAt'))).toISOString(),
          winners: Number(data.get('winners')),
          ticketCap: Number(data.get('ticketCap')),
          milestoneWeeks: Number(data.get('milestoneWeeks')),
          targetDepartmentIds: all('targetDepartmentIds'),
          targetTeamIds: all('targetTeamIds'),
          targetRoles: all('targetRoles') as Role[],
          targetLanguages: all('targetLanguages') as Language[],
          targetGroupIds: all('targetGroupIds'),
        },
      });
      form.reset();
      setError(false);
      reload();
    } catch {
      setError(true);
    }
  }
  async function settle(id: string) {
    await call(settleCompetitionContract, { params: { id } }).then(() => (reload(), onChange()), () => setError(true));
  }
  return (
    <section class="section" aria-labelledby="competitions-title">
      <h2 id="competitions-title">{t('adminRewards.competitions')}</h2>
      {state.status === 'ready' && (
        <ul class="card-list card-list-tight">
          {state.data.competitions.map((c) => (
            <li key={c.id} class="card">
              <strong>{c.title}</strong> <span class="tag">{t(`adminRewards.competition.rule.${c.rule}`)}</span>
              <p class="hint">
                {formatDay(c.startsAt, language)} – {formatLastDay(c.endsAt, language)} · {c.prize.name} · {t(`rewards.status.${c.status}`, { date: formatLastDay(c.endsAt, language) })}
              </p>
              {c.commitment && <p class="hash">{t('adminRewards.competition.commitment', { hash: c.commitment })}</p>}
              {c.status === 'ended' && c.rule !== 'milestone' && (
                <button type="button" class="button button-secondary" onClick={() => void settle(c.id)}>
                  {t('adminRewards.competition.settle')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="card admin-form" onSubmit={open} aria-labelledby="competition-form-title">
        <h3 id="competition-form-title">{t('adminRewards.competition.add')}</h3>
        <Field id="competition-title" label={t('adminRewards.competition.title')}>
          <input id="competition-title" name="title" required maxLength={100} />
        </Field>
        <SelectField id="competition-rule" label={t('adminRewards.competition.rule')} name="rule" options={rules.map((rule) => ({ value: rule, label: t(`adminRewards.competition.rule.${rule}`) }))} />
        <SelectField id="competition-prize" label={t('adminRewards.competition.prize')} name="prizeId" required options={prizeOptions} />
        <Field id="competition-start" label={t('adminRewards.competition.start')}>
          <input id="competition-start" name="startsAt" type="datetime-local" required />
        </Field>
        <Field id="competition-end" label={t('adminRewards.competition.end')}>
          <input id="competition-end" name="endsAt" type="datetime-local" required />
        </Field>
        <Field id="competition-winners" label={t('adminRewards.competition.winners')}>
          <input id="competition-winners" name="winners" type="number" min={1} max={100} value="1" />
        </Field>
        <Field id="competition-cap" label={t('adminRewards.competition.cap')}>
          <input id="competition-cap" name="ticketCap" type="number" min={1} max={100} value="10" />
        </Field>
        <Field id="competition-weeks" label={t('adminRewards.competition.weeks')}>
          <input id="competition-weeks" name="milestoneWeeks" type="number" min={1} max={52} value="10" />
        </Field>
        <TargetGroupFields />
        <button type="submit" class="button button-primary">
          {t('adminRewards.competition.add')}
        </button>
        <ErrorLine show={error} />
      </form>
    </section>
  );
}
