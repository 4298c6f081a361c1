import { minutesOf, type WorkingTime } from './moment-schedule';
import { nextAllowedMoment } from './delivery-rules';
import { addDays, isoWeekday, wallClockAt, zonedToInstant } from './zoned-time';

/*
 * A drip journey: a trigger lets people in, steps run one after another
 * (waits, messages, branches), and a goal ends it for a person when reached.
 * Steps are a list; the next step is the one below, unless a branch jumps.
 * A branch may only lead to steps that exist and the whole may not loop
 * (each person × step is sent at most once). Pure: the server stores a
 * definition only when `journeyProblems` finds none.
 */

export type JourneyLanguage = 'nl' | 'en';
export const JOURNEY_LANGUAGES: readonly JourneyLanguage[] = ['nl', 'en'];

export type JourneyTrigger =
  | { kind: 'joined' }
  | { kind: 'campaign_kickoff'; campaignId: string }
  | { kind: 'completed_item'; itemId: string }
  | { kind: 'inactive_weeks'; weeks: number }
  | { kind: 'date'; at: string }
  /** People who come into a saved target group (its rules hold for them), each once; those in it when the journey starts, too. */
  | { kind: 'entered_group'; groupId: string };

export interface MessageText {
  /** E-mail only. */
  subject?: string | undefined;
  /** At most 140 characters: the first line of every push and in-app card. */
  hook: string;
  body: string;
}

export type BranchCondition = { kind: 'joined' } | { kind: 'completed_item'; itemId: string } | { kind: 'opened_previous' };

export type JourneyStep =
  | { id: string; kind: 'wait_days'; days: number }
  | { id: string; kind: 'wait_until'; weekday: number; time: string }
  /** The message's link ({{itemLink}}, and what a push or card opens) leads to the item, or to `link` (an app path such as a story's /s/<code>), or home. */
  | { id: string; kind: 'email' | 'push' | 'in_app'; texts: Partial<Record<JourneyLanguage, MessageText>>; itemId?: string | null | undefined; link?: string | null | undefined }
  /** Jumps to `then` (condition holds) or `otherwise`; null ends the journey for the person. */
  | { id: string; kind: 'branch'; condition: BranchCondition; then: string | null; otherwise: string | null };

export type JourneyGoal = { kind: 'completed_item'; itemId: string } | { kind: 'joined' } | null;

export interface JourneyDefinition {
  trigger: JourneyTrigger;
  steps: readonly JourneyStep[];
  goal: JourneyGoal;
  /** How late (after all instances were down) a step may still go out. */
  catchUpHours: number;
}

export const PLACEHOLDERS = ['firstName', 'wiifm', 'nextMoment', 'itemLink'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export const HOOK_MAX = 140;

export type JourneyProblem =
  | { code: 'cycle'; stepId: string }
  | { code: 'negative_wait'; stepId: string }
  | { code: 'missing_text'; stepId: string; language: JourneyLanguage }
  | { code: 'unknown_placeholder'; stepId: string; placeholder: string }
  | { code: 'hook_too_long'; stepId: string; language: JourneyLanguage }
  | { code: 'unknown_step'; stepId: string; target: string }
  | { code: 'duplicate_step'; stepId: string }
  | { code: 'no_steps' }
  | { code: 'bad_time'; stepId: string };

const PLACEHOLDER_PATTERN = /\{\{\s*([^}]*?)\s*\}\}/g;

/** Every `{{name}}` a text uses. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? '');
}

/** The steps each step can lead to (the next in the list, or a branch's targets). */
export function successors(steps: readonly JourneyStep[], index: number): (string | null)[] {
  const step = steps[index];
  if (!step) return [];
  if (step.kind === 'branch') return [step.then, step.otherwise];
  return [steps[index + 1]?.id ?? null];
}

/** Whatever makes a journey unsendable; empty when it is fine. `languages` must each have a text. */
export function journeyProblems(definition: JourneyDefinition, languages: readonly JourneyLanguage[] = JOURNEY_LANGUAGES): JourneyProblem[] {
  const problems: JourneyProblem[] = [];
  const { steps } = definition;
  if (steps.length === 0) problems.push({ code: 'no_steps' });
  const index = new Map<string, number>();
  steps.forEach((step, i) => {
    if (index.has(step.id)) problems.push({ code: 'duplicate_step', stepId: step.id });
    index.set(step.id, i);
  });
  for (const step of steps) {
    if (step.kind === 'wait_days' && !(step.days >= 0)) problems.push({ code: 'negative_wait', stepId: step.id });
    if (step.kind === 'wait_until' && (!/^([01]\d|2[0-3]):[0-5]\d$/.test(step.time) || step.weekday < 1 || step.weekday > 7)) problems.push({ code: 'bad_time', stepId: step.id });
    if (step.kind === 'branch') {
      for (const target of [step.then, step.otherwise]) if (target !== null && !index.has(target)) problems.push({ code: 'unknown_step', stepId: step.id, target });
    }
    if (step.kind === 'email' || step.kind === 'push' || step.kind === 'in_app') {
      for (const language of languages) {
        const text = step.texts[language];
        if (!text || text.hook.trim() === '' || text.body.trim() === '' || (step.kind === 'email' && !text.subject?.trim())) {
          problems.push({ code: 'missing_text', stepId: step.id, language });
          continue;
        }
        if (text.hook.length > HOOK_MAX) problems.push({ code: 'hook_too_long', stepId: step.id, language });
        for (const name of [text.subject ?? '', text.hook, text.body].flatMap(placeholdersIn)) {
          if (!(PLACEHOLDERS as readonly string[]).includes(name)) problems.push({ code: 'unknown_placeholder', stepId: step.id, placeholder: name });
        }
      }
    }
  }
  const cycle = findCycle(steps, index);
  if (cycle) problems.push({ code: 'cycle', stepId: cycle });
  return problems;
}

/** A step on a loop, if the step graph has one (depth-first, colouring). */
function findCycle(steps: readonly JourneyStep[], index: ReadonlyMap<string, number>): string | null {
  const state = new Map<number, 'open' | 'done'>();
  const visit = (i: number): string | null => {
    if (state.get(i) === 'done') return null;
    if (state.get(i) === 'open') return steps[i]?.id ?? null;
    state.set(i, 'open');
    for (const target of successors(steps, i)) {
      const j = target === null ? undefined : index.get(target);
      if (j === undefined) continue;
      const found = visit(j);
      if (found) return found;
    }
    state.set(i, 'done');
    return null;
  };
  for (let i = 0; i < steps.length; i += 1) {
    const found = visit(i);
    if (found) return found;
  }
  return null;
}

/** The step after `stepId`; for a branch, after its condition was decided. Null: the journey is over. */
export function nextStepId(steps: readonly JourneyStep[], stepId: string, conditionHolds = false): string | null {
  const i = steps.findIndex((s) => s.id === stepId);
  const step = steps[i];
  if (!step) return null;
  if (step.kind === 'branch') return conditionHolds ? step.then : step.otherwise;
  return steps[i + 1]?.id ?? null;
}

/**
 * When a wait step ends, for a person in `timeZone`: N days later (same wall
 * clock time), or the next given weekday and time — moved into working time.
 */
export function waitEnds(step: Extract<JourneyStep, { kind: 'wait_days' | 'wait_until' }>, from: Date, timeZone: string, rules: WorkingTime): Date {
  let end: Date;
  if (step.kind === 'wait_days') {
    const local = wallClockAt(from, timeZone);
    end = zonedToInstant({ ...addDays(local, step.days), minutes: local.minutes }, timeZone);
    if (end.getTime() < from.getTime()) end = from;
  } else {
    const local = wallClockAt(from, timeZone);
    end = from;
    for (let offset = 0; offset <= 7; offset += 1) {
      const date = addDays(local, offset);
      if (isoWeekday(date) !== step.weekday) continue;
      const candidate = zonedToInstant({ ...date, minutes: minutesOf(step.time) }, timeZone);
      if (candidate.getTime() > from.getTime()) {
        end = candidate;
        break;
      }
    }
  }
  return nextAllowedMoment(end, timeZone, rules) ?? end;
}

export type PlaceholderValues = Record<Placeholder, string>;

/** A text with its placeholders filled in (an unknown one stays as written; validation refuses those). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => ((PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole));
}

export interface RenderedMessage {
  subject: string;
  /** The hook, first line, then the body. */
  text: string;
  hook: string;
  body: string;
}

/** One step's message for one person, in their language. */
export function renderMessage(text: MessageText, values: PlaceholderValues): RenderedMessage {
  const hook = fillPlaceholders(text.hook, values);
  const body = fillPlaceholders(text.body, values);
  return { subject: fillPlaceholders(text.subject ?? text.hook, values), hook, body, text: `${hook}\n\n${body}` };
}

export interface TimelineEntry {
  stepId: string;
  kind: JourneyStep['kind'];
  at: string;
}

/**
 * What one sample person receives when, from `start`: every step in order,
 * waits moved into their working time; a branch takes `conditions[stepId]`
 * (false when not given). Messages are shown at their wait's end.
 */
export function journeyTimeline(steps: readonly JourneyStep[], start: Date, timeZone: string, rules: WorkingTime, conditions: Readonly<Record<string, boolean>> = {}): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let at = nextAllowedMoment(start, timeZone, rules) ?? start;
  let current: string | null = steps[0]?.id ?? null;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const step = steps.find((s) => s.id === current);
    if (!step) break;
    if (step.kind === 'wait_days' || step.kind === 'wait_until') at = waitEnds(step, at, timeZone, rules);
    entries.push({ stepId: step.id, kind: step.kind, at: at.toISOString() });
    current = nextStepId(steps, step.id, conditions[step.id] ?? false);
  }
  return entries;
}
