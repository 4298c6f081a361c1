import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createItemContract, replaceItemContract } from '../../../shared/contracts/authoring';
import type { AdminItem } from '../../../shared/schemas/workspace';
import type { Language } from '../../../shared/schemas/common';
import type { LearningKind, MicroContent } from '../../../shared/schemas/learning';
import type { Role } from '../../../shared/schemas/people';
import { call } from '../../app/api';
import { LanguagePicker, PublishField, SaveStatus, TextField, type SaveState } from './fields';
import { MicroCardsEditor, starterCards } from './MicroCardsEditor';
import { SessionsPanel } from './SessionsPanel';
import { useAdminText } from './use-admin';
import { noteSaved, takeSavedNote } from './save-notice';
import { useUnsavedGuard } from './use-unsaved-guard';
import { attachToCampaignContract } from '../../../shared/contracts/campaigns';
import { cardFieldOf, textFieldOf, useFormErrors } from './form-errors';

const ITEM_FIELDS: Record<string, string> = { durationMinutes: 'duration', 'macro.url': 'macro-url', 'macro.parts': 'macro-parts', macro: 'macro-url' };

type Text = { language: Language; title: string; summary: string; micro: MicroContent | null };
const ROLES: Role[] = ['employee', 'manager', 'admin'];

/**
 * One training of any kind: titles and summaries per language, the cards of
 * a micro-training, the link and parts of a macro-training, the sessions of
 * a classroom training; who it is for and when it goes out.
 */
export function ItemEditor({ item, kind, onChanged }: { item: AdminItem | null; kind: LearningKind; onChanged?: (item: AdminItem) => void }) {
  const { t, language: uiLanguage } = useAdminText();
  const { route, query } = useLocation();
  // Made in place from a campaign: saved, it joins the campaign and the editor returns there.
  const campaignId = query.campaign ?? null;
  const blank = (language: Language): Text => ({ language, title: '', summary: '', micro: kind === 'micro' ? { cards: starterCards() } : null });
  const [texts, setTexts] = useState<Text[]>(item?.texts ?? [blank(uiLanguage)]);
  const [duration, setDuration] = useState(String(item?.durationMinutes ?? (kind === 'micro' ? 3 : 60)));
  const [competencies, setCompetencies] = useState((item?.competencies ?? []).join(', '));
  const [roles, setRoles] = useState<Role[]>(item?.targetRoles ?? []);
  const [macroUrl, setMacroUrl] = useState(item?.macro?.url ?? '');
  const [macroParts, setMacroParts] = useState(String(item?.macro?.parts ?? 1));
  const [publishedAt, setPublishedAt] = useState<string | null>(item?.publishedAt ?? null);
  // A first save moves to the new address: the editor mounted there says "Saved".
  const [status, setStatus] = useState<SaveState>(() => (item && takeSavedNote(`/admin/items/${item.id}`) ? { kind: 'saved' } : { kind: 'idle' }));
  const errors = useFormErrors((path) => ITEM_FIELDS[path] ?? textFieldOf(path, texts, { title: 'title', summary: 'summary' }) ?? cardFieldOf(path, texts));

  const update = (language: Language, patch: Partial<Text>) => setTexts(texts.map((x) => (x.language === language ? { ...x, ...patch } : x)));

  const body = {
    kind,
    durationMinutes: Number(duration),
    competencies: competencies.split(',').map((c) => c.trim()).filter(Boolean),
    targetRoles: roles,
    targetDepartmentIds: item?.targetDepartmentIds ?? [],
    texts: texts.map((x) => ({ language: x.language, title: x.title, summary: x.summary, ...(kind === 'micro' && { micro: x.micro }) })),
    macro: kind === 'macro' ? { url: macroUrl, parts: Number(macroParts) } : null,
    publishedAt,
  };
  // What was last saved (or loaded), to tell unsaved changes.
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(body));
  useUnsavedGuard(JSON.stringify(body) !== savedBody, t('admin.unsaved'));

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const saved = item ? await call(replaceItemContract, { params: { id: item.id }, body }) : await call(createItemContract, { body });
      setStatus({ kind: 'saved' });
      errors.clear();
      setSavedBody(JSON.stringify(body));
      if (item) onChanged?.(saved);
      else {
        const home = campaignId ? `/admin/campaigns/${campaignId}` : `/admin/items/${saved.id}`;
        if (campaignId) await call(attachToCampaignContract, { params: { id: campaignId }, body: { itemIds: [saved.id] } });
        noteSaved(home);
        route(home, !campaignId);
      }
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <div class="stack">
      <form class="card section stack" onSubmit={save} aria-labelledby="item-editor-title">
        {campaignId ? <a href={`/admin/campaigns/${campaignId}`}>{t('admin.backToCampaign')}</a> : <a href="/admin/items">{t('admin.back')}</a>}
        {campaignId && <p class="hint">{t('admin.forCampaign')}</p>}
        <h2 id="item-editor-title">
          {t(item ? 'admin.item.edit' : 'admin.item.new')} · {t(`admin.item.kind.${kind}`)}
        </h2>
        <LanguagePicker value={texts.map((x) => x.language)} onChange={(languages) => setTexts(languages.map((l) => texts.find((x) => x.language === l) ?? blank(l)))} />
        {texts.map((text) => {
          const lang = t(`admin.lang.${text.language}`);
          return (
            <div key={text.language} class="stack admin-language-block" lang={text.language}>
              <TextField id={`title-${text.language}`} error={errors.errorOf(`title-${text.language}`)} label={t('admin.item.title', { language: lang })} value={text.title} required onInput={(title) => update(text.language, { title })} />
              <TextField id={`summary-${text.language}`} error={errors.errorOf(`summary-${text.language}`)} label={t('admin.item.summary', { language: lang })} value={text.summary} multiline required onInput={(summary) => update(text.language, { summary })} />
              {kind === 'micro' && text.micro && (
                <MicroCardsEditor language={text.language} cards={text.micro.cards} errorOf={errors.errorOf} onChange={(cards) => update(text.language, { micro: { cards } })} />
              )}
            </div>
          );
        })}
        {kind === 'macro' && (
          <div class="admin-grid">
            <TextField id="macro-url" error={errors.errorOf("macro-url")} type="url" label={t('admin.item.macroUrl')} value={macroUrl} required onInput={setMacroUrl} />
            <TextField id="macro-parts" error={errors.errorOf("macro-parts")} type="number" label={t('admin.item.macroParts')} value={macroParts} required onInput={setMacroParts} />
          </div>
        )}
        <div class="admin-grid">
          <TextField id="duration" error={errors.errorOf("duration")} type="number" label={t('admin.item.duration')} value={duration} required onInput={setDuration} />
          <TextField id="competencies" label={t('admin.item.competencies')} value={competencies} onInput={setCompetencies} />
        </div>
        <fieldset class="admin-fieldset">
          <legend>{t('admin.item.roles')}</legend>
          <div class="admin-checks">
            {ROLES.map((role) => (
              <label key={role} class="admin-check">
                <input type="checkbox" checked={roles.includes(role)} onChange={(e) => setRoles((e.currentTarget as HTMLInputElement).checked ? [...roles, role] : roles.filter((r) => r !== role))} />
                {t(`admin.role.${role}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <PublishField value={publishedAt} onChange={setPublishedAt} />
        <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
          {t('admin.save')}
        </button>
        <SaveStatus status={status} />
      </form>
      {kind === 'classroom' && (item ? <SessionsPanel item={item} onChanged={(next) => onChanged?.(next)} /> : <p class="hint">{t('admin.sessions.saveFirst')}</p>)}
    </div>
  );
}
