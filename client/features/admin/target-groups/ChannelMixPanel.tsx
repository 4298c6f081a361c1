import { useState } from 'preact/hooks';
import { addChannelContract, channelMixContract, removeChannelContract } from '../../../../shared/contracts/channels';
import type { ChannelKind, ChannelMix } from '../../../../shared/schemas/channels';
import { call } from '../../../app/api';
import { useFeatureText } from '../../../app/i18n';
import { SaveStatus, SelectField, type SaveState } from '../fields';
import { useFormErrors } from '../form-errors';
import { useAdminData } from '../use-admin';
import { CHANNEL_ORDER, targetGroupsText } from './target-groups-text';
import { ScrollRegion } from '../../../ui/ScrollRegion';

type Audience = ChannelMix['audiences'][number];

/**
 * A campaign's channel mix: per target group (and the campaign's whole
 * audience) the suggested channels with why, the chosen ones with their
 * links and material, and beside each its measured reach and sign-ups.
 */
export function ChannelMixPanel({ campaignId }: { campaignId: string }) {
  const { t } = useFeatureText(targetGroupsText);
  const { state, setData } = useAdminData(channelMixContract, { params: { id: campaignId } });
  if (state.status === 'loading') return <p>{t('tg.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{t('tg.error', { message: state.message })}</p>;
  const mix = state.data;
  return (
    <section class="card section stack" aria-labelledby="channels-title">
      <h2 id="channels-title">{t('ch.title')}</h2>
      <p class="hint">{t('ch.intro')}</p>
      <p class="hint">{t('ch.postersFigures', { reach: mix.posters.reach, signUps: mix.posters.signUps })}</p>
      {mix.audiences.map((audience) => (
        <AudienceChannels key={audience.groupId ?? 'all'} campaignId={campaignId} audience={audience} onChanged={setData} />
      ))}
    </section>
  );
}

function AudienceChannels({ campaignId, audience, onChanged }: { campaignId: string; audience: Audience; onChanged: (mix: ChannelMix) => void }) {
  const { t } = useFeatureText(targetGroupsText);
  const free = CHANNEL_ORDER.filter((k) => !audience.channels.some((c) => c.channel === k));
  const [pick, setPick] = useState<ChannelKind | ''>('');
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const errors = useFormErrors(() => undefined);
  const slug = audience.groupId ?? 'all';
  const titleId = `channels-${slug}`;
  const chosen = pick || free[0];

  async function add(event: SubmitEvent) {
    event.preventDefault();
    if (!chosen) return;
    setStatus({ kind: 'saving' });
    try {
      onChanged(await call(addChannelContract, { params: { id: campaignId }, body: { groupId: audience.groupId, channel: chosen } }));
      setPick('');
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  async function remove(id: string) {
    try {
      onChanged(await call(removeChannelContract, { params: { id } }));
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <section class="admin-fieldset stack" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {audience.groupId === null ? t('ch.everyone') : audience.name}
        <span class="hint"> · {audience.count === null ? t('tg.countHidden') : t('tg.count', { count: audience.count })}</span>
      </h3>
      <p>
        <strong>{t('ch.suggested')}:</strong>{' '}
        {audience.suggestions.map((s, i) => (
          <span key={s.channel}>
            {i > 0 && ', '}
            {t(`ch.channel.${s.channel}`)} <span class="hint">({s.reasons.map((r) => t(`ch.reason.${r}`)).join('; ')})</span>
          </span>
        ))}
      </p>
      {audience.channels.length === 0 ? (
        <p class="hint">{t('ch.noneChosen')}</p>
      ) : (
        <ScrollRegion labelledBy={titleId}>
          <table class="admin-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('ch.pick')}</th>
                <th scope="col">{t('ch.reach')}</th>
                <th scope="col">{t('ch.signUps')}</th>
              </tr>
            </thead>
            <tbody>
              {audience.channels.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <div class="channel-cell">
                      <span>{t(`ch.channel.${c.channel}`)}</span>
                      <a href={`/k/${c.code}`}>{c.url.replace(/^https?:\/\//, '')}</a>
                      {c.channel === 'team_meeting' && (
                        <span class="admin-actions">
                          <a class="button button-secondary" href={`/api/admin/channels/${c.id}/handout?size=slide`} target="_blank" rel="noopener">
                            {t('ch.slide')}
                          </a>
                          <a class="button button-secondary" href={`/api/admin/channels/${c.id}/handout?size=a4`} target="_blank" rel="noopener">
                            {t('ch.handout')}
                          </a>
                        </span>
                      )}
                      {c.embedHtml && (
                        <span class="field">
                          <label for={`embed-${c.id}`}>{t('ch.embed')}</label>
                          <textarea id={`embed-${c.id}`} readOnly rows={3} value={c.embedHtml} />
                        </span>
                      )}
                      {(c.channel === 'email' || c.channel === 'push' || c.channel === 'in_app') && <span class="hint">{t('ch.journeys')}</span>}
                      <button type="button" class="button button-secondary" onClick={() => remove(c.id)}>
                        {t('ch.remove', { channel: t(`ch.channel.${c.channel}`) })}
                      </button>
                    </div>
                  </th>
                  <td>{c.figures.reach}</td>
                  <td>{c.figures.signUps}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {audience.suggestions.some((s) => s.channel === 'posters') && <p class="hint">{t('ch.postersHere')}</p>}
      {free.length > 0 && (
        <form class="admin-inline-form" onSubmit={add}>
          <SelectField id={`channel-pick-${slug}`} label={t('ch.pick')} value={chosen ?? ''} options={free.map((k) => ({ value: k, label: t(`ch.channel.${k}`) }))} onChange={(v) => setPick(v as ChannelKind)} />
          <button type="submit" class="button button-primary">
            {t('ch.add')}
          </button>
        </form>
      )}
      <SaveStatus status={status} />
    </section>
  );
}
