import { useState } from 'preact/hooks';
import { publishCampaignContract } from '../../../shared/contracts/campaigns';
import type { AdminItem, Campaign } from '../../../shared/schemas/workspace';
import { call } from '../../app/api';
import { useFormErrors } from './form-errors';
import { useAdminText } from './use-admin';

/** A campaign's state as a tag, for the list and the editor. */
export function CampaignStateTag({ state }: { state: Campaign['state'] }) {
  const { t } = useAdminText();
  const tone = state === 'draft' ? 'admin-tag-draft' : state === 'ended' ? '' : state === 'scheduled' ? 'admin-tag-scheduled' : 'admin-tag-published';
  return <span class={`tag ${tone}`}>{t(`admin.campaign.state.${state}`)}</span>;
}

/**
 * Publishing a saved campaign: what it still lacks, in words (the server
 * finds the gaps, shared/domain/campaign-state.ts), and the button. Draft
 * trainings are published with the campaign, so they only change the
 * button's words; anything else missing makes it "publish anyway".
 */
export function CampaignPublication({ campaign, items, onChanged }: { campaign: Campaign; items: AdminItem[]; onChanged: (c: Campaign) => void }) {
  const { t, language } = useAdminText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(() => undefined);
  const titleOf = (id: string) => {
    const texts = items.find((i) => i.id === id)?.texts ?? [];
    return (texts.find((x) => x.language === language) ?? texts[0])?.title ?? '';
  };
  const blocking = campaign.gaps.filter((g) => g.code !== 'training_draft');
  const draftTrainings = campaign.gaps.some((g) => g.code === 'training_draft');
  const publish = async () => {
    setBusy(true);
    try {
      onChanged(await call(publishCampaignContract, { params: { id: campaign.id }, body: { anyway: blocking.length > 0 } }));
      setError(null);
    } catch (e) {
      setError(errors.report(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card section stack" aria-labelledby="publication-title">
      <h2 id="publication-title">
        {t('admin.campaign.publication')} <CampaignStateTag state={campaign.state} />
      </h2>
      <p>{campaign.publishedAt ? t('admin.campaign.publishedNote') : t('admin.campaign.draftNote')}</p>
      {campaign.gaps.length === 0 ? (
        <p class="hint">{t('admin.campaign.ready')}</p>
      ) : (
        <div class="stack">
          <h3>{t('admin.campaign.gaps')}</h3>
          <ul class="admin-gaps">
            {campaign.gaps.map((gap) => (
              <li key={gap.code === 'training_draft' ? gap.itemId : gap.code === 'no_teaser_in_language' ? gap.language : gap.code}>
                {gap.code === 'no_teaser_in_language' && t('admin.campaign.gap.no_teaser_in_language', { language: t(`admin.lang.${gap.language}`) })}
                {gap.code === 'training_draft' && t('admin.campaign.gap.training_draft', { title: titleOf(gap.itemId) })}
                {gap.code === 'kickoff_without_place' && t('admin.campaign.gap.kickoff_without_place')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!campaign.publishedAt && (
        <div class="admin-actions">
          <button type="button" class="button button-primary" disabled={busy} onClick={() => void publish()}>
            {blocking.length > 0 ? t('admin.campaign.publishAnyway') : draftTrainings ? t('admin.campaign.publishWithTrainings') : t('admin.campaign.publish')}
          </button>
        </div>
      )}
      <p role="status" class="error-text">
        {error}
      </p>
    </section>
  );
}
