/**
 * The one door into the learning-moment feature (its screens, the home's card,
 * the reminders inbox and what runs once per app open). Every dynamic import
 * of the feature goes through this module, so the bundler makes one chunk of
 * it: imported by several lazy chunks, its contracts and helpers would
 * otherwise move into the shared chunk that the home's first paint loads.
 */
export { NextMomentWidget } from './NextMomentWidget';
export { onAppOpen } from '../notifications/app-open';
export { MomentScreens } from './MomentScreens';
