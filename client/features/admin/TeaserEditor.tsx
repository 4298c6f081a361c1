import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createTeaserContract, deleteTeaserContract, updateTeaserContract } from '../../../shared/contracts/authoring';
import type { AdminItem, AdminTeaser } from '../../../shared/schemas/workspace';
import type { TargetGroups } from '../../../shared/schemas/audience';
import type { Language } from '../../../shared/schemas/common';
import { HOOK_MAX_LENGTH } from '../../../shared/schemas/teasers';
import { call } from '../../app/api';
import { LanguagePicker, PublishField, SaveStatus, TextField, type SaveState } from './fields';
import { TargetGroupsFields } from './TargetGroupsFields';
import { useAdminText } from './use-admin';
import { noteSaved, takeSavedNote } from './save-notice';
import { useUnsavedGuard } from './use-unsaved-guard';
import { attachToCampaignContract } from '../../../shared/contracts/campaigns';
import { textFieldOf, useFormErrors } from './form-errors';

type Text = { language: Language; hook: string; callToAction: string };

/**
 * Writes one teaser: a hook per language with a live counter (at most 140
 * characters, as the server insists), the button text, the training it
 * opens and when it goes out; previewed as the phone card and as a push.
 */
export function TeaserEditor({ teaser, items }: { teaser: AdminTeaser | null; items: AdminItem[] }) {
  const { t, language: uiLanguage } = useAdminText();
  const { route, query } = useLocation();
  // Made in place from a campaign: saved, it joins the campaign and the editor returns there.
  const campaignId = query.campaign ?? null;
  const inCampaign = Boolean(teaser?.campaignId ?? campaignId);
  const [texts, setTexts] = useState<Text[]>(teaser?.texts ?? [{ language: uiLanguage, hook: '', callToAction: '' }]);
  const [itemId, setItemId] = useState<string | null>(teaser?.itemId ?? null);
  const [publishedAt, setPublishedAt] = useState<string | null>(teaser?.publishedAt ?? null);
  const [target, setTarget] = useState<TargetGroups>(teaser?.target ?? { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] });
  // A first save moves to the new address: the editor mounted there says "Saved".
  const [status, setStatus] = useState<SaveState>(() => (teaser && takeSavedNote(`/admin/teasers/${teaser.id}`) ? { kind: 'saved' } : { kind: 'idle' }));
  const errors = useFormErrors((path) => textFieldOf(path, texts, { hook: 'hook', callToAction: 'cta' }));

  const setLanguages = (languages: Language[]) =>
    setTexts(languages.map((language) => texts.find((x) => x.language === language) ?? { language, hook: '', callToAction: '' }));
  const update = (language: Language, patch: Partial<Text>) => setTexts(texts.map((x) => (x.language === language ? { ...x, ...patch } : x)));

  const body = { texts, itemId, publishedAt, target };
  // What was last saved (or loaded), to tell unsaved changes.
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(body));
  useUnsavedGuard(JSON.stringify(body) !== savedBody, t('admin.unsaved'));

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const saved = teaser ? await call(updateTeaserContract, { params: { id: teaser.id }, body }) : await call(createTeaserContract, { body });
      setStatus({ kind: 'saved' });
      errors.clear();
      setPublishedAt(saved.publishedAt);
      setSavedBody(JSON.stringify({ ...body, publishedAt: saved.publishedAt }));
      if (!teaser) {
        const home = campaignId ? `/admin/campaigns/${campaignId}` : `/admin/teasers/${saved.id}`;
        if (campaignId) await call(attachToCampaignContract, { params: { id: campaignId }, body: { teaserIds: [saved.id] } });
        noteSaved(home);
        route(home, !campaignId);
      }
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  async function remove() {
    if (!teaser) return;
    try {
      await call(deleteTeaserContract, { params: { id: teaser.id } });
      route('/admin/teasers');
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  const previewText = texts.find((x) => x.language === uiLanguage) ?? texts[0];
  const item = items.find((i) => i.id === itemId);
  return (
    <div class="admin-editor">
      <form class="card section stack" onSubmit={save} aria-labelledby="teaser-editor-title">
        {campaignId ? <a href={`/admin/campaigns/${campaignId}`}>{t('admin.backToCampaign')}</a> : <a href="/admin/teasers">{t('admin.back')}</a>}
        {campaignId && <p class="hint">{t('admin.forCampaign')}</p>}
        <h2 id="teaser-editor-title">{t(teaser ? 'admin.teaser.edit' : 'admin.teaser.new')}</h2>
        {teaser?.campaignId && <p class="notice">{t('admin.teaser.campaign')}</p>}
        <LanguagePicker value={texts.map((x) => x.language)} onChange={setLanguages} />
        {texts.map((text) => {
          const over = text.hook.length - HOOK_MAX_LENGTH;
          const lang = t(`admin.lang.${text.language}`);
          return (
            <div key={text.language} class="stack" lang={text.language}>
              <TextField id={`hook-${text.language}`} error={errors.errorOf(`hook-${text.language}`)} label={t('admin.teaser.hook', { language: lang })} value={text.hook} multiline required describedBy={`hook-${text.language}-count`} onInput={(hook) => update(text.language, { hook })}>
                <p id={`hook-${text.language}-count`} class={over > 0 ? 'error-text' : 'hint'} aria-live="polite">
                  {over > 0 ? t('admin.teaser.over', { count: over }) : t('admin.teaser.counter', { count: text.hook.length, max: HOOK_MAX_LENGTH })}
                </p>
              </TextField>
              <TextField id={`cta-${text.language}`} error={errors.errorOf(`cta-${text.language}`)} label={t('admin.teaser.cta', { language: lang })} value={text.callToAction} required onInput={(callToAction) => update(text.language, { callToAction })} />
            </div>
          );
        })}
        <div class="field">
          <label for="teaser-item">{t('admin.teaser.item')}</label>
          <select id="teaser-item" onChange={(e) => setItemId((e.currentTarget as HTMLSelectElement).value || null)}>
            <option value="" selected={itemId === null}>
              {t('admin.teaser.noItem')}
            </option>
            {items.map((i) => (
              <option key={i.id} value={i.id} selected={i.id === itemId}>
                {(i.texts.find((x) => x.language === uiLanguage) ?? i.texts[0])?.title} · {t(`admin.item.kind.${i.kind}`)}
              </option>
            ))}
          </select>
        </div>
        {/* In a campaign, the campaign's target groups decide who sees it; outside one, its own. */}
        {item && item.publishedAt === null && (inCampaign || publishedAt !== null) && (
          <p class="admin-warning" role="note">
            {t(inCampaign ? 'admin.teaser.draftTrainingCampaign' : 'admin.teaser.draftTraining', { title: (item.texts.find((x) => x.language === uiLanguage) ?? item.texts[0])?.title ?? '' })}
          </p>
        )}
        {/* In a campaign, the campaign's target groups and publication decide; outside one, its own. */}
        {inCampaign ? (
          <p class="hint">{t('admin.teaser.campaignTarget')}</p>
        ) : (
          <>
            <TargetGroupsFields value={target} onChange={setTarget} />
            <PublishField value={publishedAt} onChange={setPublishedAt} />
          </>
        )}
        <div class="admin-actions">
          <button type="submit" class="button button-primary" disabled={status.kind === 'saving' || texts.some((x) => x.hook.length > HOOK_MAX_LENGTH)}>
            {t('admin.save')}
          </button>
          {teaser && (
            <button type="button" class="button button-danger" onClick={() => void remove()}>
              {t('admin.delete')}
            </button>
          )}
        </div>
        <SaveStatus status={status} />
      </form>
      <aside class="admin-previews stack" aria-label={t('admin.preview.card')}>
        <h3>{t('admin.preview.card')}</h3>
        <div class="admin-phone">
          <div class="card teaser" lang={previewText?.language}>
            {item && <span class="eyebrow">{t(`admin.item.kind.${item.kind}`)}</span>}
            <p class="teaser-hook">{previewText?.hook || '…'}</p>
            <span class="teaser-cta">{previewText?.callToAction || '…'}</span>
          </div>
        </div>
        <h3>{t('admin.preview.push')}</h3>
        <div class="admin-push" lang={previewText?.language}>
          <span class="admin-push-app">{t('admin.preview.pushApp')}</span>
          <strong class="admin-push-title">{previewText?.hook || '…'}</strong>
          <span class="admin-push-body">{previewText?.callToAction}</span>
        </div>
      </aside>
    </div>
  );
}
