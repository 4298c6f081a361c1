import { useState } from 'preact/hooks';
import { requestMagicLinkContract } from '../../../shared/contracts/auth';
import { emailSchema } from '../../../shared/schemas/common';
import { shortCodeSchema } from '../../../shared/schemas/short-code';
import { ApiError, call } from '../../app/api';
import { PublicShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { MailIcon } from '../../ui/screen-icons';
import { signinText } from './signin-text';

type Step = { name: 'ask' } | { name: 'sending' } | { name: 'sent'; email: string };

/** Passwordless sign-in: ask for a magic link by e-mail. */
export function SignInPage() {
  const { t, language } = useFeatureText(signinText);
  const [step, setStep] = useState<Step>({ name: 'ask' });
  const [error, setError] = useState<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const raw = new FormData(event.currentTarget as HTMLFormElement).get('email');
    const email = emailSchema.safeParse(raw);
    if (!email.success) return setError(t('signin.invalidEmail'));
    setError(null);
    setStep({ name: 'sending' });
    try {
      // Came through a poster's kick-off page: its code rides along in the link, for first-touch attribution.
      const via = shortCodeSchema.safeParse(new URLSearchParams(location.search).get('via'));
      await call(requestMagicLinkContract, { body: { email: email.data, language, ...(via.success && { via: via.data }) } });
      setStep({ name: 'sent', email: email.data });
    } catch (e) {
      setStep({ name: 'ask' });
      setError(e instanceof ApiError && e.status === 429 ? t('signin.rateLimited') : t('common.error'));
    }
  }

  return (
    <PublicShell>
      <div class="centered-page">
        {step.name === 'sent' ? (
          <section class="card stack" aria-live="polite">
            <MailIcon size={40} />
            <h1>{t('signin.sent.title')}</h1>
            <p>{t('signin.sent.body', { email: step.email })}</p>
            <button type="button" class="button button-secondary" onClick={() => setStep({ name: 'ask' })}>
              {t('signin.sent.again')}
            </button>
          </section>
        ) : (
          <section class="stack">
            <h1>{t('signin.title')}</h1>
            <p>{t('signin.intro')}</p>
            <form onSubmit={submit} noValidate>
              <div class="field">
                <label for="email">{t('signin.email')}</label>
                <input
                  id="email"
                  name="email"
                  type="email"
                  autocomplete="email"
                  inputMode="email"
                  required
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? 'email-error' : undefined}
                />
                {error && (
                  <p id="email-error" class="error-text" role="alert">
                    {error}
                  </p>
                )}
              </div>
              <button type="submit" class="button button-primary button-block" disabled={step.name === 'sending'}>
                {step.name === 'sending' ? t('signin.sending') : t('signin.submit')}
              </button>
            </form>
            <p class="hint">{t('signin.noMailbox')}</p>
          </section>
        )}
      </div>
    </PublicShell>
  );
}
