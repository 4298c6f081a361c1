/*
 * xAPI 1.0.3 statements for what a person learned, as the organisation's
 * learning record store receives them. The actor is an account with an
 * opaque name at the organisation's home page (never the e-mail address
 * unless the organisation chose so), verbs are ADL's, the item is the
 * activity with its name in both languages, and the statement id is made by
 * the caller from the event's own id, so sending it again changes nothing.
 */

export const XAPI_VERSION = '1.0.3';

export const adlVerbs = {
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', 'nl-NL': 'voltooide' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered', 'nl-NL': 'beantwoordde' } },
} as const;

export const activityTypes = {
  training: 'http://adlnet.gov/expapi/activities/module',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  path: 'http://adlnet.gov/expapi/activities/course',
} as const;

export type LearnedThing =
  | { kind: 'training_completed'; itemId: string; title: { nl: string; en: string }; durationSeconds: number | null }
  | { kind: 'question_answered'; itemId: string; questionId: string; title: { nl: string; en: string }; correct: boolean | null }
  | { kind: 'path_finished'; pathId: string; title: { nl: string; en: string } };

export interface StatementInput {
  statementId: string;
  /** The organisation's home page: the actor's account lives there. */
  homePage: string;
  /** Opaque per person; or the address, when the organisation sends addresses. */
  actor: { account: string } | { email: string };
  thing: LearnedThing;
  /** ISO instant it happened. */
  at: string;
}

export interface XapiStatement {
  id: string;
  version: string;
  actor: { objectType: 'Agent'; account?: { homePage: string; name: string }; mbox?: string };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { type: string; name: Record<string, string> } };
  result?: { completion?: boolean; success?: boolean; duration?: string; score?: { scaled: number } };
  context: { platform: string; contextActivities?: { parent: { objectType: 'Activity'; id: string }[] } };
  timestamp: string;
}

const names = (title: { nl: string; en: string }) => ({ 'nl-NL': title.nl, 'en-GB': title.en });

/** ISO 8601 duration of whole seconds, e.g. PT3M20S. */
export function isoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

export function buildStatement(input: StatementInput): XapiStatement {
  const base = input.homePage.replace(/\/+$/, '');
  const actor = 'account' in input.actor
    ? { objectType: 'Agent' as const, account: { homePage: base, name: input.actor.account } }
    : { objectType: 'Agent' as const, mbox: `mailto:${input.actor.email}` };
  const common = { id: input.statementId, version: XAPI_VERSION, actor, timestamp: new Date(input.at).toISOString() };
  const itemActivity = (itemId: string) => `${base}/xapi/activities/items/${encodeURIComponent(itemId)}`;
  const { thing } = input;
  switch (thing.kind) {
    case 'training_completed':
      return {
        ...common,
        verb: adlVerbs.completed,
        object: { objectType: 'Activity', id: itemActivity(thing.itemId), definition: { type: activityTypes.training, name: names(thing.title) } },
        result: { completion: true, success: true, ...(thing.durationSeconds !== null && { duration: isoDuration(thing.durationSeconds) }) },
        context: { platform: 'Leerlust' },
      };
    case 'question_answered':
      return {
        ...common,
        verb: adlVerbs.answered,
        object: {
          objectType: 'Activity',
          id: `${itemActivity(thing.itemId)}/questions/${encodeURIComponent(thing.questionId)}`,
          definition: { type: activityTypes.question, name: names(thing.title) },
        },
        ...(thing.correct !== null && { result: { success: thing.correct, score: { scaled: thing.correct ? 1 : 0 } } }),
        context: { platform: 'Leerlust', contextActivities: { parent: [{ objectType: 'Activity', id: itemActivity(thing.itemId) }] } },
      };
    case 'path_finished':
      return {
        ...common,
        verb: adlVerbs.completed,
        object: { objectType: 'Activity', id: `${base}/xapi/activities/paths/${encodeURIComponent(thing.pathId)}`, definition: { type: activityTypes.path, name: names(thing.title) } },
        result: { completion: true, success: true },
        context: { platform: 'Leerlust' },
      };
  }
}
