import type { Language } from '../schemas/common';

/**
 * The organisation's own time zone: months on leaderboards are cut in it and
 * a campaign's kick-off is entered and shown in it, whatever zone the
 * admin's laptop or an employee's phone is in. The organisation has no
 * time-zone setting yet; the demo and the first customers are Dutch.
 */
export const ORGANISATION_TIME_ZONE = 'Europe/Amsterdam';

/** The language of an organisation that has not chosen one (in its sign-up settings), for the same reason. */
export const DEFAULT_ORGANISATION_LANGUAGE: Language = 'nl';
