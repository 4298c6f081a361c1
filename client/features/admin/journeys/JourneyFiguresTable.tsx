import { journeyFiguresContract } from '../../../../shared/contracts/journeys';
import type { JourneyStep } from '../../../../shared/domain/journey';
import { useApiData } from '../../../ui/use-api-data';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { useJourneysText } from './journeys-text';

const COLUMNS = ['sent', 'delivered', 'bounced', 'clicked', 'skippedLate', 'waiting'] as const;

/** Per journey and per step: who entered, reached the goal or left, and what each step sent and brought. */
export function JourneyFiguresTable({ journeyId, steps, version }: { journeyId: string; steps: readonly JourneyStep[]; version: number }) {
  const { t } = useJourneysText();
  const { state } = useApiData(journeyFiguresContract, { params: { id: journeyId } }, { version });
  if (state.status !== 'ready') return null;
  const f = state.data;
  const numberOf = (stepId: string) => steps.findIndex((s) => s.id === stepId) + 1;
  return (
    <section class="card section stack" aria-labelledby="journey-figures-title">
      <h2 id="journey-figures-title">{t('jr.figures')}</h2>
      <p>{t('jr.figures.summary', { entered: f.entered, goal: f.goalReached, exited: f.exited, unsubscribed: f.unsubscribed })}</p>
      <ScrollRegion labelledBy="journey-figures-title">
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('jr.figures.step')}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`jr.figures.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {f.steps
              .filter((s) => s.kind === 'email' || s.kind === 'push' || s.kind === 'in_app')
              .map((s) => (
                <tr key={s.stepId}>
                  <th scope="row">
                    {t('jr.step', { n: numberOf(s.stepId) })} · {t(`jr.channel.${s.kind as 'email'}`)}
                  </th>
                  {COLUMNS.map((c) => (
                    <td key={c}>{s[c]}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
