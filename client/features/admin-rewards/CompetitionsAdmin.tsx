import { useState } from 'preact/hooks';
import { competitionListSchema, competitionSchema, prizeListSchema, type CompetitionRule } from '../../../shared/schemas/rewards';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { formatDay } from '../rewards/format-date';
import { useApiData } from '../rewards/use-api-data';

const rules: CompetitionRule[] = ['top_learners', 'raffle', 'milestone'];

/** Competitions: open one (a raffle publishes its commitment at once), see them, decide winners or draw after the end. */
export function CompetitionsAdmin({ version, onChange }: { version: number; onChange: () => void }) {
  const { t, language } = useI18n();
  const { state, reload } = useApiData(`/api/admin/competitions?v=${version}`, competitionListSchema);
  const prizes = useApiData(`/api/admin/prizes?v=${version}`, prizeListSchema);
  const [error, setError] = useState(false);
  async function open(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    try {
      await api('POST', '/api/admin/competitions', competitionSchema, {
        rule: data.get('rule'),
        title: data.get('title'),
        prizeId: data.get('prizeId'),
        startsAt: new Date(String(data.get('startsAt'))).toISOString(),
        endsAt: new Date(String(data.get('endsAt'))).toISOString(),
        winners: Number(data.get('winners')),
        ticketCap: Number(data.get('ticketCap')),
        milestoneWeeks: Number(data.get('milestoneWeeks')),
      });
      form.reset();
      setError(false);
      reload();
    } catch {
      setError(true);
    }
  }
  async function settle(id: string) {
    await api('POST', `/api/admin/competitions/${id}/settle`, competitionSchema).then(() => (reload(), onChange()), () => setError(true));
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
                {formatDay(c.startsAt, language)} – {formatDay(c.endsAt, language)} · {c.prize.name} · {t(`rewards.status.${c.status}`, { date: formatDay(c.endsAt, language) })}
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
      <form class="card admin-form" onSubmit={open} aria-label={t('adminRewards.competition.add')}>
        <div class="field">
          <label for="competition-title">{t('adminRewards.competition.title')}</label>
          <input id="competition-title" name="title" required maxLength={100} />
        </div>
        <div class="field">
          <label for="competition-rule">{t('adminRewards.competition.rule')}</label>
          <select id="competition-rule" name="rule">
            {rules.map((rule) => (
              <option key={rule} value={rule}>
                {t(`adminRewards.competition.rule.${rule}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="competition-prize">{t('adminRewards.competition.prize')}</label>
          <select id="competition-prize" name="prizeId" required>
            {prizes.state.status === 'ready' &&
              prizes.state.data.prizes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </div>
        <div class="field">
          <label for="competition-start">{t('adminRewards.competition.start')}</label>
          <input id="competition-start" name="startsAt" type="datetime-local" required />
        </div>
        <div class="field">
          <label for="competition-end">{t('adminRewards.competition.end')}</label>
          <input id="competition-end" name="endsAt" type="datetime-local" required />
        </div>
        <div class="field">
          <label for="competition-winners">{t('adminRewards.competition.winners')}</label>
          <input id="competition-winners" name="winners" type="number" min={1} max={100} value="1" />
        </div>
        <div class="field">
          <label for="competition-cap">{t('adminRewards.competition.cap')}</label>
          <input id="competition-cap" name="ticketCap" type="number" min={1} max={100} value="10" />
        </div>
        <div class="field">
          <label for="competition-weeks">{t('adminRewards.competition.weeks')}</label>
          <input id="competition-weeks" name="milestoneWeeks" type="number" min={1} max={52} value="10" />
        </div>
        <button type="submit" class="button button-primary">
          {t('adminRewards.competition.add')}
        </button>
        {error && (
          <p class="error-text" role="alert">
            {t('common.error')}
          </p>
        )}
      </form>
    </section>
  );
}
