import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { exchangeTokenContract } from '../../../shared/contracts/auth';
import { call } from '../../app/api';
import { PublicShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { useSession } from '../../app/session';
import { shortCodeSchema } from '../../../shared/schemas/short-code';
import { signinText } from './signin-text';

/**
 * Lands here from a magic link or invite QR code. The token sits in the URL
 * fragment, so it never reaches server logs or Referer headers; it is posted
 * once and then wiped from the address bar.
 */
export function VerifyPage() {
  const { t } = useFeatureText(signinText);
  const { setMe } = useSession();
  const { route } = useLocation();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const token = fragment.get('token');
    // The poster the person came through (see the kick-off page): credited at sign-up, then back to its kick-off.
    const via = shortCodeSchema.safeParse(fragment.get('via'));
    history.replaceState(null, '', location.pathname);
    if (!token) return setFailed(true);
    call(exchangeTokenContract, { body: { token, ...(via.success && { via: via.data }) } })
      .then((session) => {
        setMe(session.me);
        void import('../kickoff/report-acquisition').then((m) => m.reportInstallIfActive());
        route(via.success ? `/k/${via.data}?joined=1` : '/', true);
      })
      .catch(() => setFailed(true));
  }, [route, setMe]);

  return (
    <PublicShell>
      <div class="centered-page stack" aria-live="polite">
        {failed ? (
          <>
            <h1>{t('verify.failed.title')}</h1>
            <p>{t('verify.failed.body')}</p>
            <a class="button button-primary" href="/signin">
              {t('verify.failed.action')}
            </a>
          </>
        ) : (
          <h1>{t('verify.title')}</h1>
        )}
      </div>
    </PublicShell>
  );
}
