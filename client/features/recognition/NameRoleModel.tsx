import { useState } from 'preact/hooks';
import { createRecognitionContract, recognitionCandidatesContract } from '../../../shared/contracts/recognition';
import { call } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import { Field, SelectField } from '../rewards/fields';
import { useApiData } from '../../ui/use-api-data';
import { rewardsText } from '../rewards/rewards-text';


/** For managers: name someone in the team as a role model, with a short message. */
export function NameRoleModel() {
  const { t } = useFeatureText(rewardsText);
  const { state } = useApiData(recognitionCandidatesContract);
  const [status, setStatus] = useState<'idle' | 'saving' | 'sent' | 'error'>('idle');
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    setStatus('saving');
    try {
      await call(createRecognitionContract, { body: { personId: String(data.get('personId')), message: String(data.get('message')) } });
      form.reset();
      setStatus('sent');
    } catch {
      setStatus('error');
    }
  }
  if (state.status !== 'ready' || state.data.people.length === 0) return null;
  return (
    <form class="card section" onSubmit={submit} aria-labelledby="name-title">
      <h2 id="name-title">{t('recognition.name.title')}</h2>
      <SelectField id="role-model-person" label={t('recognition.name.person')} name="personId" required options={state.data.people.map((p) => ({ value: p.id, label: p.name }))} />
      <Field id="role-model-message" label={t('recognition.name.message')}>
        <input id="role-model-message" name="message" required maxLength={280} />
      </Field>
      <button type="submit" class="button button-primary" disabled={status === 'saving'}>
        {t('recognition.name.submit')}
      </button>
      <p role="status" class={status === 'error' ? 'error-text' : 'hint'}>
        {status === 'sent' && t('recognition.name.sent')}
        {status === 'error' && t('common.error')}
      </p>
    </form>
  );
}
