/**
 * The one door into stories, ideas, evaluations and the team page. Every
 * dynamic import of the feature goes through this module, so the bundler
 * makes one chunk of it, fetched after the home's first paint (the home
 * card) or when one of its screens opens.
 */
export { RetainHomeCard } from './RetainHomeCard';
export { RetainScreens } from './RetainScreens';
export { StoryPage } from './StoryPage';
export { TrainingReaction } from './TrainingReaction';
