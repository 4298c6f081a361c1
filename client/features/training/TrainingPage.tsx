import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Me } from '../../../shared/schemas/people';
import type { LearningItem } from '../../../shared/schemas/learning';
import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { useSync } from '../../sync/SyncProvider';
import { ClassroomSessions } from './ClassroomSessions';
import { MacroProgress } from './MacroProgress';
import { MicroPlayer } from './MicroPlayer';
import { useItem } from './use-item';
import { trainingText } from './training-text';

/** Opens one training: the micro-training player, the macro-training link and parts, or the classroom sessions. */
export function TrainingPage({ me }: { me: Me }) {
  const { t } = useFeatureText(trainingText);
  const id = useRoute().params.id ?? '';
  const [state, replaceItem] = useItem(id);
  const { scheduler } = useSync();
  // A notification opens the app here: record that open and re-send the push subscription (once per app start).
  useEffect(() => void import('../moments/lazy').then((m) => m.onAppOpen(me.id, () => scheduler.requestSync())), [me.id, scheduler]);
  return (
    <AppShell>
      <a class="back-link" href="/">
        ← {t('training.back')}
      </a>
      {state.status === 'loading' && (
        <p class="hint" role="status">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'missing' && (
        <p class="notice" role="alert">
          {t('training.notFound')}
        </p>
      )}
      {state.status === 'ready' && <TrainingBody me={me} item={state.item} onItemChange={replaceItem} />}
    </AppShell>
  );
}

function TrainingBody({ me, item, onItemChange }: { me: Me; item: LearningItem; onItemChange: (item: LearningItem) => void }) {
  const { t } = useFeatureText(trainingText);
  return (
    <article class="training" lang={item.language} aria-labelledby="training-title">
      <p class="eyebrow">
        {t(`training.kind.${item.kind}`)} · {t('training.minutes', { n: item.durationMinutes })}
      </p>
      <h1 id="training-title">{item.title}</h1>
      {item.isFallback && <span class="tag">{t('home.teaser.fallback')}</span>}
      <p>{item.summary}</p>
      {item.kind === 'micro' && item.micro && <MicroPlayer me={me} item={item} content={item.micro} />}
      {item.kind === 'macro' && item.macro && <MacroProgress me={me} item={item} macro={item.macro} />}
      {item.kind === 'classroom' && <ClassroomSessions item={item} onItemChange={onItemChange} />}
    </article>
  );
}
