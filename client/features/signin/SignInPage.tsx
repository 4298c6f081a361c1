import { PublicShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { MagicLinkForm } from './MagicLinkForm';
import { signinText } from './signin-text';

/** Passwordless sign-in: ask for a magic link by e-mail. Came through a poster's kick-off page: `?via=` holds its code. */
export function SignInPage() {
  const { t } = useFeatureText(signinText);
  const via = new URLSearchParams(location.search).get('via');
  return (
    <PublicShell>
      <div class="centered-page">
        <section class="stack">
          <h1>{t('signin.title')}</h1>
          <p>{t('signin.intro')}</p>
          <MagicLinkForm via={via} />
          <p class="hint">{t('signin.noMailbox')}</p>
        </section>
      </div>
    </PublicShell>
  );
}
