import { useEffect, useState } from 'preact/hooks';
import { myIntakeContract } from '../../../shared/contracts/intake';
import { saveMyMomentContract } from '../../../shared/contracts/moments';
import type { MomentForm as Form, MomentSlotInput, MyMoment } from '../../../shared/schemas/moments';
import { call } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import type { MessageKey } from '../../../shared/i18n/en';
import { formatMomentStart } from './moment-format';
import { momentText } from './moment-text';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DURATIONS = [15, 30, 45, 60, 90, 120];
const FORMS: Form[] = ['online', 'classroom'];

/** A blank slot when neither the person nor the organisation chose one yet. */
const BLANK: MomentSlotInput = { weekdays: [], startTime: '09:00', durationMinutes: 30, form: 'online', topic: null };

/** Weekday(s), start time, duration, preferred form and an optional topic; saved with PUT /api/me/moment. */
export function MomentForm({ moment, onSaved }: { moment: MyMoment | null; onSaved: (moment: MyMoment) => void }) {
  const { t, language } = useFeatureText(momentText);
  const [slot, setSlot] = useState<MomentSlotInput>(moment?.slot ?? BLANK);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'no-days' | 'error'>('idle');
  const durations = DURATIONS.includes(slot.durationMinutes) ? DURATIONS : [...DURATIONS, slot.durationMinutes].sort((a, b) => a - b);
  const change = (part: Partial<MomentSlotInput>) => {
    setSlot({ ...slot, ...part });
    setStatus('idle');
  };
  // No moment yet: the intake's preferred part of the day and form are the default.
  useEffect(() => {
    if (moment?.slot) return;
    call(myIntakeContract)
      .then(({ answer, momentDefault }) => {
        if (answer && momentDefault) setSlot((s) => ({ ...s, startTime: momentDefault, form: answer.form === 'classroom' ? 'classroom' : 'online' }));
      })
      .catch(() => undefined);
  }, [moment]);
  const toggleDay = (day: number, on: boolean) =>
    change({ weekdays: on ? [...slot.weekdays, day].sort((a, b) => a - b) : slot.weekdays.filter((d) => d !== day) });

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (slot.weekdays.length === 0) return setStatus('no-days');
    setStatus('saving');
    try {
      const topic = slot.topic?.trim() ? slot.topic.trim() : null;
      onSaved(await call(saveMyMomentContract, { body: { ...slot, topic } }));
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  }

  return (
    <form class="card section moment-form" onSubmit={save} aria-labelledby="moment-form-title" noValidate>
      <h2 id="moment-form-title" class="visually-hidden">
        {t('moment.title')}
      </h2>
      <fieldset class="field" aria-describedby={status === 'no-days' ? 'moment-days-error' : undefined}>
        <legend>{t('moment.days')}</legend>
        <div class="day-picker">
          {WEEKDAYS.map((day) => (
            <label key={day} class="day-chip">
              <input type="checkbox" checked={slot.weekdays.includes(day)} onChange={(e) => toggleDay(day, e.currentTarget.checked)} />
              <span aria-hidden="true">{t(`moment.day.${day}` as MessageKey)}</span>
              <span class="visually-hidden">{t(`moment.dayName.${day}` as MessageKey)}</span>
            </label>
          ))}
        </div>
        {status === 'no-days' && (
          <p id="moment-days-error" class="error-text" role="alert">
            {t('moment.days.error')}
          </p>
        )}
      </fieldset>
      <div class="moment-row">
        <div class="field">
          <label for="moment-start">{t('moment.start')}</label>
          <input id="moment-start" type="time" required value={slot.startTime} onChange={(e) => change({ startTime: e.currentTarget.value || slot.startTime })} />
        </div>
        <div class="field">
          <label for="moment-duration">{t('moment.duration')}</label>
          <select id="moment-duration" onChange={(e) => change({ durationMinutes: Number(e.currentTarget.value) })}>
            {durations.map((n) => (
              <option key={n} value={n} selected={n === slot.durationMinutes}>
                {t('moment.minutes', { n })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset class="field">
        <legend>{t('moment.form')}</legend>
        <div class="choice-row">
          {FORMS.map((form) => (
            <label key={form} class="choice">
              <input type="radio" name="moment-form" value={form} checked={slot.form === form} onChange={() => change({ form })} />
              {t(`moment.form.${form}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="moment-topic">{t('moment.topic')}</label>
        <input id="moment-topic" type="text" maxLength={80} value={slot.topic ?? ''} aria-describedby="moment-topic-hint" onInput={(e) => change({ topic: e.currentTarget.value })} />
        <p id="moment-topic-hint" class="hint">
          {t('moment.topic.hint')}
        </p>
      </div>
      <button type="submit" class="button button-primary button-block" disabled={status === 'saving'}>
        {t('moment.save')}
      </button>
      <p role="status" class={status === 'error' ? 'error-text' : 'hint'}>
        {status === 'saved' && moment?.nextAt && t('moment.saved', { when: formatMomentStart(moment.nextAt, moment.timeZone, language) })}
        {status === 'error' && t('common.error')}
      </p>
    </form>
  );
}
