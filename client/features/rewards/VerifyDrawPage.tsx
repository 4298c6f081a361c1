import { useRoute } from 'preact-iso';
import { verifyDraw } from '../../../shared/domain/draw';
import { publishedDrawContract } from '../../../shared/contracts/competitions';
import type { PublishedDrawView } from '../../../shared/schemas/rewards';
import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { useApiData } from '../../ui/use-api-data';
import './rewards.css';
import { rewardsText } from './rewards-text';

/** Recomputes a raffle's draw in the browser with the same pure function the server and the CLI use. */
export function VerifyDrawPage() {
  const { t } = useFeatureText(rewardsText);
  const { params } = useRoute();
  const id = params.id ?? '';
  const { state } = useApiData(publishedDrawContract, { params: { id } });
  return (
    <AppShell>
      <h1>{t('rewards.verify.title')}</h1>
      <p>{t('rewards.verify.intro')}</p>
      {state.status === 'loading' && <p class="hint">{t('common.loading')}</p>}
      {state.status === 'error' && <p role="alert">{state.code === 'not_found' ? t('rewards.verify.missing') : t('common.error')}</p>}
      {state.status === 'ready' && <Draw draw={state.data} />}
    </AppShell>
  );
}

function Draw({ draw }: { draw: PublishedDrawView }) {
  const { t } = useFeatureText(rewardsText);
  const result =
    draw.seed && draw.tickets && draw.winners
      ? verifyDraw({ commitment: draw.commitment, seed: draw.seed, tickets: draw.tickets, prizes: draw.prizes, winners: draw.winners })
      : null;
  return (
    <section class="card section draw" aria-labelledby="draw-title">
      <h2 id="draw-title">{draw.title}</h2>
      <dl class="draw-facts">
        <dt>{t('rewards.verify.commitment')}</dt>
        <dd class="hash">{draw.commitment}</dd>
        {draw.seed && (
          <>
            <dt>{t('rewards.verify.seed')}</dt>
            <dd class="hash">{draw.seed}</dd>
          </>
        )}
      </dl>
      {!result && <p>{t('rewards.verify.notDrawn')}</p>}
      {result && (
        <ul class="draw-checks" role="status">
          <li class={result.commitmentMatches ? 'ok' : 'bad'}>{result.commitmentMatches ? t('rewards.verify.commitmentOk') : t('rewards.verify.commitmentBad')}</li>
          <li class={result.winnersMatch ? 'ok' : 'bad'}>{result.winnersMatch ? t('rewards.verify.winnersOk') : t('rewards.verify.winnersBad')}</li>
        </ul>
      )}
      {draw.winners && (
        <>
          <h3>{t('rewards.verify.winners')}</h3>
          <ol class="draw-codes">
            {draw.winners.map((code) => (
              <li key={code}>
                {code} {code === draw.myHolderCode && <strong>({t('rewards.verify.you')})</strong>}
              </li>
            ))}
          </ol>
        </>
      )}
      {draw.tickets && (
        <details>
          <summary>{t('rewards.verify.tickets', { n: draw.tickets.length })}</summary>
          <ul class="draw-codes">
            {draw.tickets.map((entry) => (
              <li key={entry.holder}>
                {entry.holder} × {entry.tickets} {entry.holder === draw.myHolderCode && <strong>({t('rewards.verify.you')})</strong>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
