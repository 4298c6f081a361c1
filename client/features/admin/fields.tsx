import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Language } from '../../../shared/schemas/common';
import { fromLocalInput, toLocalInput, useAdminText } from './use-admin';
import { formatDateTime } from '../../app/locale';

const LANGUAGES: Language[] = ['nl', 'en'];

/** Which languages an item is written in: Dutch and/or English, at least one. */
export function LanguagePicker({ value, onChange }: { value: Language[]; onChange: (next: Language[]) => void }) {
  const { t } = useAdminText();
  return (
    <fieldset class="admin-fieldset">
      <legend>{t('admin.languages')}</legend>
      <div class="admin-checks">
        {LANGUAGES.map((language) => (
          <label key={language} class="admin-check">
            <input
              type="checkbox"
              checked={value.includes(language)}
              disabled={value.length === 1 && value.includes(language)}
              onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked ? [...value, language].sort() : value.filter((l) => l !== language))}
            />
            {t(`admin.lang.${language}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type PublishMode = 'draft' | 'now' | 'at';

/** Draft, publish now, or schedule: null, now, or a chosen moment. */
export function PublishField({ value, onChange }: { value: string | null; onChange: (next: string | null) => void }) {
  const { t } = useAdminText();
  const [mode, setMode] = useState<PublishMode>(value === null ? 'draft' : Date.parse(value) > Date.now() ? 'at' : 'now');
  const choose = (next: PublishMode) => {
    setMode(next);
    if (next === 'draft') onChange(null);
    if (next === 'now') onChange(new Date().toISOString());
    if (next === 'at') onChange(value ?? new Date(Date.now() + 86_400_000).toISOString());
  };
  return (
    <fieldset class="admin-fieldset">
      <legend>{t('admin.publish.title')}</legend>
      <div class="admin-checks">
        {(['draft', 'now', 'at'] as const).map((m) => (
          <label key={m} class="admin-check">
            <input type="radio" name="publish-mode" checked={mode === m} onChange={() => choose(m)} />
            {t(`admin.publish.${m}`)}
          </label>
        ))}
      </div>
      {mode === 'at' && (
        <div class="field">
          <label for="publish-at">{t('admin.publish.when')}</label>
          <input id="publish-at" type="datetime-local" value={toLocalInput(value)} onInput={(e) => onChange(fromLocalInput((e.currentTarget as HTMLInputElement).value))} />
        </div>
      )}
    </fieldset>
  );
}

/** A published/scheduled/draft tag for lists. */
export function StatusTag({ publishedAt }: { publishedAt: string | null }) {
  const { t, language } = useAdminText();
  if (publishedAt === null) return <span class="tag admin-tag-draft">{t('admin.status.draft')}</span>;
  if (Date.parse(publishedAt) > Date.now()) {
    const when = formatDateTime(publishedAt, language, { dateStyle: 'medium', timeStyle: 'short' });
    return <span class="tag admin-tag-scheduled">{t('admin.status.scheduled', { when })}</span>;
  }
  return <span class="tag admin-tag-published">{t('admin.status.published')}</span>;
}

/** A labelled text input or textarea bound to a string; `error` marks it refused and says why beside it. */
export function TextField(props: { id: string; label: string; value: string; onInput: (v: string) => void; multiline?: boolean; type?: 'text' | 'url' | 'number' | 'date' | 'datetime-local'; required?: boolean; describedBy?: string; error?: string; children?: ComponentChildren }) {
  const errorId = `${props.id}-error`;
  const describedBy = [props.describedBy, props.error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  const common = {
    id: props.id,
    value: props.value,
    required: props.required,
    'aria-describedby': describedBy,
    'aria-invalid': props.error ? true : undefined,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.multiline ? <textarea rows={3} {...common} /> : <input {...common} type={(props.type ?? 'text') as 'text'} />}
      {props.error && (
        <p id={errorId} class="error-text">
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

/** The answer of a save: saving, saved, or why it was refused (already in the admin's words: useFormErrors). */
export function SaveStatus({ status }: { status: { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string } }) {
  const { t } = useAdminText();
  return (
    <p role="status" class={status.kind === 'error' ? 'error-text' : 'hint'}>
      {status.kind === 'saving' && t('admin.saving')}
      {status.kind === 'saved' && t('admin.saved')}
      {status.kind === 'error' && status.message}
    </p>
  );
}

export type SaveState = Parameters<typeof SaveStatus>[0]['status'];

/** A labelled choice from a list; `''` is the empty option when `empty` names it. */
export function SelectField(props: { id: string; label: string; value: string; options: Array<{ value: string; label: string }>; onChange: (v: string) => void; empty?: string; describedBy?: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} aria-describedby={props.describedBy} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
