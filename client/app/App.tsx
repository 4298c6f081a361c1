import { lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import type { Me } from '../../shared/schemas/people';
import { I18nProvider, type LoadedLanguage } from './i18n';
import { startPwa, UpdatePrompt } from './pwa';
import { SessionProvider, useSession } from './session';
import { HomePage } from '../features/home/HomePage';
import { SyncProvider } from '../sync/SyncProvider';

// The home is the first screen and comes in the main bundle; other screens
// load when opened (the service worker precaches them, so they open offline too).
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage));
const SignInPage = lazy(() => import('../features/signin/SignInPage').then((m) => m.SignInPage));
const VerifyPage = lazy(() => import('../features/signin/VerifyPage').then((m) => m.VerifyPage));
const TrainingPage = lazy(() => import('../features/training/TrainingPage').then((m) => m.TrainingPage));

export function App({ language }: { language: LoadedLanguage }) {
  useEffect(startPwa, []);
  return (
    <I18nProvider initial={language}>
      <SessionProvider>
        <LocationProvider>
          <Routes />
        </LocationProvider>
      </SessionProvider>
      <UpdatePrompt />
    </I18nProvider>
  );
}

function Routes() {
  const { state } = useSession();
  // A few milliseconds while the phone's copy of the person is read: a blank
  // frame, rather than a message that the real screen would push away.
  if (state.status === 'loading') return null;
  const me = state.status === 'signed-in' ? state.me : null;
  const routes = (
    <Router>
      <Route path="/signin" component={SignInPage} />
      <Route path="/signin/verify" component={VerifyPage} />
      <Route path="/settings" component={signedIn(me, SettingsPage)} />
      <Route path="/training/:id" component={signedIn(me, TrainingPage)} />
      <Route default component={signedIn(me, HomePage)} />
    </Router>
  );
  return me ? <SyncProvider personId={me.id}>{routes}</SyncProvider> : routes;
}

/** A screen that needs a person; without one, go to sign-in. */
function signedIn(me: Me | null, Page: (props: { me: Me }) => preact.JSX.Element) {
  return function SignedInRoute() {
    return me ? <Page me={me} /> : <RedirectToSignIn />;
  };
}

function RedirectToSignIn() {
  const { route } = useLocation();
  useEffect(() => route('/signin', true), [route]);
  return null;
}
