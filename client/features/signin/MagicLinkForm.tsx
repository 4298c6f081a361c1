import { useEffect, useRef, useState } from 'preact/hooks';
import { requestMagicLinkContract } from '../../../shared/contracts/auth';
import { emailSchema } from '../../../shared/schemas/common';
import { shortCodeSchema } from '../../../shared/schemas/short-code';
import { ApiError, call } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import { MailIcon } from '../../ui/screen-icons';
import { signinText } from './signin-text';

type Step = { name: 'ask' } | { name: 'sending' } | { name: 'sent'; email: string };

/**
 * Asks for a sign-in link by e-mail: one field, one button. The code of the
 * poster the person came through (`via`) rides along in the link, for
 * first-touch attribution. Once sent it says what to do when no mail comes.
 */
export function MagicLinkForm({ via, submitLabel }: { via: string | null; submitLabel?: string }) {
  const { t, language } = useFeatureText(signinText);
  const [step, setStep] = useState<Step>({ name: 'ask' });
  const [error, setError] = useState<string | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  // Below a finished training the answer starts halfway down a phone: it is brought into view whole, the "no mail?" advice included.
  useEffect(() => {
    if (step.name === 'sent') sentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [step.name]);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const raw = new FormData(event.currentTarget as HTMLFormElement).get('email');
    const email = emailSchema.safeParse(raw);
    if (!email.success) return setError(t('signin.invalidEmail'));
    setError(null);
    setStep({ name: 'sending' });
    try {
      const code = shortCodeSchema.safeParse(via);
      await call(requestMagicLinkContract, { body: { email: email.data, language, ...(code.success && { via: code.data }) } });
      setStep({ name: 'sent', email: email.data });
    } catch (e) {
      setStep({ name: 'ask' });
      setError(e instanceof ApiError && e.status === 429 ? t('signin.rateLimited') : t('common.error'));
    }
  }

  if (step.name === 'sent') {
    return (
      <div class="stack" aria-live="polite" ref={sentRef}>
        <MailIcon size={40} />
        <h2>{t('signin.sent.title')}</h2>
        <p>{t('signin.sent.body', { email: step.email })}</p>
        <p class="notice">{t('signin.sent.noMail')}</p>
        <button type="button" class="button button-secondary" onClick={() => setStep({ name: 'ask' })}>
          {t('signin.sent.again')}
        </button>
      </div>
    );
  }
  return (
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
        {step.name === 'sending' ? t('signin.sending') : (submitLabel ?? t('signin.submit'))}
      </button>
    </form>
  );
}
