import type { ComponentChildren } from 'preact';
import { useI18n } from '../../app/i18n';
import type { Loaded } from '../../ui/use-api-data';

/** A labelled form control: `children` is the input, whose id must be `id`. */
export function Field({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}

/** A labelled select of `options`. */
export function SelectField(props: { id: string; label: string; name: string; options: readonly { value: string; label: string }[]; required?: boolean }) {
  return (
    <Field id={props.id} label={props.label}>
      <select id={props.id} name={props.name} required={props.required}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** "Something went wrong" under a form, announced when it appears. */
export function ErrorLine({ show }: { show: boolean }) {
  const { t } = useI18n();
  return show ? (
    <p class="error-text" role="alert">
      {t('common.error')}
    </p>
  ) : null;
}

/** While loading, a hint; after a failure, the error with a retry button; nothing once ready. */
export function LoadStatus({ state, onRetry }: { state: Loaded<unknown>; onRetry: () => void }) {
  const { t } = useI18n();
  if (state.status === 'loading') return <p class="hint">{t('common.loading')}</p>;
  if (state.status === 'ready') return null;
  return (
    <div class="notice" role="alert">
      <p>{t('common.error')}</p>
      <button type="button" class="button button-secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
