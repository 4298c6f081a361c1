import { HOOK_MAX, type BranchCondition, type JourneyStep, type MessageText } from '../../../../shared/domain/journey';
import { SelectField, TextField } from '../fields';
import { STEP_KINDS, stepOfKind, type FormProblem, type StepKind } from './journey-form';
import type { JourneyChoices } from './journey-choices';
import { problemText } from './journey-problem-text';
import { useJourneysText } from './journeys-text';

const LANGUAGES = ['nl', 'en'] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
type MessageStep = Extract<JourneyStep, { texts: unknown }>;
type BranchStep = Extract<JourneyStep, { kind: 'branch' }>;

type Props = {
  index: number;
  step: JourneyStep;
  steps: readonly JourneyStep[];
  choices: JourneyChoices;
  problems: readonly FormProblem[];
  errorOf: (id: string) => string | undefined;
  onChange: (next: JourneyStep) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One step of the list: what happens, only the fields that kind needs, what is wrong with it, and moving it. */
export function JourneyStepCard(props: Props) {
  const { t } = useJourneysText();
  const { index, step, steps } = props;
  const prefix = `jstep-${index}`;
  const n = index + 1;
  const numberOf = (stepId: string) => steps.findIndex((s) => s.id === stepId) + 1;
  const problemsId = `${prefix}-problems`;
  return (
    <fieldset class="card stack journey-step-card" data-kind={step.kind} aria-describedby={props.problems.length > 0 ? problemsId : undefined}>
      <legend>{t('jr.step', { n })}</legend>
      <SelectField id={`${prefix}-kind`} label={t('jr.step.kind')} value={step.kind} options={STEP_KINDS.map((k) => ({ value: k, label: t(`jr.kind.${k}`) }))} onChange={(v) => props.onChange(stepOfKind(v as StepKind, step.id, step))} />
      {step.kind === 'wait_days' && (
        <TextField id={`${prefix}-days`} type="number" label={t('jr.days')} value={Number.isNaN(step.days) ? '' : String(step.days)} error={props.errorOf(`${prefix}-days`)} onInput={(v) => props.onChange({ ...step, days: v.trim() === '' ? Number.NaN : Number(v) })} />
      )}
      {step.kind === 'wait_until' && (
        <div class="journey-pair">
          <SelectField id={`${prefix}-weekday`} label={t('jr.weekday')} value={String(step.weekday)} options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`jr.weekday.${d}`) }))} onChange={(v) => props.onChange({ ...step, weekday: Number(v) })} />
          <TextField id={`${prefix}-time`} label={t('jr.time')} value={step.time} error={props.errorOf(`${prefix}-time`)} onInput={(time) => props.onChange({ ...step, time })} />
        </div>
      )}
      {'texts' in step && <MessageFields prefix={prefix} step={step} choices={props.choices} errorOf={props.errorOf} onChange={props.onChange} />}
      {step.kind === 'branch' && <BranchFields prefix={prefix} step={step} steps={steps} choices={props.choices} onChange={props.onChange} />}
      {props.problems.length > 0 && (
        <ul id={problemsId} class="error-text journey-step-problems">
          {props.problems.map((p, i) => (
            <li key={i}>{problemText(t, p, numberOf)}</li>
          ))}
        </ul>
      )}
      <div class="admin-actions">
        <button id={`${prefix}-up`} type="button" class="button button-secondary" disabled={index === 0} aria-label={t('jr.up', { n })} onClick={() => props.onMove(-1)}>
          ↑
        </button>
        <button id={`${prefix}-down`} type="button" class="button button-secondary" disabled={index === steps.length - 1} aria-label={t('jr.down', { n })} onClick={() => props.onMove(1)}>
          ↓
        </button>
        <button type="button" class="button button-danger" disabled={steps.length <= 1} onClick={props.onRemove}>
          {t('jr.remove', { n })}
        </button>
      </div>
    </fieldset>
  );
}

/** A message's words in both languages (the subject for an e-mail only) and the training it leads to. */
function MessageFields({ prefix, step, choices, errorOf, onChange }: { prefix: string; step: MessageStep; choices: JourneyChoices; errorOf: (id: string) => string | undefined; onChange: (next: JourneyStep) => void }) {
  const { t } = useJourneysText();
  const set = (language: 'nl' | 'en', patch: Partial<MessageText>) => {
    const current: MessageText = step.texts[language] ?? { hook: '', body: '' };
    onChange({ ...step, texts: { ...step.texts, [language]: { ...current, ...patch } } });
  };
  return (
    <>
      <div class="journey-languages">
        {LANGUAGES.map((language) => {
          const text = step.texts[language] ?? { hook: '', body: '' };
          const name = t(`jr.language.${language}`);
          const countId = `${prefix}-hook-${language}-count`;
          return (
            <div key={language} class="stack" lang={language}>
              {step.kind === 'email' && <TextField id={`${prefix}-subject-${language}`} label={t('jr.subject', { language: name })} value={text.subject ?? ''} required error={errorOf(`${prefix}-subject-${language}`)} onInput={(subject) => set(language, { subject })} />}
              <TextField id={`${prefix}-hook-${language}`} label={t('jr.hook', { language: name })} value={text.hook} required describedBy={countId} error={errorOf(`${prefix}-hook-${language}`)} onInput={(hook) => set(language, { hook })}>
                <p id={countId} class={text.hook.length > HOOK_MAX ? 'error-text' : 'hint'}>
                  {t('jr.hookCount', { n: text.hook.length })}
                </p>
              </TextField>
              <TextField id={`${prefix}-body-${language}`} multiline label={t('jr.body', { language: name })} value={text.body} required error={errorOf(`${prefix}-body-${language}`)} onInput={(body) => set(language, { body })} />
            </div>
          );
        })}
      </div>
      <SelectField id={`${prefix}-link`} label={t('jr.link')} value={linkValue(step)} empty={t('jr.link.none')} options={linkOptions(choices, t)} onChange={(v) => onChange({ ...step, ...linkOf(v) })} />
    </>
  );
}

/** Where a message leads, as one choice: a training (`item:<id>`), a story (`link:/s/<code>`), or the app's home (''). */
const linkValue = (step: MessageStep) => (step.itemId ? `item:${step.itemId}` : step.link ? `link:${step.link}` : '');
const linkOf = (value: string): Pick<MessageStep, 'itemId' | 'link'> =>
  value.startsWith('item:') ? { itemId: value.slice(5), link: null } : value.startsWith('link:') ? { itemId: null, link: value.slice(5) } : { itemId: null, link: null };
const linkOptions = (choices: JourneyChoices, t: ReturnType<typeof useJourneysText>['t']) => [
  ...choices.items.map((o) => ({ value: `item:${o.value}`, label: t('jr.link.item', { title: o.label }) })),
  ...choices.stories.map((o) => ({ value: `link:${o.value}`, label: t('jr.link.story', { title: o.label }) })),
];

/** A choice: what it looks at, and where each answer goes (a later step, or the end). */
function BranchFields({ prefix, step, steps, choices, onChange }: { prefix: string; step: BranchStep; steps: readonly JourneyStep[]; choices: JourneyChoices; onChange: (next: JourneyStep) => void }) {
  const { t } = useJourneysText();
  const kinds: BranchCondition['kind'][] = ['completed_item', 'joined', 'opened_previous'];
  const setCondition = (kind: BranchCondition['kind']) => onChange({ ...step, condition: kind === 'completed_item' ? { kind, itemId: '' } : { kind } });
  const targets = steps.filter((s) => s.id !== step.id).map((s) => ({ value: s.id, label: t('jr.stepRef', { n: steps.indexOf(s) + 1, what: t(`jr.kind.${s.kind}`) }) }));
  const target = (value: string) => (value === '' ? null : value);
  return (
    <>
      <SelectField id={`${prefix}-condition`} label={t('jr.condition')} value={step.condition.kind} options={kinds.map((k) => ({ value: k, label: t(`jr.condition.${k}`) }))} onChange={(v) => setCondition(v as BranchCondition['kind'])} />
      {step.condition.kind === 'completed_item' && <SelectField id={`${prefix}-condition-item`} label={t('jr.training')} value={step.condition.itemId} empty={t('jr.choose')} options={choices.items} onChange={(itemId) => onChange({ ...step, condition: { kind: 'completed_item', itemId } })} />}
      <div class="journey-pair">
        <SelectField id={`${prefix}-then`} label={t('jr.then')} value={step.then ?? ''} empty={t('jr.end')} options={targets} onChange={(v) => onChange({ ...step, then: target(v) })} />
        <SelectField id={`${prefix}-otherwise`} label={t('jr.otherwise')} value={step.otherwise ?? ''} empty={t('jr.end')} options={targets} onChange={(v) => onChange({ ...step, otherwise: target(v) })} />
      </div>
    </>
  );
}
