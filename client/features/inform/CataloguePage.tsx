import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CatalogueEntry } from '../../../shared/schemas/offer';
import { AppShell } from '../../app/AppShell';
import type { CatalogueIndex } from './catalogue-search';
import { TrainingRow, useInformText } from './offer-parts';
import { useOffer } from './use-offer';
import './inform.css';

const SHORT_MINUTES = 10;
type Duration = '' | 'short' | 'long';

/**
 * The whole catalogue on demand, self-chosen: search (offline, see
 * catalogue-search.ts) and filters for form, competency and duration. Without
 * a search word the list follows the person's recommended order.
 */
export function CataloguePage() {
  const { t } = useInformText();
  const offer = useOffer();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<'' | CatalogueEntry['kind']>('');
  const [competency, setCompetency] = useState('');
  const [duration, setDuration] = useState<Duration>('');
  const [index, setIndex] = useState<CatalogueIndex | null>(null);
  const items = offer.status === 'ready' ? offer.offer.items : null;

  useEffect(() => {
    if (items) void import('./catalogue-search').then(({ buildCatalogueIndex }) => setIndex(buildCatalogueIndex(items)));
  }, [items]);

  const results = useMemo(() => {
    if (offer.status !== 'ready') return [];
    const byId = new Map(offer.offer.items.map((i) => [i.id, i]));
    const ids = query.trim() && index ? index.search(query.trim()) : offer.offer.recommended;
    return ids
      .flatMap((id) => byId.get(id) ?? [])
      .filter((i) => !kind || i.kind === kind)
      .filter((i) => !competency || i.competencies.includes(competency))
      .filter((i) => !duration || (duration === 'short') === i.durationMinutes <= SHORT_MINUTES);
  }, [offer, index, query, kind, competency, duration]);

  const competencies = items ? [...new Set(items.flatMap((i) => i.competencies))].sort() : [];
  return (
    <AppShell>
      <section class="section stack" aria-labelledby="catalogue-title">
        <h1 id="catalogue-title">{t('inform.search.title')}</h1>
        {offer.status === 'ready' && offer.fromCache && !navigator.onLine && <p class="hint">{t('inform.offline')}</p>}
        <div class="field">
          <label for="catalogue-search">{t('inform.search.label')}</label>
          <input id="catalogue-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autoComplete="off" />
        </div>
        <div class="search-filters">
          <div class="field">
            <label for="filter-kind">{t('inform.search.kind')}</label>
            <select id="filter-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
              <option value="">{t('inform.search.allKinds')}</option>
              {(['micro', 'macro', 'classroom'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`inform.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-competency">{t('inform.search.competency')}</label>
            <select id="filter-competency" value={competency} onChange={(e) => setCompetency(e.currentTarget.value)}>
              <option value="">{t('inform.search.allCompetencies')}</option>
              {competencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-duration">{t('inform.search.duration')}</label>
            <select id="filter-duration" value={duration} onChange={(e) => setDuration(e.currentTarget.value as Duration)}>
              <option value="">{t('inform.search.anyDuration')}</option>
              <option value="short">{t('inform.search.short')}</option>
              <option value="long">{t('inform.search.long')}</option>
            </select>
          </div>
        </div>
        <p class="hint" aria-live="polite">
          {results.length === 0 ? t('inform.search.none') : t('inform.search.results', { n: results.length })}
        </p>
        <ul class="card-list card-list-tight" aria-labelledby="catalogue-title">
          {results.map((entry) => (
            <TrainingRow key={entry.id} entry={entry} />
          ))}
        </ul>
      </section>
    </AppShell>
  );
}
