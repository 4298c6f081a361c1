import type { LearningItem } from '../../../shared/schemas/learning';
import { useFeatureText } from '../../app/i18n';
import { trainingText } from './training-text';

/** The training's kind, length, title and summary, and the ambassador who drafted it when they want to be named. */
export function TrainingIntro({ item }: { item: LearningItem }) {
  const { t } = useFeatureText(trainingText);
  return (
    <>
      <p class="eyebrow">
        {t(`training.kind.${item.kind}`)} · {t('training.minutes', { n: item.durationMinutes })}
      </p>
      <h1 id="training-title">{item.title}</h1>
      {item.isFallback && <span class="tag">{t('home.teaser.fallback')}</span>}
      <p>{item.summary}</p>
      {item.credit && <p class="hint">{t('training.credit', { name: item.credit })}</p>}
    </>
  );
}
