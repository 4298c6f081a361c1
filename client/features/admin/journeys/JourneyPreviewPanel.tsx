import { useState } from 'preact/hooks';
import { previewJourneyContract, testSendJourneyContract } from '../../../../shared/contracts/journeys';
import type { JourneyStep } from '../../../../shared/domain/journey';
import type { Journey, JourneyPreview } from '../../../../shared/schemas/journeys';
import { call } from '../../../app/api';
import { formatDateTime } from '../../../app/locale';
import { useApiData } from '../../../ui/use-api-data';
import { JourneyFiguresTable } from './JourneyFiguresTable';
import { useJourneysText } from './journeys-text';

type Props = { journey: Journey; steps: readonly JourneyStep[]; stale: boolean; version: number };

/**
 * Beside the editor on a laptop, below it on a phone: the saved journey as one sample person (the admin) would
 * receive it — when, on which channel, with which hook — every message filled in, a test send, and the figures.
 */
export function JourneyPreviewPanel({ journey, steps, stale, version }: Props) {
  const { t } = useJourneysText();
  const { state } = useApiData(previewJourneyContract, { params: { id: journey.id } }, { version });
  return (
    <aside class="stack journey-side" aria-labelledby="journey-preview-title">
      <section class="card section stack">
        <h2 id="journey-preview-title">{t('jr.preview')}</h2>
        <p class="hint">{t('jr.preview.hint')}</p>
        {stale && <p class="notice">{t('jr.preview.stale')}</p>}
        {state.status === 'error' && <p class="error-text">{state.message}</p>}
        {state.status === 'ready' && <Timeline preview={state.data} steps={steps} />}
      </section>
      {state.status === 'ready' && state.data.messages.length > 0 && <Messages journeyId={journey.id} preview={state.data} steps={steps} />}
      <JourneyFiguresTable journeyId={journey.id} steps={steps} version={version} />
    </aside>
  );
}

function Timeline({ preview, steps }: { preview: JourneyPreview; steps: readonly JourneyStep[] }) {
  const { t, language } = useJourneysText();
  const messages = preview.timeline.filter((entry) => entry.kind === 'email' || entry.kind === 'push' || entry.kind === 'in_app');
  if (messages.length === 0) return <p>{t('jr.preview.none')}</p>;
  const numberOf = (stepId: string) => steps.findIndex((s) => s.id === stepId) + 1;
  return (
    <ol class="journey-timeline">
      {messages.map((entry) => {
        const message = preview.messages.find((m) => m.stepId === entry.stepId && m.language === language) ?? preview.messages.find((m) => m.stepId === entry.stepId);
        return (
          <li key={entry.stepId} data-kind={entry.kind}>
            <time dateTime={entry.at}>{formatDateTime(entry.at, language, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: preview.timeZone })}</time>
            <span class="tag">{t(`jr.channel.${entry.kind as 'email'}`)}</span>
            <span class="journey-timeline-what">
              {t('jr.step', { n: numberOf(entry.stepId) })}: {message?.hook ?? ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Every message in both languages, as the sample person reads it, each with a test send to yourself. */
function Messages({ journeyId, preview, steps }: { journeyId: string; preview: JourneyPreview; steps: readonly JourneyStep[] }) {
  const { t, language: ui } = useJourneysText();
  const [sent, setSent] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const numberOf = (stepId: string) => steps.findIndex((s) => s.id === stepId) + 1;
  const send = (stepId: string, language: 'nl' | 'en') => {
    setSent(null);
    setFailure(null);
    call(testSendJourneyContract, { params: { id: journeyId }, body: { stepId, language } })
      .then(() => setSent(t('jr.testSent')))
      .catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section class="card section stack" aria-labelledby="journey-messages-title">
      <h2 id="journey-messages-title">{t('jr.messages')}</h2>
      {preview.messages.map((m) => {
        const n = numberOf(m.stepId);
        const language = t(`jr.language.${m.language}`);
        return (
          <details key={`${m.stepId}-${m.language}`} class="journey-message" lang={m.language}>
            <summary>
              <span lang={ui}>
                {t('jr.step', { n })} · {language} ·
              </span>{' '}
              {m.subject || m.hook}
            </summary>
            <div class="stack">
              {m.subject && <p class="journey-message-subject">{m.subject}</p>}
              <p class="journey-message-hook">{m.hook}</p>
              <p class="journey-message-body">{m.body}</p>
              <button type="button" class="button button-secondary" lang={ui} onClick={() => send(m.stepId, m.language)}>
                {t('jr.testSend', { n, language })}
              </button>
            </div>
          </details>
        );
      })}
      <p role="status" class={failure ? 'error-text' : 'hint'}>
        {failure ?? sent}
      </p>
    </section>
  );
}
