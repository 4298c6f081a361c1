import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { exchangeTokenContract } from '../../../shared/contracts/auth';
import { myIntakeContract } from '../../../shared/contracts/intake';
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
  const { t, language } = useFeatureText(signinText);
  const { setMe } = useSession();
  const { route } = useLocation();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const token = fragment.get('token');
    // The poster the person came through (see the kick-off page): credited at sign-up.
    const via = shortCodeSchema.safeParse(fragment.get('via'));
    history.replaceState(null, '', location.pathname);
    if (!token) return setFailed(true);
    call(exchangeTokenContract, { body: { token, language, ...(via.success && { via: via.data }) } })
      .then(async (session) => {
        // What was tried on this phone before joining becomes the person's, and they land on it, finished; otherwise on the home.
        const tried = await import('../../sync/claim-tried').then((m) => m.claimTriedProgress(session.me.id)).catch(() => null);
        // Someone never asked the intake (they just joined) gets it first, skippable; who tried a training sees that win first and the intake on the home.
        const intake = tried ? null : await call(myIntakeContract).catch(() => null);
        const firstTime = intake !== null && intake.answeredAt === null && intake.skippedAt === null;
        setMe(session.me);
        void import('../kickoff/report-acquisition').then((m) => m.reportInstallIfStandalone());
        route(tried ? `/training/${tried}?done=1` : firstTime ? '/intake?first=1' : '/', true);
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
