import type { Logger } from '../../http/app-env';

/**
 * Tells a winner. In-app, the unclaimed award itself is the notice: the home
 * widget and the prizes page show it until it is claimed.
 *
 * Push call site: issue 4 builds Web Push in server/features/push/ in
 * parallel. Once it lands, send the notice from here with its notify
 * function (e.g. `notifyPerson(deps, person, { kind: 'prize_won', url: '/prizes' }, now)`),
 * after the award row is committed so a push never announces a prize that a
 * rolled-back transaction took away.
 */
export function tellWinner(log: Logger, award: { personId: string; competitionId: string }): void {
  log.info('prize awarded', { competitionId: award.competitionId, personId: award.personId });
}
