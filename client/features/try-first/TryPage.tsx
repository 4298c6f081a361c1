import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { LearningItem } from '../../../shared/schemas/learning';
import type { TriedTraining } from '../../../shared/schemas/try-first';
import { PublicShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { useSession } from '../../app/session';
import { recordTriedActivity } from '../../sync/record-activity';
import { CelebrateIcon } from '../../ui/screen-icons';
import { MagicLinkForm } from '../signin/MagicLinkForm';
import { MicroPlayer } from '../training/MicroPlayer';
import { TrainingIntro } from '../training/TrainingIntro';
import { trainingText } from '../training/training-text';
import { tryText } from './try-text';
import { openTried } from './open-tried';

type Load = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; tried: TriedTraining };

/**
 * A training tried from a kick-off page (/k/<code>/try/<item>), before
 * joining: it plays without an account, every step kept on the phone under
 * the server's try pass and sent nowhere. At the end: join with one field and
 * one button, and the sign-in on this phone claims the result.
 */
export function TryPage({ code, itemId }: { code: string; itemId: string }) {
  const { t, language } = useFeatureText(tryText, trainingText);
  const { state } = useSession();
  const { route } = useLocation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const signedIn = state.status === 'signed-in';

  useEffect(() => {
    // Someone who has joined plays the training as their own.
    if (signedIn) return route(`/training/${itemId}`, true);
    openTried(code, itemId, language)
      .then((tried) => setLoad({ status: 'ready', tried }))
      .catch(() => setLoad({ status: 'missing' }));
  }, [code, itemId, signedIn]);

  return (
    <PublicShell>
      <a class="back-link" href={`/k/${code}`}>
        ← {t('try.back')}
      </a>
      {load.status === 'missing' && (
        <p class="notice" role="alert">
          {t('try.missing')}
        </p>
      )}
      {load.status === 'ready' && load.tried.item.micro && (
        <article class="training" lang={load.tried.item.language} aria-labelledby="training-title">
          <MicroPlayer
            item={load.tried.item}
            content={load.tried.item.micro}
            intro={<TrainingIntro item={load.tried.item} />}
            done={<TriedDone item={load.tried.item} code={code} />}
            record={async (input) => void (await recordTriedActivity(load.tried.passId, input))}
          />
        </article>
      )}
    </PublicShell>
  );
}

/** The tried training is done: the success first, then the way to keep it, one field and one button. */
function TriedDone({ item, code }: { item: LearningItem; code: string }) {
  const { t } = useFeatureText(tryText, trainingText);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section class="done card stack" aria-labelledby="done-title">
      <CelebrateIcon size={48} />
      <h2 id="done-title" tabIndex={-1} ref={headingRef}>
        {t('training.done.title')}
      </h2>
      <p>{t('training.done.body', { title: item.title })}</p>
      <section class="stack try-keep" aria-labelledby="try-keep">
        <h3 id="try-keep">{t('try.keep.title')}</h3>
        <p>{t('try.keep.body')}</p>
        <MagicLinkForm via={code} submitLabel={t('try.keep.submit')} />
        <p class="hint">{t('try.keep.local')}</p>
      </section>
    </section>
  );
}
