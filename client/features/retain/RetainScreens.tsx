import { useLocation } from 'preact-iso';
import { IdeasPage } from './IdeasPage';
import { MyStoriesPage } from './MyStoriesPage';
import { StoriesPage } from './StoriesPage';
import { TeamPage } from './TeamPage';
import { WriteStoryPage } from './WriteStoryPage';

const SCREENS: Record<string, () => preact.JSX.Element> = {
  '/stories': StoriesPage,
  '/stories/new': WriteStoryPage,
  '/stories/mine': MyStoriesPage,
  '/ideas': IdeasPage,
  '/team': TeamPage,
};

/** The signed-in screens of stories, ideas and the team page as one lazy route component (one loader, one chunk). */
export function RetainScreens() {
  const Screen = SCREENS[useLocation().path] ?? StoriesPage;
  return <Screen />;
}
