import { useState } from 'preact/hooks';
import { ideasContract, suggestIdeaContract, supportIdeaContract, withdrawSupportContract } from '../../../shared/contracts/ideas';
import { IDEA_MAX_LENGTH, type Idea } from '../../../shared/schemas/ideas';
import { ApiError, call } from '../../app/api';
import { AppShell } from '../../app/AppShell';
import { useApiData } from '../../ui/use-api-data';
import { AmbassadorPanel } from './AmbassadorPanel';
import { useRetainText } from './use-retain-text';
import './retain.css';

/** The idea box: suggest, support (one vote, withdrawable), L&D's answers, and "you said, we did". */
export function IdeasPage() {
  const { t } = useRetainText();
  const { state, reload, setData } = useApiData(ideasContract);
  const [sent, setSent] = useState<string | null>(null);

  async function suggest(event: SubmitEvent) {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    try {
      await call(suggestIdeaContract, { body: { title: String(form.get('title') ?? ''), body: String(form.get('body') ?? ''), topic: String(form.get('topic') ?? '') } });
      formElement.reset();
      setSent(t('retain.ideas.sent'));
      reload();
    } catch (error) {
      setSent(error instanceof ApiError ? (error.issues[0]?.message ?? error.message) : t('common.error'));
    }
  }
  async function toggle(idea: Idea) {
    const contract = idea.supportedByMe ? withdrawSupportContract : supportIdeaContract;
    const updated = await call(contract, { params: { id: idea.id } }).catch(() => null);
    if (updated && state.status === 'ready') setData({ ideas: state.data.ideas.map((i) => (i.id === updated.id ? updated : i)) });
  }

  const ideas = state.status === 'ready' ? state.data.ideas : [];
  const done = ideas.filter((i) => i.status === 'done');
  const open = ideas.filter((i) => i.status !== 'done');
  return (
    <AppShell>
      <section class="section stack" aria-labelledby="ideas-title">
        <h1 id="ideas-title">{t('retain.ideas.title')}</h1>
        <p>{t('retain.ideas.intro')}</p>
        <details class="card">
          <summary>{t('retain.ideas.suggest')}</summary>
          <form class="stack" onSubmit={(e) => void suggest(e)}>
            <div class="field">
              <label for="idea-title">{t('retain.ideas.ideaTitle')}</label>
              <input id="idea-title" name="title" required minLength={3} maxLength={120} />
            </div>
            <div class="field">
              <label for="idea-body">{t('retain.ideas.body')}</label>
              <textarea id="idea-body" name="body" required minLength={10} maxLength={IDEA_MAX_LENGTH} rows={4} />
            </div>
            <div class="field">
              <label for="idea-topic">{t('retain.ideas.topic')}</label>
              <input id="idea-topic" name="topic" required minLength={2} maxLength={60} />
            </div>
            <button type="submit" class="button button-primary">
              {t('retain.ideas.send')}
            </button>
          </form>
        </details>
        <p role="status" class="hint">
          {sent}
        </p>
        <IdeaList title={t('retain.ideas.done')} ideas={done} onToggle={toggle} />
        <IdeaList title={t('retain.ideas.open')} ideas={open} onToggle={toggle} />
        {state.status === 'ready' && ideas.length === 0 && <p>{t('retain.ideas.none')}</p>}
      </section>
      <AmbassadorPanel />
    </AppShell>
  );
}

function IdeaList({ title, ideas, onToggle }: { title: string; ideas: Idea[]; onToggle: (idea: Idea) => Promise<void> }) {
  const { t } = useRetainText();
  if (ideas.length === 0) return null;
  return (
    <section class="stack" aria-label={title}>
      <h2>{title}</h2>
      <ul class="card-list">
        {ideas.map((idea) => (
          <li key={idea.id} class="card stack" aria-labelledby={`idea-${idea.id}`}>
            <h3 id={`idea-${idea.id}`}>{idea.title}</h3>
            <p class="hint">
              <span class="tag">{t(`retain.ideas.status.${idea.status}`)}</span> {idea.topic}
              {idea.mine && ` · ${t('retain.ideas.mine')}`}
            </p>
            <p>{idea.body}</p>
            {idea.answer && <p class="notice">{idea.answer}</p>}
            <div class="story-actions">
              <button type="button" class={`button ${idea.supportedByMe ? 'button-secondary' : 'button-primary'}`} aria-pressed={idea.supportedByMe} onClick={() => void onToggle(idea)}>
                {idea.supportedByMe ? t('retain.ideas.unsupport') : t('retain.ideas.support')}
              </button>
              <span class="hint">{t('retain.ideas.supporters', { n: idea.supporters })}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
