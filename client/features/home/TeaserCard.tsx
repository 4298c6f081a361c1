import type { Teaser } from '../../../shared/schemas/teasers';
import { useI18n } from '../../app/i18n';
import { ArrowIcon } from '../../app/icons';

/**
 * One bite-sized teaser: a hook that fits in a glance and one call to action.
 * The whole card is the tap target (the link's area is stretched over it).
 */
export function TeaserCard({ teaser, index, onOpen }: { teaser: Teaser; index: number; onOpen: (teaser: Teaser) => void }) {
  const { t } = useI18n();
  const headingId = `teaser-${teaser.id}`;
  return (
    <li class={`card teaser${teaser.done ? ' teaser-done' : ''}`} aria-labelledby={headingId} style={{ animationDelay: `${Math.min(index, 6) * 40}ms` }}>
      <div class="teaser-meta">
        {teaser.item && (
          <span class="eyebrow">
            {t(`training.kind.${teaser.item.kind}`)} · {t('training.minutes', { n: teaser.item.durationMinutes })}
          </span>
        )}
        {teaser.isNew && !teaser.done && <span class="badge">{t('home.teaser.new')}</span>}
        {teaser.done && <span class="badge badge-done">{t('home.teaser.done')}</span>}
      </div>
      {teaser.isFallback && <span class="tag">{t('home.teaser.fallback')}</span>}
      <p id={headingId} class="teaser-hook" lang={teaser.language}>
        {teaser.hook}
      </p>
      {teaser.item ? (
        <a class="teaser-cta stretched-link" href={`/training/${teaser.item.id}`} lang={teaser.language} onClick={() => onOpen(teaser)}>
          {teaser.callToAction}
          <ArrowIcon />
        </a>
      ) : (
        <span class="teaser-cta" lang={teaser.language}>
          {teaser.callToAction}
        </span>
      )}
    </li>
  );
}
