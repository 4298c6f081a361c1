import { useLayoutEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Me } from '../../../shared/schemas/people';
import { AppShell } from '../../app/AppShell';
import { useFeatureText, useI18n } from '../../app/i18n';
import { AuditScreen } from './AuditScreen';
import { CampaignsScreen } from './CampaignsScreen';
import { ItemsScreen } from './ItemsScreen';
import { MomentSettingsScreen } from './MomentSettingsScreen';
import { PeopleScreen } from './people/PeopleScreen';
import { SignUpScreen } from './SignUpScreen';
import { TeasersScreen } from './TeasersScreen';
import { StrategyScreen } from './StrategyScreen';
import { PathsScreen } from './PathsScreen';
import { TargetGroupsScreen } from './target-groups/TargetGroupsScreen';
import { FunnelScreen } from '../insights/FunnelScreen';
import { EvaluationsAdmin } from './retain/EvaluationsAdmin';
import { IdeasAdmin } from './retain/IdeasAdmin';
import { StoriesAdmin } from './retain/StoriesAdmin';
import { ConnectionsScreen } from './works-council/ConnectionsScreen';
import { WorksCouncilScreen } from './works-council/WorksCouncilScreen';
import { worksCouncilText } from './works-council/works-council-text';
import '../inform/inform.css';
import { useAdminText } from './use-admin';
import './admin.css';
import { JourneysScreen } from './journeys/JourneysScreen';

// The sections are imported statically on purpose: the whole workspace is one
// lazy chunk (App.tsx). Split further, the modules its sections share would be
// moved into the shared chunk that every employee's first screen loads.

const SECTIONS = [
  { path: '/admin/campaigns', key: 'admin.tab.campaigns', Screen: CampaignsScreen },
  { path: '/admin/target-groups', key: 'admin.tab.targetGroups', Screen: TargetGroupsScreen },
  { path: '/admin/journeys', key: 'admin.tab.journeys', Screen: JourneysScreen },
  { path: '/admin/insights', key: 'admin.tab.insights', Screen: FunnelScreen },
  { path: '/admin/strategy', key: 'admin.tab.strategy', Screen: StrategyScreen },
  { path: '/admin/paths', key: 'admin.tab.paths', Screen: PathsScreen },
  { path: '/admin/teasers', key: 'admin.tab.teasers', Screen: TeasersScreen },
  { path: '/admin/items', key: 'admin.tab.items', Screen: ItemsScreen },
  { path: '/admin/stories', key: 'admin.tab.stories', Screen: StoriesAdmin },
  { path: '/admin/ideas', key: 'admin.tab.ideas', Screen: IdeasAdmin },
  { path: '/admin/evaluations', key: 'admin.tab.evaluations', Screen: EvaluationsAdmin },
  { path: '/admin/people', key: 'admin.tab.people', Screen: PeopleScreen },
  { path: '/admin/moment', key: 'admin.tab.moment', Screen: MomentSettingsScreen },
  { path: '/admin/sign-up', key: 'admin.tab.signUp', Screen: SignUpScreen },
  { path: '/admin/audit', key: 'admin.tab.audit', Screen: AuditScreen },
  { path: '/admin/works-council', key: 'wc.tab', Screen: WorksCouncilScreen },
  { path: '/admin/connections', key: 'wc.connections.tab', Screen: ConnectionsScreen },
] as const;

/**
 * The L&D workspace (/admin/…), for admins only: App.tsx never routes anyone
 * else here and the API refuses them too. Sections are tabs across the top,
 * each with a list and an editor (/admin/<section>/<id> or /new).
 */
export function AdminPage(_: { me: Me }) {
  const admin = useAdminText();
  const worksCouncil = useFeatureText(worksCouncilText);
  // The works-council sections bring their own texts; the others are in the workspace's catalogue.
  const t = (key: (typeof SECTIONS)[number]['key'] | 'admin.title' | 'admin.nav') => (key.startsWith('wc.') ? worksCouncil.t(key as 'wc.tab') : admin.t(key as 'admin.title'));
  const main = useI18n();
  const { path } = useLocation();
  const section = SECTIONS.find((s) => path === s.path || path.startsWith(`${s.path}/`)) ?? SECTIONS[0];
  const rest = path.slice(section.path.length + 1);
  // On a phone the tabs are one sideways row: the current one is scrolled into it, not left off-screen to the right.
  const tabs = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const list = tabs.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]')?.parentElement;
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    const start = current.getBoundingClientRect().left - list.getBoundingClientRect().left + list.scrollLeft;
    if (start < list.scrollLeft || start + current.offsetWidth > list.scrollLeft + list.clientWidth) list.scrollLeft = start - (list.clientWidth - current.offsetWidth) / 2;
  }, [section.path]);
  return (
    <AppShell wide>
      <div class="admin">
        <h1 class="admin-title">{t('admin.title')}</h1>
        <nav class="admin-tabs" aria-label={t('admin.nav')}>
          <ul ref={tabs}>
            {SECTIONS.map((s) => (
              <li key={s.path}>
                <a href={s.path} aria-current={s === section ? 'page' : undefined}>
                  {t(s.key)}
                </a>
              </li>
            ))}
            {/* Prizes, competitions, draws and nominations: their own screens (issue 6, /admin/rewards). */}
            <li>
              <a href="/admin/rewards">{main.t('adminRewards.title')}</a>
            </li>
          </ul>
        </nav>
        <section.Screen id={rest || null} />
      </div>
    </AppShell>
  );
}
