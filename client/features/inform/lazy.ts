/**
 * The one door into the inform feature (the home's "for you" section, the
 * intake, "why we learn", the catalogue and the team's paths). Every dynamic
 * import of the feature goes through this module, so the bundler makes one
 * chunk of it rather than moving its shared parts into the first screen's.
 * Search (MiniSearch) is a chunk of its own, loaded by the catalogue screen.
 */
export { ForYouCard } from './ForYouCard';
export { InformScreens } from './InformScreens';
