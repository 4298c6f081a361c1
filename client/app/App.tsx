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
// The learning moment and the reminders inbox: one chunk, one route component for both paths.
const MomentScreens = lazy(() => import('../features/moments/lazy').then((m) => m.MomentScreens));
const KickoffPage = lazy(() => import('../features/kickoff/KickoffPage').then((m) => m.KickoffPage));
const TryPage = lazy(() => import('../features/try-first/TryPage').then((m) => m.TryPage));
const PrizesPage = lazy(() => import('../features/rewards/screens').then((m) => m.PrizesPage));
const VerifyDrawPage = lazy(() => import('../features/rewards/screens').then((m) => m.VerifyDrawPage));
const LeaderboardPage = lazy(() => import('../features/rewards/screens').then((m) => m.LeaderboardPage));
const RoleModelsPage = lazy(() => import('../features/rewards/screens').then((m) => m.RoleModelsPage));
const AdminRewardsPage = lazy(() => import('../features/rewards/screens').then((m) => m.AdminRewardsPage));
// Intake, why we learn, the catalogue and the team's paths: one chunk, through the feature's one door.
const InformScreens = lazy(() => import('../features/inform/lazy').then((m) => m.InformScreens));
// Stories, ideas and the team page: one chunk, through the feature's one door; a story's share link is public.
const RetainScreens = lazy(() => import('../features/retain/lazy').then((m) => m.RetainScreens));
const StoryPage = lazy(() => import('../features/retain/lazy').then((m) => m.StoryPage));
// Who sees what and who looked at one's data: its own chunk.
const PrivacyPage = lazy(() => import('../features/privacy/PrivacyPage').then((m) => m.PrivacyPage));
// The L&D workspace: its own chunk, fetched only when an admin opens it.
const AdminPage = lazy(() => import('../features/admin/AdminPage').then((m) => m.AdminPage));

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
      {/* Public: whoever scans a poster sees the kick-off without signing in. */}
      <Route path="/k/:code" component={KickoffPage} />
      {/* Public too: a training the kick-off offers to try, before joining. */}
      <Route path="/k/:code/try/:itemId" component={TryPage} />
      {/* Public: a shared story opens for colleagues and leads a signed-out visitor to join. */}
      <Route path="/s/:code" component={StoryPage} />
      {/* Before /admin/:rest*, which would take these too: the rewards screens come in their own chunk. */}
      <Route path="/admin/rewards" component={adminOnly(me, AdminRewardsPage)} />
      <Route path="/admin/rewards/*" component={adminOnly(me, AdminRewardsPage)} />
      <Route path="/admin/:rest*" component={adminOnly(me, AdminPage)} />
      <Route path="/settings" component={signedIn(me, SettingsPage)} />
      <Route path="/privacy" component={signedIn(me, PrivacyPage)} />
      <Route path="/training/:id" component={signedIn(me, TrainingPage)} />
      <Route path="/moment" component={signedIn(me, MomentScreens)} />
      <Route path="/inbox" component={signedIn(me, MomentScreens)} />
      <Route path="/prizes" component={signedIn(me, PrizesPage)} />
      <Route path="/prizes/draw/:id" component={signedIn(me, VerifyDrawPage)} />
      <Route path="/leaderboard" component={signedIn(me, LeaderboardPage)} />
      <Route path="/role-models" component={signedIn(me, RoleModelsPage)} />
      <Route path="/intake" component={signedIn(me, InformScreens)} />
      <Route path="/why" component={signedIn(me, InformScreens)} />
      <Route path="/catalogue" component={signedIn(me, InformScreens)} />
      <Route path="/team/paths" component={signedIn(me, InformScreens)} />
      <Route path="/stories" component={signedIn(me, RetainScreens)} />
      <Route path="/stories/new" component={signedIn(me, RetainScreens)} />
      <Route path="/stories/mine" component={signedIn(me, RetainScreens)} />
      <Route path="/ideas" component={signedIn(me, RetainScreens)} />
      <Route path="/team" component={signedIn(me, RetainScreens)} />
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

/** A screen for admins only: signed out, go to sign-in; signed in without the role, go home (the chunk is never fetched). */
function adminOnly(me: Me | null, Page: (props: { me: Me }) => preact.JSX.Element) {
  return function AdminRoute() {
    if (!me) return <RedirectToSignIn />;
    return me.role === 'admin' ? <Page me={me} /> : <Redirect to="/" />;
  };
}

function Redirect({ to }: { to: string }) {
  const { route } = useLocation();
  useEffect(() => route(to, true), [route, to]);
  return null;
}

function RedirectToSignIn() {
  return <Redirect to="/signin" />;
}
