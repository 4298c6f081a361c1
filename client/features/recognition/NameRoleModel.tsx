import { useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { recognitionCandidatesSchema } from '../../../shared/schemas/recognition';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useApiData } from '../rewards/use-api-data';

const createdSchema = z.object({ id: z.string() });

/** For managers: name someone in the team as a role model, with a short message. */
export function NameRoleModel() {
  const { t } = useI18n();
  const { state } = useApiData('/api/recognitions/candidates', recognitionCandidatesSchema);
  const [status, setStatus] = useState<'idle' | 'saving' | 'sent' | 'error'>('idle');
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    setStatus('saving');
    try {
      await api('POST', '/api/recognitions', createdSchema, { personId: data.get('personId'), message: data.get('message') });
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
      <div class="field">
        <label for="role-model-person">{t('recognition.name.person')}</label>
        <select id="role-model-person" name="personId" required>
          {state.data.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="role-model-message">{t('recognition.name.message')}</label>
        <input id="role-model-message" name="message" required maxLength={280} />
      </div>
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
