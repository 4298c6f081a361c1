import { PublicShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { MagicLinkForm } from './MagicLinkForm';
import { signinText } from './signin-text';
import { SsoSignIn, useSignInOptions } from './SsoSignIn';

/**
 * Passwordless sign-in: through the organisation's own sign-in service when
 * it has one, and/or with a magic link by e-mail. Came through a poster's
 * kick-off page: `?via=` holds its code, and both ways carry it.
 */
export function SignInPage() {
  const { t } = useFeatureText(signinText);
  const via = new URLSearchParams(location.search).get('via');
  const options = useSignInOptions();
  return (
    <PublicShell>
      <div class="centered-page">
        <section class="stack">
          <h1>{t('signin.title')}</h1>
          {options.sso && <SsoSignIn label={options.sso.label} via={via} />}
          {options.magicLinks && (
            <>
              {options.sso && <p class="hint">{t('sso.or')}</p>}
              <p>{t('signin.intro')}</p>
              <MagicLinkForm via={via} />
            </>
          )}
          <p class="hint">{t('signin.noMailbox')}</p>
        </section>
      </div>
    </PublicShell>
  );
}
