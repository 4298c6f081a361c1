import type { JourneyTrigger } from '../../../../shared/domain/journey';
import { ORGANISATION_TIME_ZONE } from '../../../../shared/domain/organisation';
import { SelectField, TextField } from '../fields';
import { fromZonedInput, toZonedInput } from '../use-admin';
import { TRIGGER_KINDS, triggerOfKind, type TriggerKind } from './journey-form';
import type { JourneyChoices } from './journey-choices';
import { useJourneysText } from './journeys-text';

type Props = {
  trigger: JourneyTrigger;
  groupId: string;
  choices: JourneyChoices;
  errorOf: (id: string) => string | undefined;
  onTrigger: (next: JourneyTrigger) => void;
  onGroup: (groupId: string) => void;
};

/** Who enters and when: the trigger, with only the field its kind needs, and the saved target group it is limited to. */
export function JourneyTriggerFields({ trigger, groupId, choices, errorOf, onTrigger, onGroup }: Props) {
  const { t } = useJourneysText();
  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
  return (
    <fieldset class="admin-fieldset stack">
      <legend>{t('jr.trigger')}</legend>
      <SelectField id="journey-trigger-kind" label={t('jr.trigger.kind')} value={trigger.kind} options={TRIGGER_KINDS.map((k) => ({ value: k, label: t(`jr.trigger.${k}`) }))} onChange={(v) => onTrigger(triggerOfKind(v as TriggerKind))} />
      {trigger.kind === 'campaign_kickoff' && <SelectField id="journey-trigger-campaignId" label={t('jr.campaign')} value={trigger.campaignId} empty={t('jr.choose')} options={choices.campaigns} onChange={(campaignId) => onTrigger({ ...trigger, campaignId })} />}
      {trigger.kind === 'completed_item' && <SelectField id="journey-trigger-itemId" label={t('jr.training')} value={trigger.itemId} empty={t('jr.choose')} options={choices.items} onChange={(itemId) => onTrigger({ ...trigger, itemId })} />}
      {trigger.kind === 'entered_group' && <SelectField id="journey-trigger-groupId" label={t('jr.group')} value={trigger.groupId} empty={t('jr.choose')} options={choices.groups} onChange={(id) => onTrigger({ ...trigger, groupId: id })} />}
      {trigger.kind === 'inactive_weeks' && (
        <TextField id="journey-trigger-weeks" type="number" label={t('jr.trigger.weeks')} value={Number.isNaN(trigger.weeks) ? '' : String(trigger.weeks)} error={errorOf('journey-trigger-weeks')} onInput={(v) => onTrigger({ ...trigger, weeks: number(v) })} />
      )}
      {trigger.kind === 'date' && (
        <TextField id="journey-trigger-at" type="datetime-local" label={`${t('jr.trigger.at')} (${ORGANISATION_TIME_ZONE})`} value={toZonedInput(trigger.at || null, ORGANISATION_TIME_ZONE)} error={errorOf('journey-trigger-at')} onInput={(v) => onTrigger({ ...trigger, at: fromZonedInput(v, ORGANISATION_TIME_ZONE) ?? '' })} />
      )}
      {trigger.kind !== 'entered_group' && (
        <SelectField id="journey-group" label={t('jr.audience')} value={groupId} empty={t('jr.audience.everyone')} options={choices.groups} describedBy="journey-group-hint" onChange={onGroup} />
      )}
      {trigger.kind !== 'entered_group' && (
        <p id="journey-group-hint" class="hint">
          {t('jr.audience.hint')}
        </p>
      )}
    </fieldset>
  );
}
