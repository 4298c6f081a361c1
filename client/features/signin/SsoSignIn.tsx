import { useEffect, useState } from 'preact/hooks';
import { call } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import { signInOptionsContract } from '../../../shared/contracts/sso';
import type { SignInOptions } from '../../../shared/schemas/works-council';
import { signinText } from './signin-text';

/** The reasons the server gives when single sign-on was refused (server/features/sso/sso.service.ts). */
const reasons = ['not_configured', 'provider_unavailable', 'flow_invalid', 'token_refused', 'provider_error', 'unknown_person', 'person_left'] as const;
type Reason = (typeof reasons)[number];

/** How this organisation signs in; until known, magic links (they always work unless switched off). */
export function useSignInOptions(): SignInOptions {
  const [options, setOptions] = useState<SignInOptions>({ sso: null, magicLinks: true });
  useEffect(() => {
    call(signInOptionsContract).then(setOptions, () => undefined);
  }, []);
  return options;
}

/**
 * The button to the organisation's own sign-in service, and — after a
 * refused attempt — what went wrong, in words, with the way to try again.
 * A link, not a form: the browser goes to the identity provider and back.
 */
export function SsoSignIn({ label, via }: { label: string; via: string | null }) {
  const { t } = useFeatureText(signinText);
  const given = new URLSearchParams(location.search).get('sso');
  const reason = reasons.find((r) => r === given) as Reason | undefined;
  const href = `/api/auth/sso/start${via ? `?via=${encodeURIComponent(via)}` : ''}`;
  return (
    <div class="stack">
      {reason && (
        <div class="notice notice-error" role="alert">
          <h2>{t('sso.refused.title')}</h2>
          <p>{t(`sso.refused.${reason}`)}</p>
        </div>
      )}
      {/* target: a real page load, which the app's router would otherwise take over as a route of its own. */}
      <a class="button button-primary button-block" href={href} target="_top">
        {t(reason ? 'sso.again' : 'sso.button', { label })}
      </a>
    </div>
  );
}
