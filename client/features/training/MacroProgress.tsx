import { useState } from 'preact/hooks';
import type { LearningItem } from '../../../shared/schemas/learning';
import type { Me } from '../../../shared/schemas/people';
import { useFeatureText } from '../../app/i18n';
import { ArrowIcon } from '../../app/icons';
import { CheckCircleIcon } from '../../ui/screen-icons';
import { recordActivity } from '../../sync/record-activity';
import { useSync } from '../../sync/SyncProvider';
import { trainingText } from './training-text';

/**
 * A macro-training lives in the organisation's learning platform; here the
 * person opens it and ticks off the parts they did. The last part completes
 * it. (The platform can also report completion itself, through a signed callback.)
 */
export function MacroProgress({ me, item, macro }: { me: Me; item: LearningItem; macro: NonNullable<LearningItem['macro']> }) {
  const { t } = useFeatureText(trainingText);
  const { scheduler, outbox } = useSync();
  // Parts ticked off on this screen: once synced they leave the outbox, but `macro` is the server's count from when the page opened.
  const [tickedHere, setTickedHere] = useState(0);
  const pendingParts = outbox.flatMap((e) =>
    e.state === 'pending' && e.event.kind === 'macro_part_done' && e.event.itemId === item.id && e.event.part ? [e.event.part] : [],
  );
  const partsDone = Math.max(macro.partsDone, tickedHere, ...pendingParts);
  const completed =
    item.completed || partsDone >= macro.parts || outbox.some((e) => e.event.kind === 'training_completed' && e.event.itemId === item.id);

  async function markPart(part: number) {
    await recordActivity(me.id, { kind: 'macro_part_done', itemId: item.id, part });
    if (part === macro.parts) await recordActivity(me.id, { kind: 'training_completed', itemId: item.id });
    setTickedHere(part);
    scheduler.requestSync();
  }

  return (
    <section class="card stack" aria-labelledby="macro-parts">
      <a class="button button-primary button-block" href={macro.url} target="_blank" rel="noopener noreferrer">
        {t('training.macro.open')} <ArrowIcon />
      </a>
      <h2 id="macro-parts">{t('training.macro.parts')}</h2>
      <ol class="card-list card-list-tight">
        {Array.from({ length: macro.parts }, (_, i) => i + 1).map((part) => {
          const done = completed || part <= partsDone;
          // aria-disabled, not disabled: the part just ticked off keeps the keyboard focus.
          const unavailable = done || part !== partsDone + 1;
          return (
            <li key={part}>
              <button
                type="button"
                class={`part${done ? ' part-done' : ''}`}
                aria-pressed={done}
                aria-disabled={unavailable}
                onClick={() => !unavailable && markPart(part)}
              >
                {done && <CheckCircleIcon size={22} />} {t('training.macro.part', { n: part })}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
