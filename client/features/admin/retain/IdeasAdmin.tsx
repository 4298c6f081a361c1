import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { adoptAmbassadorDraftContract } from '../../../../shared/contracts/authoring';
import {
  adminIdeasContract,
  ambassadorCandidatesContract,
  ambassadorDraftsContract,
  inviteAmbassadorContract,
  reviewAmbassadorDraftContract,
  setIdeaStatusContract,
} from '../../../../shared/contracts/ideas';
import { IDEA_STATUSES, type Idea, type IdeaStatus } from '../../../../shared/schemas/ideas';
import { call } from '../../../app/api';
import { useApiData } from '../../../ui/use-api-data';
import { useRetainAdminText } from './retain-admin-text';
import { useRetainText } from '../../retain/use-retain-text';

/** The idea box from L&D's side (a status and a short answer per idea), ambassadors and their drafts. */
export function IdeasAdmin(_: { id: string | null }) {
  const { t } = useRetainAdminText();
  const ideas = useApiData(adminIdeasContract);
  return (
    <div class="stack">
      <section class="stack" aria-labelledby="ideas-admin-title">
        <h2 id="ideas-admin-title">{t('ra.ideas.title')}</h2>
        {ideas.state.status === 'ready' && ideas.state.data.ideas.length === 0 && <p>{t('ra.ideas.none')}</p>}
        {ideas.state.status === 'ready' && (
          <ul class="card-list">
            {ideas.state.data.ideas.map((idea) => (
              <li key={idea.id}>
                <IdeaAnswer idea={idea} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <Ambassadors />
      <Drafts />
    </div>
  );
}

function IdeaAnswer({ idea }: { idea: Idea }) {
  const { t } = useRetainAdminText();
  const words = useRetainText();
  const [saved, setSaved] = useState<string | null>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    void call(setIdeaStatusContract, { params: { id: idea.id }, body: { status: form.get('status') as IdeaStatus, answer: String(form.get('answer') ?? '') } })
      .then(() => setSaved(t('ra.ideas.saved')))
      .catch(() => setSaved(words.t('common.error')));
  };
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby={`idea-admin-${idea.id}`}>
      <h3 id={`idea-admin-${idea.id}`}>{idea.title}</h3>
      <p class="hint">
        {idea.topic} · {t('ra.ideas.supporters', { n: idea.supporters })}
      </p>
      <p>{idea.body}</p>
      <div class="field">
        <label for={`status-${idea.id}`}>{t('ra.ideas.status')}</label>
        <select id={`status-${idea.id}`} name="status">
          {IDEA_STATUSES.map((s) => (
            <option key={s} value={s} selected={s === idea.status}>
              {words.t(`retain.ideas.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`answer-${idea.id}`}>{t('ra.ideas.answer')}</label>
        <input id={`answer-${idea.id}`} name="answer" maxLength={300} value={idea.answer ?? ''} />
      </div>
      <button type="submit" class="button button-primary">
        {t('ra.ideas.save')}
      </button>
      <p role="status" class="hint">
        {saved}
      </p>
    </form>
  );
}

function Ambassadors() {
  const { t } = useRetainAdminText();
  const { state, reload } = useApiData(ambassadorCandidatesContract);
  return (
    <section class="stack" aria-labelledby="ambassadors-admin-title">
      <h2 id="ambassadors-admin-title">{t('ra.amb.title')}</h2>
      <p>{t('ra.amb.intro')}</p>
      {state.status === 'ready' && state.data.people.length === 0 && <p>{t('ra.amb.none')}</p>}
      {state.status === 'ready' && (
        <ul class="card-list">
          {state.data.people.map((p) => (
            <li key={p.personId} class="card admin-actions">
              <strong>{p.name}</strong>
              <span class="hint">{t('ra.amb.activities', { n: p.activities90Days })}</span>
              <span class="tag">{t(`ra.amb.status.${p.status}`)}</span>
              {p.status === 'candidate' && (
                <button type="button" class="button button-secondary" onClick={() => void call(inviteAmbassadorContract, { params: { id: p.personId } }).then(reload)}>
                  {t('ra.amb.invite')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where the workspace edits what a draft became. */
const adoptedPath = (adopted: { kind: 'teaser' | 'item'; id: string }) => (adopted.kind === 'teaser' ? `/admin/teasers/${adopted.id}` : `/admin/items/${adopted.id}`);

function Drafts() {
  const { t } = useRetainAdminText();
  const { route } = useLocation();
  const { state, reload } = useApiData(ambassadorDraftsContract);
  const [failed, setFailed] = useState<string | null>(null);
  // Made into an unpublished teaser or training, it opens in the ordinary editor, where L&D finishes and publishes it.
  const adopt = (id: string) =>
    void call(adoptAmbassadorDraftContract, { params: { id } })
      .then((adopted) => route(adoptedPath(adopted)))
      .catch(() => {
        setFailed(t('ra.drafts.failed'));
        reload();
      });
  return (
    <section class="stack" aria-labelledby="drafts-admin-title">
      <h2 id="drafts-admin-title">{t('ra.drafts.title')}</h2>
      <p>{t('ra.drafts.intro')}</p>
      {state.status === 'ready' && state.data.drafts.length === 0 && <p>{t('ra.drafts.none')}</p>}
      {state.status === 'ready' && (
        <ul class="card-list">
          {state.data.drafts.map((d) => (
            <li key={d.id} class="card stack">
              <article class="stack" aria-labelledby={`draft-${d.id}`}>
                <p class="eyebrow">{t(`ra.drafts.kind.${d.kind}`)}</p>
                <h3 id={`draft-${d.id}`} lang={d.language}>
                  {d.title}
                </h3>
                <p class="hint">{d.author ? t('ra.drafts.by', { name: d.author }) : t('ra.drafts.anonymous')}</p>
                <p lang={d.language} class="story-body">
                  {d.body}
                </p>
                <div class="admin-actions">
                  {d.adopted ? (
                    <a class="button button-secondary" href={adoptedPath(d.adopted)}>
                      {t(d.adopted.kind === 'teaser' ? 'ra.drafts.openTeaser' : 'ra.drafts.openItem')}
                    </a>
                  ) : (
                    <button type="button" class="button button-primary" onClick={() => adopt(d.id)}>
                      {t(d.kind === 'teaser' ? 'ra.drafts.toTeaser' : 'ra.drafts.toItem')}
                    </button>
                  )}
                  {d.status === 'submitted' && (
                    <button type="button" class="button button-secondary" onClick={() => void call(reviewAmbassadorDraftContract, { params: { id: d.id } }).then(reload)}>
                      {t('ra.drafts.reviewed')}
                    </button>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="error-text">
        {failed}
      </p>
    </section>
  );
}
