import type { Teaser } from '../../../shared/schemas/teasers';
import { useI18n } from '../../app/i18n';
import { ArrowIcon } from '../../app/icons';

/** One bite-sized teaser: a hook that fits in a glance and one call to action. */
export function TeaserCard({ teaser, index }: { teaser: Teaser; index: number }) {
  const { t } = useI18n();
  const headingId = `teaser-${teaser.id}`;
  return (
    <li class="card teaser" aria-labelledby={headingId} style={{ animationDelay: `${Math.min(index, 6) * 40}ms` }}>
      {teaser.isFallback && <span class="tag">{t('home.teaser.fallback')}</span>}
      <p id={headingId} class="teaser-hook" lang={teaser.language}>
        {teaser.hook}
      </p>
      <span class="teaser-cta" lang={teaser.language}>
        {teaser.callToAction}
        <ArrowIcon />
      </span>
    </li>
  );
}
