import { useState } from 'preact/hooks';
import { acceptAmbassadorContract, ambassadorSettingsContract, draftByAmbassadorContract, leaveAmbassadorContract, myAmbassadorContract } from '../../../shared/contracts/ideas';
import { DRAFT_KINDS } from '../../../shared/schemas/ideas';
import { ApiError, call } from '../../app/api';
import { useApiData } from '../../ui/use-api-data';
import { useRetainText } from './use-retain-text';

/** One's own ambassador role: opt in to being considered, accept an invitation, draft for L&D, leave with one tap. */
export function AmbassadorPanel() {
  const { t, language } = useRetainText();
  const { state, setData } = useApiData(myAmbassadorContract);
  const [sent, setSent] = useState<string | null>(null);
  if (state.status !== 'ready') return null;
  const me = state.data;
  const save = async (change: { considered?: boolean; showBadge?: boolean; showAuthorship?: boolean }) => setData(await call(ambassadorSettingsContract, { body: change }));

  async function draft(event: SubmitEvent) {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    try {
      await call(draftByAmbassadorContract, {
        body: { kind: form.get('kind') === 'micro' ? 'micro' : 'teaser', language, title: String(form.get('title') ?? ''), body: String(form.get('body') ?? '') },
      });
      formElement.reset();
      setSent(t('retain.ambassador.draftSent'));
    } catch (error) {
      setSent(error instanceof ApiError ? (error.issues[0]?.message ?? error.message) : t('common.error'));
    }
  }

  return (
    <section class="section card stack" aria-labelledby="ambassador-title">
      <h2 id="ambassador-title">
        {t('retain.ambassador.title')}
        {me.active && me.showBadge && <span class="tag ambassador-badge">{t('retain.ambassador.badgeLabel')}</span>}
      </h2>
      <p>{me.active ? t('retain.ambassador.active') : t('retain.ambassador.intro')}</p>
      {!me.active && (
        <label class="choice">
          <input type="checkbox" checked={me.considered} onChange={(e) => void save({ considered: e.currentTarget.checked })} />
          {t('retain.ambassador.consider')}
        </label>
      )}
      {me.invited && (
        <>
          <p class="notice">{t('retain.ambassador.invited')}</p>
          <button type="button" class="button button-primary" onClick={() => void call(acceptAmbassadorContract).then(setData)}>
            {t('retain.ambassador.accept')}
          </button>
        </>
      )}
      {me.active && (
        <>
          <label class="choice">
            <input type="checkbox" checked={me.showBadge} onChange={(e) => void save({ showBadge: e.currentTarget.checked })} />
            {t('retain.ambassador.badge')}
          </label>
          <label class="choice">
            <input type="checkbox" checked={me.showAuthorship} onChange={(e) => void save({ showAuthorship: e.currentTarget.checked })} />
            {t('retain.ambassador.authorship')}
          </label>
          <details>
            <summary>{t('retain.ambassador.draft')}</summary>
            <form class="stack" onSubmit={(e) => void draft(e)}>
              <div class="field">
                <label for="draft-kind">{t('retain.ambassador.kind')}</label>
                <select id="draft-kind" name="kind">
                  {DRAFT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`retain.ambassador.kind.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="draft-title">{t('retain.write.storyTitle')}</label>
                <input id="draft-title" name="title" required minLength={3} maxLength={120} />
              </div>
              <div class="field">
                <label for="draft-body">{t('retain.ideas.body')}</label>
                <textarea id="draft-body" name="body" required minLength={10} maxLength={2000} rows={5} />
              </div>
              <button type="submit" class="button button-primary">
                {t('retain.ideas.send')}
              </button>
            </form>
          </details>
          <p role="status" class="hint">
            {sent}
          </p>
          <button type="button" class="button button-secondary" onClick={() => void call(leaveAmbassadorContract).then(setData)}>
            {t('retain.ambassador.leave')}
          </button>
        </>
      )}
    </section>
  );
}
