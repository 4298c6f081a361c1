import { useState } from 'preact/hooks';
import { reactToTrainingContract } from '../../../shared/contracts/evaluations';
import { call } from '../../app/api';
import { useRetainText } from './use-retain-text';
import './retain.css';

/** Useful or not, one tap at the end of a training; a second tap changes the answer, never adds one. */
export function TrainingReaction({ itemId }: { itemId: string }) {
  const { t } = useRetainText();
  const [useful, setUseful] = useState<boolean | null>(null);
  const react = (value: boolean) => {
    setUseful(value);
    void call(reactToTrainingContract, { params: { id: itemId }, body: { useful: value } }).catch(() => undefined);
  };
  return (
    <div class="reaction" role="group" aria-label={t('retain.reaction.question')}>
      <p>{t('retain.reaction.question')}</p>
      <div class="story-actions">
        <button type="button" class="button button-secondary" aria-pressed={useful === true} onClick={() => react(true)}>
          {t('retain.reaction.useful')}
        </button>
        <button type="button" class="button button-secondary" aria-pressed={useful === false} onClick={() => react(false)}>
          {t('retain.reaction.notUseful')}
        </button>
      </div>
      {useful !== null && (
        <p role="status" class="hint">
          {t('retain.reaction.thanks')}
        </p>
      )}
    </div>
  );
}
