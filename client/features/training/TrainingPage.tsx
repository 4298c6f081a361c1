import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Me } from '../../../shared/schemas/people';
import type { LearningItem, MicroContent } from '../../../shared/schemas/learning';
import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { useLazy } from '../../app/use-lazy';
import { recordActivity, type ActivityInput } from '../../sync/record-activity';
import { useSync } from '../../sync/SyncProvider';
import { ClassroomSessions } from './ClassroomSessions';
import { MacroProgress } from './MacroProgress';
import { MicroPlayer } from './MicroPlayer';
import { TrainingDone } from './TrainingDone';
import { TrainingIntro } from './TrainingIntro';
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
  // A micro-training's own action bar takes the bottom of the screen: the navigation gives way (the back link and the done screen lead home).
  const playing = state.status === 'ready' && state.item.kind === 'micro';
  return (
    <AppShell nav={!playing}>
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
  return (
    <article class="training" lang={item.language} aria-labelledby="training-title">
      {item.kind === 'micro' && item.micro && <OwnMicroTraining me={me} item={item} content={item.micro} />}
      {item.kind !== 'micro' && <TrainingIntro item={item} />}
      {item.kind === 'macro' && item.macro && <MacroProgress me={me} item={item} macro={item.macro} />}
      {item.kind === 'classroom' && <ClassroomSessions item={item} onItemChange={onItemChange} />}
    </article>
  );
}

/** A micro-training played by the signed-in person: each step into their outbox, then synced. */
function OwnMicroTraining({ me, item, content }: { me: Me; item: LearningItem; content: MicroContent }) {
  const { scheduler } = useSync();
  const record = async (input: ActivityInput) => {
    await recordActivity(me.id, input);
    scheduler.requestSync();
  };
  // Back from joining, with what was tried before now the person's own: its result, not its first card.
  const claimed = item.completed && new URLSearchParams(location.search).has('done');
  // The one-tap reaction comes with the stories chunk, fetched while the person plays.
  const Reaction = useLazy(() => import('../retain/lazy').then((m) => m.TrainingReaction));
  return (
    <MicroPlayer
      item={item}
      content={content}
      finished={claimed}
      intro={<TrainingIntro item={item} />}
      done={
        <>
          <TrainingDone item={item} claimed={claimed} />
          {Reaction && <Reaction itemId={item.id} />}
        </>
      }
      record={record}
    />
  );
}
