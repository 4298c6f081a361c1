import { useState } from 'preact/hooks';
import type { myRecognitionSchema } from '../../../shared/schemas/recognition';
import type * as z from 'zod/mini';
import { shareRecognitionContract } from '../../../shared/contracts/recognition';
import { call } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import { ErrorLine } from '../rewards/fields';
import { rewardsText } from '../rewards/rewards-text';

type Recognition = z.infer<typeof myRecognitionSchema>;

/** A recognition the person received, with their choice whether the team may see it. */
export function RecognitionCard({ recognition, onChange }: { recognition: Recognition; onChange: () => void }) {
  const { t } = useFeatureText(rewardsText);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  async function toggle(event: Event) {
    const shared = (event.currentTarget as HTMLInputElement).checked;
    setSaving(true);
    setFailed(false);
    try {
      await call(shareRecognitionContract, { params: { id: recognition.id }, body: { shared } });
      onChange();
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }
  const hintId = `share-hint-${recognition.id}`;
  return (
    <li class="card">
      <p>“{recognition.message}”</p>
      <p class="hint">{t('recognition.mine.from', { name: recognition.managerName })}</p>
      <label class="switch">
        <input type="checkbox" role="switch" checked={recognition.shared} disabled={saving} onChange={toggle} aria-describedby={hintId} />
        <span>{t('recognition.share.label')}</span>
      </label>
      <p id={hintId} class="hint">
        {t('recognition.share.hint')}
      </p>
      <ErrorLine show={failed} />
    </li>
  );
}
