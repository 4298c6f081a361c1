import { useEffect, useRef } from 'preact/hooks';
import type { LearningItem } from '../../../shared/schemas/learning';
import { useFeatureText } from '../../app/i18n';
import { InstallOffer } from '../../app/pwa';
import { CelebrateIcon } from '../../ui/screen-icons';
import { useSync } from '../../sync/SyncProvider';
import { StreakSummary } from '../progress/StreakSummary';
import { trainingText } from './training-text';

/**
 * The reward moment: the finished training, the streak and points, and
 * whether it is still only on the phone. `claimed`: it was tried before
 * joining and is now in the person's account.
 */
export function TrainingDone({ item, claimed = false }: { item: LearningItem; claimed?: boolean }) {
  const { t } = useFeatureText(trainingText);
  const { outbox } = useSync();
  const pending = outbox.some((e) => e.state === 'pending' && e.event.itemId === item.id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The Finish button is gone: the focus moves here, so keyboard and screen-reader users land on the result.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section class="done card stack" aria-labelledby="done-title">
      <CelebrateIcon />
      <h2 id="done-title" tabIndex={-1} ref={headingRef}>
        {t('training.done.title')}
      </h2>
      <p>{t('training.done.body', { title: item.title })}</p>
      {claimed ? (
        <p class="notice" role="status">
          {t('training.done.claimed')}
        </p>
      ) : (
        item.completed && <p class="hint">{t('training.done.already')}</p>
      )}
      <StreakSummary />
      {pending && (
        <p class="notice" role="status">
          {t('training.done.pending')}
        </p>
      )}
      <a class="button button-primary button-block" href="/">
        {t('training.done.home')}
      </a>
      {/* After a success is the moment to offer the app (once a first training has reached the server). */}
      <InstallOffer />
    </section>
  );
}
