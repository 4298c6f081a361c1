import { useState } from 'preact/hooks';
import { momentSettingsContract, updateMomentSettingsContract } from '../../../shared/contracts/moments';
import type { MomentSettings, MomentSlotInput } from '../../../shared/schemas/moments';
import { call } from '../../app/api';
import { SaveStatus, TextField, type SaveState } from './fields';
import { useAdminData, useAdminText } from './use-admin';
import { useFormErrors } from './form-errors';
import { formatDateTime } from '../../app/locale';

// Where the server's refusals show: its field paths → the inputs.
const MOMENT_FIELDS: Record<string, string> = {
  'defaultSlot.startTime': 'slot-start',
  'defaultSlot.durationMinutes': 'slot-duration',
  workStart: 'work-start',
  workEnd: 'work-end',
  weeklyPushCap: 'push-cap',
  retireSubscriptionsAfterDays: 'retire-after',
};

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
// Offered when an organisation that had no default slot turns one on; the server's own default.
const FIRST_SLOT: MomentSlotInput = { weekdays: [2], startTime: '10:00', durationMinutes: 30, form: 'online', topic: null };

/** The organisation's learning-moment rules (issue 4): default slot, working time, days off, push cap, device retirement. */
export function MomentSettingsScreen(_: { id: string | null }) {
  const { t } = useAdminText();
  const { state } = useAdminData(momentSettingsContract);
  if (state.status === 'loading') return <p>{t('admin.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{t('admin.error', { message: state.message })}</p>;
  return <MomentSettingsForm initial={state.data} />;
}

function MomentSettingsForm({ initial }: { initial: MomentSettings }) {
  const { t } = useAdminText();
  const [settings, setSettings] = useState(initial);
  const [daysOff, setDaysOff] = useState(initial.daysOff.join('\n'));
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const errors = useFormErrors((path) => MOMENT_FIELDS[path] ?? (path.startsWith('daysOff') ? 'days-off' : undefined));
  const slot = settings.defaultSlot;
  const update = (patch: Partial<MomentSettings>) => setSettings({ ...settings, ...patch });
  const updateSlot = (patch: Partial<MomentSlotInput>) => slot && update({ defaultSlot: { ...slot, ...patch } });

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    // The server validates every field and names the one it refuses; the form only shapes the input.
    const body = { ...settings, daysOff: daysOff.split(/\s+/).filter(Boolean) };
    try {
      const saved = await call(updateMomentSettingsContract, { body });
      setSettings(saved);
      setDaysOff(saved.daysOff.join('\n'));
      setStatus({ kind: 'saved' });
      errors.clear();
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <form class="card section stack admin-moment" onSubmit={save} aria-labelledby="moment-settings-title" noValidate>
      <h2 id="moment-settings-title">{t('admin.moment.title')}</h2>
      <p class="hint">{t('admin.moment.intro')}</p>
      <fieldset class="admin-fieldset">
        <legend>{t('admin.moment.slot')}</legend>
        <label class="admin-check">
          <input type="checkbox" checked={slot !== null} onChange={(e) => update({ defaultSlot: (e.currentTarget as HTMLInputElement).checked ? (initial.defaultSlot ?? FIRST_SLOT) : null })} />
          {t('admin.moment.slotOn')}
        </label>
        {slot && (
          <>
            <WeekdayPicker legend={t('admin.moment.slotDays')} value={slot.weekdays} onChange={(weekdays) => updateSlot({ weekdays })} />
            <TimeField id="slot-start" error={errors.errorOf("slot-start")} label={t('admin.moment.start')} value={slot.startTime} onInput={(startTime) => updateSlot({ startTime })} />
            <TextField id="slot-duration" error={errors.errorOf("slot-duration")} type="number" label={t('admin.moment.duration')} value={String(slot.durationMinutes)} onInput={(v) => updateSlot({ durationMinutes: toNumber(v) })} />
            <div class="field">
              <label for="slot-form">{t('admin.moment.form')}</label>
              <select id="slot-form" onChange={(e) => updateSlot({ form: (e.currentTarget as HTMLSelectElement).value === 'classroom' ? 'classroom' : 'online' })}>
                {(['online', 'classroom'] as const).map((form) => (
                  <option key={form} value={form} selected={slot.form === form}>
                    {t(`admin.moment.form.${form}`)}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
      </fieldset>
      <fieldset class="admin-fieldset">
        <legend>{t('admin.moment.work')}</legend>
        <WeekdayPicker legend={t('admin.moment.workDays')} value={settings.workingDays} onChange={(workingDays) => update({ workingDays })} />
        <TimeField id="work-start" error={errors.errorOf("work-start")} label={t('admin.moment.workStart')} value={settings.workStart} onInput={(workStart) => update({ workStart })} />
        <TimeField id="work-end" error={errors.errorOf("work-end")} label={t('admin.moment.workEnd')} value={settings.workEnd} onInput={(workEnd) => update({ workEnd })} />
        <TextField id="days-off" error={errors.errorOf("days-off")} multiline label={t('admin.moment.daysOff')} value={daysOff} describedBy="days-off-hint" onInput={setDaysOff}>
          <p id="days-off-hint" class="hint">
            {t('admin.moment.daysOffHint')}
          </p>
        </TextField>
      </fieldset>
      <fieldset class="admin-fieldset">
        <legend>{t('admin.moment.push')}</legend>
        <TextField id="push-cap" error={errors.errorOf("push-cap")} type="number" label={t('admin.moment.pushCap')} value={String(settings.weeklyPushCap)} onInput={(v) => update({ weeklyPushCap: toNumber(v) })} />
        <TextField id="retire-after" error={errors.errorOf("retire-after")} type="number" label={t('admin.moment.retire')} value={String(settings.retireSubscriptionsAfterDays)} onInput={(v) => update({ retireSubscriptionsAfterDays: toNumber(v) })} />
      </fieldset>
      <div class="admin-actions">
        <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
          {t('admin.save')}
        </button>
      </div>
      <SaveStatus status={status} />
    </form>
  );
}

/** Monday … Sunday as checkboxes, named in the admin's language. */
function WeekdayPicker({ legend, value, onChange }: { legend: string; value: number[]; onChange: (next: number[]) => void }) {
  const { language } = useAdminText();
  // 2024-01-01 was a Monday: day d of that week is ISO weekday d.
  const name = (day: number) => formatDateTime(new Date(Date.UTC(2024, 0, day)), language, { weekday: 'long', timeZone: 'UTC' });
  return (
    <fieldset class="admin-fieldset">
      <legend>{legend}</legend>
      <div class="admin-checks">
        {WEEKDAYS.map((day) => (
          <label key={day} class="admin-check">
            <input type="checkbox" checked={value.includes(day)} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked ? [...value, day].sort((a, b) => a - b) : value.filter((d) => d !== day))} />
            {name(day)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TimeField(props: { id: string; label: string; value: string; onInput: (v: string) => void; error?: string }) {
  const errorId = `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="time"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {props.error && (
        <p id={errorId} class="error-text">
          {props.error}
        </p>
      )}
    </div>
  );
}

// An empty or half-typed number is sent as it is (null), so the server names the field it refuses.
function toNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}
