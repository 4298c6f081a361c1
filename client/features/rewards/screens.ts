/*
 * Every rewards screen, as ONE lazy chunk. The build moves code that two lazy
 * chunks share into the first screen's shared chunk (vite.config.ts), and the
 * home is at its budget: the prizes page, the widget, the boards and the
 * admin pages share schemas and hooks, so they travel together. The chunk is
 * fetched after the home's first paint (the widget) or when a screen opens;
 * the admin pages in it are guarded by route and refused by the server to
 * anyone but admins.
 */
export { PrizesPage } from './PrizesPage';
export { RewardsWidget } from './RewardsWidget';
export { VerifyDrawPage } from './VerifyDrawPage';
export { LeaderboardPage } from '../leaderboard/LeaderboardPage';
export { RoleModelsPage } from '../recognition/RoleModelsPage';
export { AdminRewardsPage } from '../admin-rewards/AdminRewardsPage';
