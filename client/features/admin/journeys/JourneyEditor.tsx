import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createJourneyContract, updateJourneyContract } from '../../../../shared/contracts/journeys';
import { journeyProblems, type JourneyGoal, type JourneyStep, type JourneyTrigger } from '../../../../shared/domain/journey';
import type { Journey, JourneyInput } from '../../../../shared/schemas/journeys';
import { call } from '../../../app/api';
import { SaveStatus, SelectField, TextField, type SaveState } from '../fields';
import { useFormErrors } from '../form-errors';
import { noteSaved, takeSavedNote } from '../save-notice';
import { useUnsavedGuard } from '../use-unsaved-guard';
import { move } from '../../../ui/list-move';
import { freshStepId, goalOfKind, stepOfKind, unchosen, type FormProblem, type GoalKind } from './journey-form';
import { JourneyStepCard } from './JourneyStepCard';
import { JourneyTriggerFields } from './JourneyTriggerFields';
import { JourneyPreviewPanel } from './JourneyPreviewPanel';
import { JourneyStatusControl } from './JourneyStatusControl';
import { useJourneyChoices } from './journey-choices';
import { useJourneysText } from './journeys-text';
import { problemText } from './journey-problem-text';

const NO_AUDIENCE: JourneyInput['audience'] = { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] };

/** Which input shows a field the server refused: `steps.2.texts.nl.hook` → `jstep-2-hook-nl`. */
export function journeyFieldOf(path: string): string | undefined {
  if (path === 'name') return 'journey-name';
  if (path === 'catchUpHours') return 'journey-catchup';
  if (path === 'groupId') return 'journey-group';
  const trigger = /^trigger\.(\w+)$/.exec(path);
  if (trigger) return trigger[1] === 'kind' ? 'journey-trigger-kind' : `journey-trigger-${trigger[1]}`;
  const text = /^steps\.(\d+)\.texts\.(nl|en)\.(subject|hook|body)$/.exec(path);
  if (text) return `jstep-${text[1]}-${text[3]}-${text[2]}`;
  const field = /^steps\.(\d+)\.(days|weekday|time)$/.exec(path);
  return field ? `jstep-${field[1]}-${field[2]}` : undefined;
}

/**
 * Builds or changes a drip campaign, for an L&D person on a laptop: who enters and when, the steps as a vertical list
 * (a message, a wait, a choice), the goal that ends it for a person. What the shared rules refuse is listed before
 * saving, by step; once saved, the preview shows what one person receives when, and a test send goes to yourself.
 */
export function JourneyEditor({ journey }: { journey: Journey | null }) {
  const { t } = useJourneysText();
  const { route } = useLocation();
  const choices = useJourneyChoices();
  const [name, setName] = useState(journey?.name ?? '');
  const [trigger, setTrigger] = useState<JourneyTrigger>(journey?.trigger ?? { kind: 'joined' });
  const [groupId, setGroupId] = useState(journey?.groupId ?? '');
  const [steps, setSteps] = useState<JourneyStep[]>(() => journey?.steps ?? [stepOfKind('email', 'step-1')]);
  const [goal, setGoal] = useState<JourneyGoal>(journey?.goal ?? null);
  const [catchUpHours, setCatchUpHours] = useState(journey?.catchUpHours ?? 24);
  const [save, setSave] = useState<SaveState>(() => (journey && takeSavedNote(`/admin/journeys/${journey.id}`) ? { kind: 'saved' } : { kind: 'idle' }));
  const [tried, setTried] = useState(false);
  const [version, setVersion] = useState(0);
  const errors = useFormErrors(journeyFieldOf);

  const body: JourneyInput = { name, trigger, steps, goal, catchUpHours, audience: groupId ? NO_AUDIENCE : (journey?.audience ?? NO_AUDIENCE), groupId: groupId || null };
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(body));
  const dirty = JSON.stringify(body) !== savedBody;
  useUnsavedGuard(dirty, t('jr.unsaved'));
  const problems: FormProblem[] = [...unchosen(trigger, steps, goal), ...journeyProblems({ trigger, steps, goal, catchUpHours })];

  const change = (index: number, next: JourneyStep) => setSteps(steps.map((s, i) => (i === index ? next : s)));
  const moveStep = (index: number, by: -1 | 1) => {
    setSteps(move(steps, index, by));
    requestAnimationFrame(() => document.getElementById(`jstep-${index + by}-${by < 0 ? 'up' : 'down'}`)?.focus());
  };
  const remove = (index: number) => {
    setSteps(steps.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById('jstep-add')?.focus());
  };
  const add = () => {
    setSteps([...steps, stepOfKind('wait_days', freshStepId(steps))]);
    requestAnimationFrame(() => document.getElementById(`jstep-${steps.length}-kind`)?.focus());
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setTried(true);
    if (name.trim() === '') {
      setSave({ kind: 'error', message: t('jr.problem.name') });
      document.getElementById('journey-name')?.focus();
      return;
    }
    if (problems.length > 0) {
      setSave({ kind: 'idle' });
      requestAnimationFrame(() => document.getElementById('journey-problems')?.focus());
      return;
    }
    setSave({ kind: 'saving' });
    try {
      if (journey) await call(updateJourneyContract, { params: { id: journey.id }, body });
      else {
        const created = await call(createJourneyContract, { body });
        noteSaved(`/admin/journeys/${created.id}`);
        setSavedBody(JSON.stringify(body));
        route(`/admin/journeys/${created.id}`, true);
        return;
      }
      errors.clear();
      setSavedBody(JSON.stringify(body));
      setVersion((v) => v + 1);
      setSave({ kind: 'saved' });
    } catch (e) {
      setSave({ kind: 'error', message: errors.report(e) });
    }
  }

  const problemsOf = (stepId: string) => problems.filter((p) => 'stepId' in p && p.stepId === stepId);
  return (
    <div class="journey-layout">
      <form class="card section stack journey-editor" onSubmit={(e) => void submit(e)} aria-labelledby="journey-editor-title" noValidate>
        <a href="/admin/journeys">{t('jr.back')}</a>
        <h2 id="journey-editor-title">{t(journey ? 'jr.editTitle' : 'jr.newTitle')}</h2>
        {journey && <JourneyStatusControl journey={journey} />}
        <TextField id="journey-name" label={t('jr.name')} value={name} required error={errors.errorOf('journey-name') ?? (tried && name.trim() === '' ? t('jr.problem.name') : undefined)} onInput={setName} />
        <JourneyTriggerFields trigger={trigger} groupId={groupId} choices={choices} errorOf={errors.errorOf} onTrigger={setTrigger} onGroup={setGroupId} />

        <fieldset class="admin-fieldset stack">
          <legend>{t('jr.steps')}</legend>
          <p class="hint">{t('jr.steps.hint')}</p>
          <p class="hint">{t('jr.placeholders')}</p>
          <ol class="journey-steps">
            {steps.map((step, index) => (
              <li key={step.id} class="journey-step">
                <JourneyStepCard
                  index={index}
                  step={step}
                  steps={steps}
                  choices={choices}
                  problems={tried ? problemsOf(step.id) : []}
                  errorOf={errors.errorOf}
                  onChange={(next) => change(index, next)}
                  onMove={(by) => moveStep(index, by)}
                  onRemove={() => remove(index)}
                />
              </li>
            ))}
          </ol>
          <button id="jstep-add" type="button" class="button button-secondary" disabled={steps.length >= 40} onClick={add}>
            {t('jr.add')}
          </button>
        </fieldset>

        <GoalFields goal={goal} choices={choices} onChange={setGoal} />
        <TextField id="journey-catchup" type="number" label={t('jr.catchUp')} value={Number.isNaN(catchUpHours) ? '' : String(catchUpHours)} describedBy="journey-catchup-hint" error={errors.errorOf('journey-catchup')} onInput={(v) => setCatchUpHours(v.trim() === '' ? Number.NaN : Number(v))}>
          <p id="journey-catchup-hint" class="hint">
            {t('jr.catchUp.hint')}
          </p>
        </TextField>

        {tried && problems.length > 0 && <ProblemSummary problems={problems} steps={steps} />}
        <div class="admin-actions">
          <button type="submit" class="button button-primary" disabled={save.kind === 'saving'}>
            {t('jr.save')}
          </button>
        </div>
        <SaveStatus status={save} />
      </form>
      {journey && <JourneyPreviewPanel journey={journey} steps={steps} stale={dirty} version={version} />}
    </div>
  );
}

/** Everything that keeps the journey from being saved, in the admin's words, each with its step's number. */
function ProblemSummary({ problems, steps }: { problems: readonly FormProblem[]; steps: readonly JourneyStep[] }) {
  const { t } = useJourneysText();
  const numberOf = (stepId: string) => steps.findIndex((s) => s.id === stepId) + 1;
  return (
    <div id="journey-problems" class="notice journey-problems" tabIndex={-1} role="alert">
      <h3>{t('jr.problems')}</h3>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{problemText(t, p, numberOf)}</li>
        ))}
      </ul>
    </div>
  );
}

function GoalFields({ goal, choices, onChange }: { goal: JourneyGoal; choices: ReturnType<typeof useJourneyChoices>; onChange: (next: JourneyGoal) => void }) {
  const { t } = useJourneysText();
  const kinds: GoalKind[] = ['none', 'completed_item', 'joined'];
  return (
    <fieldset class="admin-fieldset stack">
      <legend>{t('jr.goal')}</legend>
      <SelectField id="journey-goal-kind" label={t('jr.goal.kind')} value={goal?.kind ?? 'none'} options={kinds.map((k) => ({ value: k, label: t(`jr.goal.${k}`) }))} onChange={(v) => onChange(goalOfKind(v as GoalKind))} />
      {goal?.kind === 'completed_item' && <SelectField id="journey-goal-item" label={t('jr.training')} value={goal.itemId} empty={t('jr.choose')} options={choices.items} onChange={(itemId) => onChange({ ...goal, itemId })} />}
    </fieldset>
  );
}
