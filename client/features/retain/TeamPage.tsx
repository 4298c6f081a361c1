import { useState } from 'preact/hooks';
import { myOfferContract } from '../../../shared/contracts/offer';
import { recognitionCandidatesContract } from '../../../shared/contracts/recognition';
import { inviteStoryContract, recommendToTeamContract, sendTeamEmailContract, teamEmailPreviewContract, teamOverviewContract } from '../../../shared/contracts/team';
import { pickLanguage } from '../../../shared/domain/localized';
import { call } from '../../app/api';
import { AppShell } from '../../app/AppShell';
import { useApiData } from '../../ui/use-api-data';
import { StoryCard } from './StoryCard';
import { useRetainText } from './use-retain-text';
import './retain.css';

/** A manager's team page: this month in totals (from 5 people), what members shared, and the manager's two actions. */
export function TeamPage() {
  const { t } = useRetainText();
  const { state, reload } = useApiData(teamOverviewContract);
  const figure = (value: number | string | null) => (value === null ? <span class="hint">{t('retain.team.hidden')}</span> : value);
  return (
    <AppShell>
      <section class="section stack" aria-labelledby="team-title">
        <h1 id="team-title">{state.status === 'ready' && state.data.teamName ? `${t('retain.team.title')}: ${state.data.teamName}` : t('retain.team.title')}</h1>
        <p>{t('retain.team.intro')}</p>
        {state.status === 'loading' && <p class="hint">{t('common.loading')}</p>}
        {state.status === 'error' && <p class="error-text">{t('common.error')}</p>}
        {state.status === 'ready' && (
          <>
            <dl class="team-figures">
              <div>
                <dt>{t('retain.team.members')}</dt>
                <dd>{state.data.members}</dd>
              </div>
              <div>
                <dt>{t('retain.team.active')}</dt>
                <dd>{figure(state.data.activeMembers)}</dd>
              </div>
              <div>
                <dt>{t('retain.team.activities')}</dt>
                <dd>{figure(state.data.activities)}</dd>
              </div>
              <div>
                <dt>{t('retain.team.completed')}</dt>
                <dd>{figure(state.data.trainingsCompleted)}</dd>
              </div>
              <div>
                <dt>{t('retain.team.competencies')}</dt>
                <dd>{figure(state.data.topCompetencies?.join(', ') || (state.data.topCompetencies ? '–' : null))}</dd>
              </div>
              <div>
                <dt>{t('retain.team.score')}</dt>
                <dd>{figure(state.data.evaluationScore)}</dd>
              </div>
            </dl>
            <a href="/team/paths">{t('retain.team.paths')}</a>
            <h2>{t('retain.team.roleModels')}</h2>
            {state.data.roleModels.length === 0 ? (
              <p class="hint">{t('retain.team.none')}</p>
            ) : (
              <ul class="card-list">
                {state.data.roleModels.map((r) => (
                  <li key={r.id} class="card">
                    <strong>{r.personName}</strong>: {r.message}
                  </li>
                ))}
              </ul>
            )}
            <h2>{t('retain.team.stories')}</h2>
            {state.data.stories.length === 0 ? (
              <p class="hint">{t('retain.team.none')}</p>
            ) : (
              <ul class="card-list">
                {state.data.stories.map((story) => (
                  <li key={story.id}>
                    <StoryCard story={story} headingLevel={3} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <TeamEmail />
      <RecommendForm onDone={reload} />
      <InviteForm />
    </AppShell>
  );
}

function RecommendForm({ onDone }: { onDone: () => void }) {
  const { t, language } = useRetainText();
  const offer = useApiData(myOfferContract);
  const [status, setStatus] = useState<string | null>(null);
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const note = String(form.get('note') ?? '');
    await call(recommendToTeamContract, { body: { itemId: String(form.get('itemId') ?? ''), ...(note && { note }) } })
      .then(() => {
        setStatus(t('retain.team.recommended'));
        onDone();
      })
      .catch(() => setStatus(t('common.error')));
  }
  return (
    <form class="section card stack" onSubmit={(e) => void submit(e)} aria-labelledby="recommend-title">
      <h2 id="recommend-title">{t('retain.team.recommend')}</h2>
      <div class="field">
        <label for="recommend-item">{t('retain.write.training')}</label>
        <select id="recommend-item" name="itemId" required>
          <option value="">{t('retain.write.pick')}</option>
          {offer.state.status === 'ready' &&
            offer.state.data.items.map((item) => (
              <option key={item.id} value={item.id}>
                {pickLanguage(item.texts, language)?.text.title ?? item.id}
              </option>
            ))}
        </select>
      </div>
      <div class="field">
        <label for="recommend-note">{t('retain.team.note')}</label>
        <input id="recommend-note" name="note" maxLength={200} />
      </div>
      <button type="submit" class="button button-primary">
        {t('retain.team.recommendSend')}
      </button>
      <p role="status" class="hint">
        {status}
      </p>
    </form>
  );
}

function InviteForm() {
  const { t } = useRetainText();
  const team = useApiData(recognitionCandidatesContract);
  const [status, setStatus] = useState<string | null>(null);
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    await call(inviteStoryContract, { body: { personId: String(form.get('personId') ?? ''), message: String(form.get('message') ?? '') } })
      .then(() => setStatus(t('retain.team.invited')))
      .catch(() => setStatus(t('common.error')));
  }
  return (
    <form class="section card stack" onSubmit={(e) => void submit(e)} aria-labelledby="invite-title">
      <h2 id="invite-title">{t('retain.team.invite')}</h2>
      <div class="field">
        <label for="invite-person">{t('retain.team.invitePerson')}</label>
        <select id="invite-person" name="personId" required>
          {team.state.status === 'ready' &&
            team.state.data.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </div>
      <div class="field">
        <label for="invite-message">{t('retain.team.inviteMessage')}</label>
        <input id="invite-message" name="message" maxLength={300} />
      </div>
      <button type="submit" class="button button-primary">
        {t('retain.team.inviteSend')}
      </button>
      <p role="status" class="hint">
        {status}
      </p>
    </form>
  );
}

/** The month's team e-mail: read it first, then one tap sends it (once a month; everyone can unsubscribe with one click). */
function TeamEmail() {
  const { t } = useRetainText();
  const { state, reload } = useApiData(teamEmailPreviewContract);
  const [status, setStatus] = useState<string | null>(null);
  if (state.status !== 'ready') return null;
  const send = () =>
    void call(sendTeamEmailContract)
      .then((r) => (setStatus(t('retain.team.emailSent', { n: r.sent })), reload()))
      .catch(() => setStatus(t('common.error')));
  return (
    <section class="section card stack" aria-labelledby="team-email-title">
      <h2 id="team-email-title">{t('retain.team.email')}</h2>
      <p class="hint">{state.data.subject}</p>
      <pre class="team-email-preview">{state.data.text}</pre>
      <p class="hint">{t('retain.team.emailRecipients', { n: state.data.recipients })}</p>
      <button type="button" class="button button-primary" disabled={state.data.alreadySent || state.data.recipients === 0} onClick={send}>
        {state.data.alreadySent ? t('retain.team.emailDone') : t('retain.team.emailSend')}
      </button>
      <p role="status" class="hint">
        {status}
      </p>
    </section>
  );
}
