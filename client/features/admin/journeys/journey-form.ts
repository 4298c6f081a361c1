import type { JourneyGoal, JourneyProblem, JourneyStep, JourneyTrigger, MessageText } from '../../../../shared/domain/journey';

/*
 * The editor's pure parts: fresh steps of each kind, the trigger and goal each kind starts from, and which steps a
 * problem belongs to. The editor keeps choices not made yet as '' (a training not chosen), which the shared
 * journeyProblems does not know about: `unchosen` names those before anything is sent.
 */

export const STEP_KINDS = ['email', 'push', 'in_app', 'wait_days', 'wait_until', 'branch'] as const satisfies readonly JourneyStep['kind'][];
export type StepKind = (typeof STEP_KINDS)[number];
export const TRIGGER_KINDS = ['joined', 'entered_group', 'campaign_kickoff', 'completed_item', 'inactive_weeks', 'date'] as const satisfies readonly JourneyTrigger['kind'][];
export type TriggerKind = (typeof TRIGGER_KINDS)[number];
export type GoalKind = 'none' | NonNullable<JourneyGoal>['kind'];

const blankText = (withSubject: boolean): MessageText => (withSubject ? { subject: '', hook: '', body: '' } : { hook: '', body: '' });

/** A step id the journey does not have yet: jobs and figures refer to it, so it never changes once made. */
export function freshStepId(steps: readonly JourneyStep[]): string {
  for (let n = steps.length + 1; ; n += 1) if (!steps.some((s) => s.id === `step-${n}`)) return `step-${n}`;
}

/** A step of `kind` with the id `id`, keeping the texts of a message step when it only changes channel. */
export function stepOfKind(kind: StepKind, id: string, previous?: JourneyStep): JourneyStep {
  const texts = previous && 'texts' in previous ? previous.texts : null;
  switch (kind) {
    case 'wait_days':
      return { id, kind, days: 2 };
    case 'wait_until':
      return { id, kind, weekday: 1, time: '09:00' };
    case 'branch':
      return { id, kind, condition: { kind: 'joined' }, then: null, otherwise: null };
    default: {
      const withSubject = kind === 'email';
      const keep = (t: MessageText | undefined): MessageText => (t ? { ...(withSubject ? { subject: t.subject ?? '' } : {}), hook: t.hook, body: t.body } : blankText(withSubject));
      const links = previous && 'texts' in previous ? { itemId: previous.itemId ?? null, link: previous.link ?? null } : { itemId: null, link: null };
      return { id, kind, texts: { nl: keep(texts?.nl), en: keep(texts?.en) }, ...links };
    }
  }
}

export function triggerOfKind(kind: TriggerKind): JourneyTrigger {
  switch (kind) {
    case 'joined':
      return { kind };
    case 'inactive_weeks':
      return { kind, weeks: 3 };
    case 'date':
      return { kind, at: '' };
    case 'campaign_kickoff':
      return { kind, campaignId: '' };
    case 'completed_item':
      return { kind, itemId: '' };
    case 'entered_group':
      return { kind, groupId: '' };
  }
}

export function goalOfKind(kind: GoalKind): JourneyGoal {
  if (kind === 'none') return null;
  return kind === 'joined' ? { kind } : { kind, itemId: '' };
}

export type FormProblem = JourneyProblem | { code: 'choose'; stepId: string } | { code: 'trigger' } | { code: 'goal' };

/** Choices still open in the form (a training, a campaign, a group not picked yet), which the server would refuse by their shape. */
export function unchosen(trigger: JourneyTrigger, steps: readonly JourneyStep[], goal: JourneyGoal): FormProblem[] {
  const problems: FormProblem[] = [];
  const open = (value: string) => value.trim() === '';
  if ((trigger.kind === 'campaign_kickoff' && open(trigger.campaignId)) || (trigger.kind === 'completed_item' && open(trigger.itemId)) || (trigger.kind === 'entered_group' && open(trigger.groupId)) || (trigger.kind === 'date' && Number.isNaN(Date.parse(trigger.at))) || (trigger.kind === 'inactive_weeks' && !(trigger.weeks >= 1 && trigger.weeks <= 52)))
    problems.push({ code: 'trigger' });
  for (const step of steps) if (step.kind === 'branch' && step.condition.kind === 'completed_item' && open(step.condition.itemId)) problems.push({ code: 'choose', stepId: step.id });
  if (goal?.kind === 'completed_item' && open(goal.itemId)) problems.push({ code: 'goal' });
  return problems;
}
