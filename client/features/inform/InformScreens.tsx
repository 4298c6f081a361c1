import { useLocation } from 'preact-iso';
import { CataloguePage } from './CataloguePage';
import { IntakePage } from './IntakePage';
import { TeamPathsPage } from './TeamPathsPage';
import { WhyWeLearnPage } from './WhyWeLearnPage';

const SCREENS: Record<string, () => preact.JSX.Element> = { '/intake': IntakePage, '/why': WhyWeLearnPage, '/catalogue': CataloguePage, '/team/paths': TeamPathsPage };

/**
 * /intake, /why, /catalogue and /team/paths as one lazy route component:
 * each lazy route costs the first screen's bundle its own loader code, and
 * these share a chunk anyway.
 */
export function InformScreens() {
  const Screen = SCREENS[useLocation().path] ?? WhyWeLearnPage;
  return <Screen />;
}
