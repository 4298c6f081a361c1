import { useState } from 'preact/hooks';
import { signUpSettingsContract, updateSignUpSettingsContract } from '../../../shared/contracts/settings';
import type { SignUpSettings } from '../../../shared/schemas/sign-up';
import { call } from '../../app/api';
import { SaveStatus, TextField, type SaveState } from './fields';
import { useFormErrors } from './form-errors';
import { useAdminData, useAdminText } from './use-admin';

/** Who may join without being imported: the organisation's e-mail domains, and the language they start in. Changes are audited. */
export function SignUpScreen(_: { id: string | null }) {
  const { t } = useAdminText();
  const { state } = useAdminData(signUpSettingsContract);
  if (state.status === 'loading') return <p>{t('admin.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{t('admin.error', { message: state.message })}</p>;
  return <SignUpForm initial={state.data} />;
}

function SignUpForm({ initial }: { initial: SignUpSettings }) {
  const errors = useFormErrors((path) => (path.startsWith('domains') ? 'sign-up-domains' : undefined));
  const { t } = useAdminText();
  const [domains, setDomains] = useState(initial.domains.join('\n'));
  const [defaultLanguage, setDefaultLanguage] = useState(initial.defaultLanguage);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const saved = await call(updateSignUpSettingsContract, { body: { domains: domains.split(/[\s,]+/).filter(Boolean), defaultLanguage } });
      setDomains(saved.domains.join('\n'));
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <form class="card section stack" onSubmit={save} aria-labelledby="sign-up-title" noValidate>
      <h2 id="sign-up-title">{t('admin.signUp.title')}</h2>
      <p class="hint">{t('admin.signUp.intro')}</p>
      <TextField id="sign-up-domains" multiline label={t('admin.signUp.domains')} value={domains} onInput={setDomains} error={errors.errorOf('sign-up-domains')} />
      <div class="field">
        <label for="sign-up-language">{t('admin.signUp.language')}</label>
        <select id="sign-up-language" onChange={(e) => setDefaultLanguage((e.currentTarget as HTMLSelectElement).value === 'en' ? 'en' : 'nl')}>
          {(['nl', 'en'] as const).map((language) => (
            <option key={language} value={language} selected={defaultLanguage === language}>
              {t(`admin.lang.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
        {t('admin.save')}
      </button>
      <SaveStatus status={status} />
    </form>
  );
}
