import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listItemsContract, listTeasersContract } from '../../../shared/contracts/authoring';
import { createCampaignContract, replaceCampaignContract } from '../../../shared/contracts/campaigns';
import type { Campaign } from '../../../shared/schemas/workspace';
import type { Language } from '../../../shared/schemas/common';
import { call } from '../../app/api';
import { LanguagePicker, SaveStatus, TextField, type SaveState } from './fields';
import { PostersPanel } from './PostersPanel';
import { ChannelMixPanel } from './target-groups/ChannelMixPanel';
import { Checks, TargetGroupsFields } from './TargetGroupsFields';
import { CampaignPublication } from './CampaignPublication';
import { fromZonedInput, toZonedInput, useAdminData, useAdminText } from './use-admin';
import { ORGANISATION_TIME_ZONE } from '../../../shared/domain/organisation';
import { defaultCampaignDates } from '../../../shared/domain/campaign-state';
import { noteSaved, takeSavedNote } from './save-notice';
import { useUnsavedGuard } from './use-unsaved-guard';
import { textFieldOf, useFormErrors } from './form-errors';
import { PlannerPanel } from '../insights/PlannerPanel';
import { CampaignTemplates } from '../insights/CampaignTemplates';

const CAMPAIGN_FIELDS: Record<string, string> = {
  name: 'campaign-name',
  startsOn: 'campaign-starts',
  endsOn: 'campaign-ends',
  kickoffAt: 'kickoff-at',
  kickoffPlace: 'kickoff-place',
  kickoffUrl: 'kickoff-url',
};
const campaignFieldOf = (path: string, texts: ReadonlyArray<{ language: string }>) =>
  CAMPAIGN_FIELDS[path] ?? textFieldOf(path, texts, { headline: 'headline', why: 'why', forYou: 'foryou', expect: 'expect' });

type CampaignText = Campaign['texts'][number];
type CampaignTarget = Campaign['target'];

/**
 * A campaign through its phases: name and dates, the kick-off page's words
 * per language, target groups, the trainings it promotes, the teasers that
 * are revealed at the kick-off moment; then posters per placement and the
 * figures per poster.
 */
export function CampaignEditor({ campaign, onChanged }: { campaign: Campaign | null; onChanged?: (c: Campaign) => void }) {
  const { t, language: uiLanguage } = useAdminText();
  const { route } = useLocation();
  const blank = (language: Language): CampaignText => ({ language, headline: '', why: '', forYou: '', expect: '' });
  const [name, setName] = useState(campaign?.name ?? '');
  const zone = campaign?.timeZone ?? ORGANISATION_TIME_ZONE;
  const [startsOn, setStartsOn] = useState(() => campaign?.startsOn ?? defaultCampaignDates(new Date(), zone).startsOn);
  const [endsOn, setEndsOn] = useState(() => campaign?.endsOn ?? defaultCampaignDates(new Date(), zone).endsOn);
  const [texts, setTexts] = useState<CampaignText[]>(campaign?.texts ?? [blank(uiLanguage)]);
  const [target, setTarget] = useState<CampaignTarget>(campaign?.target ?? { departmentIds: [], teamIds: [], roles: [], locations: [], languages: [], groupIds: [] });
  const [locations, setLocations] = useState((campaign?.target.locations ?? []).join(', '));
  const [kickoffAt, setKickoffAt] = useState(toZonedInput(campaign?.kickoffAt ?? null, zone));
  const [kickoffPlace, setKickoffPlace] = useState(campaign?.kickoffPlace ?? '');
  const [kickoffUrl, setKickoffUrl] = useState(campaign?.kickoffUrl ?? '');
  const [itemIds, setItemIds] = useState(campaign?.itemIds ?? []);
  const [tryItemIds, setTryItemIds] = useState(campaign?.tryItemIds ?? []);
  const [teaserIds, setTeaserIds] = useState(campaign?.teaserIds ?? []);
  // A first save moves to the new address: the editor mounted there says "Saved".
  const [status, setStatus] = useState<SaveState>(() => (campaign && takeSavedNote(`/admin/campaigns/${campaign.id}`) ? { kind: 'saved' } : { kind: 'idle' }));
  const errors = useFormErrors((path) => campaignFieldOf(path, texts));
  const items = useAdminData(listItemsContract);
  const teasers = useAdminData(listTeasersContract);

  const update = (language: Language, patch: Partial<CampaignText>) => setTexts(texts.map((x) => (x.language === language ? { ...x, ...patch } : x)));
  const pick = <T extends { language: Language }>(list: T[]) => list.find((x) => x.language === uiLanguage) ?? list[0];

  const body = {
    name,
    startsOn,
    endsOn,
    texts,
    target: { ...target, locations: locations.split(',').map((l) => l.trim()).filter(Boolean) },
    kickoffAt: fromZonedInput(kickoffAt, zone),
    kickoffPlace: kickoffPlace.trim() || null,
    kickoffUrl: kickoffUrl.trim() || null,
    itemIds,
    // Only a training the campaign still promotes can stay open to try.
    tryItemIds: tryItemIds.filter((id) => itemIds.includes(id)),
    teaserIds,
  };
  // What was last saved (or loaded), to tell unsaved changes.
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(body));
  useUnsavedGuard(JSON.stringify(body) !== savedBody, t('admin.unsaved'));

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const saved = campaign ? await call(replaceCampaignContract, { params: { id: campaign.id }, body }) : await call(createCampaignContract, { body });
      setStatus({ kind: 'saved' });
      errors.clear();
      setSavedBody(JSON.stringify(body));
      if (campaign) onChanged?.(saved);
      else {
        noteSaved(`/admin/campaigns/${saved.id}`);
        route(`/admin/campaigns/${saved.id}`, true);
      }
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <div class="stack">
      {campaign && <PlannerPanel campaignId={campaign.id} version={Date.parse(campaign.updatedAt)} />}
      {!campaign && (
        <CampaignTemplates
          onPick={(template) => {
            setName(template.name);
            setStartsOn(template.startsOn);
            setEndsOn(template.endsOn);
            setTexts(template.texts);
          }}
        />
      )}
      <form class="card section stack" onSubmit={save} aria-labelledby="campaign-editor-title">
        <a href="/admin/campaigns">{t('admin.back')}</a>
        <h2 id="campaign-editor-title">{t(campaign ? 'admin.campaign.edit' : 'admin.campaign.new')}</h2>
        <TextField id="campaign-name" error={errors.errorOf("campaign-name")} label={t('admin.campaign.name')} value={name} required onInput={setName} />
        <div class="admin-grid">
          <TextField id="campaign-starts" error={errors.errorOf("campaign-starts")} type="date" label={t('admin.campaign.starts')} value={startsOn} required onInput={setStartsOn} />
          <TextField id="campaign-ends" error={errors.errorOf("campaign-ends")} type="date" label={t('admin.campaign.ends')} value={endsOn} required onInput={setEndsOn} />
        </div>
        <LanguagePicker value={texts.map((x) => x.language)} onChange={(languages) => setTexts(languages.map((l) => texts.find((x) => x.language === l) ?? blank(l)))} />
        <div id="campaign-texts" class="stack">
        {texts.map((text) => {
          const lang = t(`admin.lang.${text.language}`);
          return (
            <div key={text.language} class="stack admin-language-block" lang={text.language}>
              <TextField id={`headline-${text.language}`} error={errors.errorOf(`headline-${text.language}`)} label={t('admin.campaign.headline', { language: lang })} value={text.headline} required onInput={(headline) => update(text.language, { headline })} />
              <TextField id={`why-${text.language}`} error={errors.errorOf(`why-${text.language}`)} label={t('admin.campaign.why', { language: lang })} value={text.why} multiline onInput={(why) => update(text.language, { why })} />
              <TextField id={`foryou-${text.language}`} error={errors.errorOf(`foryou-${text.language}`)} label={t('admin.campaign.forYou', { language: lang })} value={text.forYou} multiline onInput={(forYou) => update(text.language, { forYou })} />
              <TextField id={`expect-${text.language}`} error={errors.errorOf(`expect-${text.language}`)} label={t('admin.campaign.expect', { language: lang })} value={text.expect} multiline onInput={(expect) => update(text.language, { expect })} />
            </div>
          );
        })}
        </div>
        <fieldset class="admin-fieldset" id="kickoff">
          <legend>{t('admin.campaign.kickoff')}</legend>
          <div class="admin-grid">
            <TextField id="kickoff-at" error={errors.errorOf("kickoff-at")} type="datetime-local" label={t('admin.campaign.kickoffAtZone', { zone })} value={kickoffAt} onInput={setKickoffAt} />
            <TextField id="kickoff-place" error={errors.errorOf("kickoff-place")} label={t('admin.campaign.kickoffPlace')} value={kickoffPlace} onInput={setKickoffPlace} />
            <TextField id="kickoff-url" error={errors.errorOf("kickoff-url")} type="url" label={t('admin.campaign.kickoffUrl')} value={kickoffUrl} onInput={setKickoffUrl} />
          </div>
        </fieldset>
        <div id="target-groups">
          <TargetGroupsFields value={target} onChange={(next) => setTarget({ ...target, ...next })} />
        </div>
        <TextField id="campaign-locations" label={t('admin.campaign.locations')} value={locations} onInput={setLocations} />
        <Checks
          legend={t('admin.campaign.items')}
          options={(items.state.status === 'ready' ? items.state.data.items : []).map((i) => ({ id: i.id, label: `${pick(i.texts)?.title ?? ''} · ${t(`admin.item.kind.${i.kind}`)}` }))}
          value={itemIds}
          onChange={setItemIds}
        />
        {campaign && (
          <div class="admin-actions">
            <a class="button button-secondary" href={`/admin/items/new-micro?campaign=${campaign.id}`}>
              {t('admin.campaign.newTrainingHere')}
            </a>
          </div>
        )}
        <Checks
          legend={t('admin.campaign.tryItems')}
          options={(items.state.status === 'ready' ? items.state.data.items : [])
            .filter((i) => i.kind === 'micro' && itemIds.includes(i.id))
            .map((i) => ({ id: i.id, label: pick(i.texts)?.title ?? '' }))}
          value={tryItemIds}
          onChange={setTryItemIds}
        />
        <Checks
          legend={t('admin.campaign.teasers')}
          options={(teasers.state.status === 'ready' ? teasers.state.data.teasers : []).map((x) => ({ id: x.id, label: pick(x.texts)?.hook ?? '' }))}
          value={teaserIds}
          onChange={setTeaserIds}
        />
        {campaign && (
          <div class="admin-actions">
            <a class="button button-secondary" href={`/admin/teasers/new?campaign=${campaign.id}`}>
              {t('admin.campaign.newTeaserHere')}
            </a>
          </div>
        )}
        <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
          {t('admin.save')}
        </button>
        <SaveStatus status={status} />
      </form>
      {campaign ? (
        <CampaignPublication campaign={campaign} items={items.state.status === 'ready' ? items.state.data.items : []} onChanged={(c) => onChanged?.(c)} />
      ) : (
        <p class="hint">{t('admin.campaign.saveToPublish')}</p>
      )}
      <div id="posters">
        {campaign ? <PostersPanel campaign={campaign} onChanged={(c) => onChanged?.(c)} /> : <p class="hint">{t('admin.posters.saveFirst')}</p>}
      </div>
      {campaign && <ChannelMixPanel campaignId={campaign.id} />}
    </div>
  );
}
