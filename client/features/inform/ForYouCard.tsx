import { myIntakeContract } from '../../../shared/contracts/intake';
import { useSession } from '../../app/session';
import { useApiData } from '../../ui/use-api-data';
import { PathCard, TrainingRow, useInformText } from './offer-parts';
import { useOffer } from './use-offer';
import './inform.css';

const SHOWN = 5;

/**
 * The home's "for you" section, loaded after the first paint: the intake
 * prompt while it is due, what's in it for the person, their learning paths
 * (mandatory and change paths first, as the rules order them) and the first
 * recommendations for their motivation. Works offline from the saved offer.
 */
export function ForYouCard() {
  const { t } = useInformText();
  const offer = useOffer();
  const { state: intake } = useApiData(myIntakeContract);
  const session = useSession();
  if (offer.status !== 'ready') return null;
  const { wiifm, paths, items, recommended } = offer.offer;
  const byId = new Map(items.map((i) => [i.id, i]));
  const first = recommended.slice(0, SHOWN).flatMap((id) => byId.get(id) ?? []);
  const pathOrder = new Map(recommended.map((id, index) => [id, index]));
  const rank = (p: (typeof paths)[number]) => Math.min(...p.items.map((i) => pathOrder.get(i.id) ?? Infinity));
  const openPaths = paths.filter((p) => !p.completedAt).sort((a, b) => rank(a) - rank(b));
  return (
    <section class="section stack for-you" aria-labelledby="for-you-title">
      <h2 id="for-you-title">{t('inform.foryou.title')}</h2>
      {offer.fromCache && !navigator.onLine && <p class="hint">{t('inform.offline')}</p>}
      {intake.status === 'ready' && intake.data.due && (
        <div class="notice">
          <p>{t('inform.intake.prompt')}</p>
          <a class="button button-primary" href="/intake">
            {t('inform.intake.start')}
          </a>
        </div>
      )}
      {/* Skipped and never answered: not asked again for six months, but the way to answer stays in sight. */}
      {intake.status === 'ready' && !intake.data.due && intake.data.answer === null && (
        <p class="hint">
          {t('inform.intake.skipped')}{' '}
          <a href="/intake">{t('inform.intake.later')}</a>
        </p>
      )}
      {wiifm.length > 0 && (
        <div class="card wiifm" aria-labelledby="wiifm-title">
          <h3 id="wiifm-title">{t('inform.foryou.wiifm')}</h3>
          {wiifm.map((m) => (
            <p key={m.need} lang={m.language}>
              {m.text}
            </p>
          ))}
        </div>
      )}
      {openPaths.length > 0 && (
        <>
          <h3>{t('inform.foryou.paths')}</h3>
          <ul class="card-list">
            {openPaths.map((p) => (
              <PathCard key={p.id} path={p} />
            ))}
          </ul>
        </>
      )}
      {first.length > 0 && (
        <>
          <h3 id="recommended-title">{t('inform.foryou.recommended')}</h3>
          <ol class="card-list card-list-tight" aria-labelledby="recommended-title">
            {first.map((entry) => (
              <TrainingRow key={entry.id} entry={entry} />
            ))}
          </ol>
        </>
      )}
      <p class="for-you-links">
        <a class="button button-secondary" href="/catalogue">
          {t('inform.foryou.search')}
        </a>
        <a class="button button-secondary" href="/why">
          {t('inform.foryou.why')}
        </a>
        {/* A manager gives their team paths and follows them there. */}
        {session.state.status === 'signed-in' && session.state.me.role === 'manager' && (
          <a class="button button-secondary" href="/team/paths">
            {t('inform.team.title')}
          </a>
        )}
      </p>
    </section>
  );
}
