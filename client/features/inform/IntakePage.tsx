import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { answerIntakeContract, myIntakeContract, skipIntakeContract } from '../../../shared/contracts/intake';
import { LEARNING_FORMS, MOMENT_PREFERENCES, MOTIVATIONS, type IntakeAnswer } from '../../../shared/schemas/intake';
import { NEEDS, type Need } from '../../../shared/schemas/strategy';
import { AppShell } from '../../app/AppShell';
import { call } from '../../app/api';
import { useApiData } from '../../ui/use-api-data';
import { useInformText } from './offer-parts';
import './inform.css';

const MAX_NEEDS = 2;

/** The intake: three short steps, skippable, changeable later from Settings; offered right after joining (?first=1). */
export function IntakePage() {
  const { state } = useApiData(myIntakeContract);
  return <AppShell>{state.status === 'ready' ? <IntakeForm initial={state.data.answer} /> : null}</AppShell>;
}

function IntakeForm({ initial }: { initial: IntakeAnswer | null }) {
  const { t } = useInformText();
  const { route, query } = useLocation();
  const first = query.first === '1';
  const [step, setStep] = useState(1);
  const [needs, setNeeds] = useState<Need[]>(initial?.needs ?? []);
  const [motivation, setMotivation] = useState<IntakeAnswer['motivation'] | null>(initial?.motivation ?? null);
  const [form, setForm] = useState<IntakeAnswer['form']>(initial?.form ?? 'online');
  const [moment, setMoment] = useState<IntakeAnswer['moment']>(initial?.moment ?? 'midday');
  const [failed, setFailed] = useState(false);

  const toggleNeed = (need: Need, on: boolean) => setNeeds(on ? [...needs, need].slice(-MAX_NEEDS) : needs.filter((n) => n !== need));
  const canGoOn = step === 1 ? needs.length > 0 : step === 2 ? motivation !== null : true;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (step < 3) return setStep(step + 1);
    if (!motivation) return setStep(2);
    try {
      await call(answerIntakeContract, { body: { needs, motivation, form, moment } });
      route('/');
    } catch {
      setFailed(true);
    }
  }

  async function skip() {
    await call(skipIntakeContract).catch(() => undefined);
    route('/');
  }

  return (
    <form class="section stack" onSubmit={submit} aria-labelledby="intake-title">
      <h1 id="intake-title">{t('inform.intake.title')}</h1>
      {first && <p class="intake-welcome">{t('inform.intake.welcome')}</p>}
      <p>{t('inform.intake.intro')}</p>
      <p class="hint" aria-live="polite">
        {t('inform.intake.step', { n: step })}
      </p>
      {step === 1 && (
        <fieldset class="choice-list">
          <legend>{t('inform.intake.needs')}</legend>
          {NEEDS.map((need) => (
            <label key={need} class="choice">
              <input type="checkbox" name="need" value={need} checked={needs.includes(need)} onChange={(e) => toggleNeed(need, e.currentTarget.checked)} />
              {t(`inform.need.${need}`)}
            </label>
          ))}
        </fieldset>
      )}
      {step === 2 && (
        <fieldset class="choice-list">
          <legend>{t('inform.intake.motivation')}</legend>
          {MOTIVATIONS.map((m) => (
            <label key={m} class="choice">
              <input type="radio" name="motivation" value={m} checked={motivation === m} onChange={() => setMotivation(m)} />
              {t(`inform.motivation.${m}`)}
            </label>
          ))}
        </fieldset>
      )}
      {step === 3 && (
        <>
          <p>{t('inform.intake.form')}</p>
          <fieldset class="choice-list">
            <legend>{t('inform.intake.form.label')}</legend>
            {LEARNING_FORMS.map((f) => (
              <label key={f} class="choice">
                <input type="radio" name="form" value={f} checked={form === f} onChange={() => setForm(f)} />
                {t(`inform.intake.form.${f}`)}
              </label>
            ))}
          </fieldset>
          <fieldset class="choice-list">
            <legend>{t('inform.intake.moment.label')}</legend>
            {MOMENT_PREFERENCES.map((m) => (
              <label key={m} class="choice">
                <input type="radio" name="moment" value={m} checked={moment === m} onChange={() => setMoment(m)} />
                {t(`inform.intake.moment.${m}`)}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {failed && (
        <p class="error-text" role="alert">
          {t('common.error')}
        </p>
      )}
      <div class="intake-actions">
        {step > 1 && (
          <button type="button" class="button button-secondary" onClick={() => setStep(step - 1)}>
            {t('inform.intake.back')}
          </button>
        )}
        <button type="submit" class="button button-primary" disabled={!canGoOn}>
          {step < 3 ? t('inform.intake.next') : t('inform.intake.save')}
        </button>
        <button type="button" class="button button-secondary" onClick={() => void skip()}>
          {t('inform.intake.skip')}
        </button>
      </div>
    </form>
  );
}
