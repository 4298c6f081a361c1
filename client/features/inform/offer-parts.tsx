import type { CatalogueEntry, MyOffer } from '../../../shared/schemas/offer';
import type { Language } from '../../../shared/schemas/common';
import { pickLanguage } from '../../../shared/domain/localized';
import { useFeatureText } from '../../app/i18n';
import { informText } from './inform-text';
import { formatCalendarDay } from '../../app/locale';

export const useInformText = () => useFeatureText(informText);

/** A training's title and summary in the reader's language (or the other one). */
export function textOf(entry: CatalogueEntry, language: Language) {
  return pickLanguage(entry.texts, language)?.text ?? { language, title: '', summary: '' };
}

/** One training in a list: its title links to it; form, duration and "done" beside it. */
export function TrainingRow({ entry }: { entry: CatalogueEntry }) {
  const { t, language } = useInformText();
  const text = textOf(entry, language);
  return (
    <li class="card offer-row">
      <a href={`/training/${entry.id}`} lang={text.language}>
        {text.title}
      </a>
      <span class="hint">
        {t(`inform.kind.${entry.kind}`)} · {t('inform.minutes', { n: entry.durationMinutes })}
        {entry.done && ` · ${t('inform.done')}`}
      </span>
    </li>
  );
}

/** A learning path with its progress, due date and trainings in order. */
export function PathCard({ path }: { path: MyOffer['paths'][number] }) {
  const { t, language } = useInformText();
  const done = path.items.filter((i) => i.done).length;
  const headingId = `path-${path.id}`;
  return (
    <li class="card stack path-card" aria-labelledby={headingId}>
      <div class="path-meta">
        <h3 id={headingId}>{path.title}</h3>
        {path.mandatory && <span class="tag">{t('inform.path.mandatory')}</span>}
      </div>
      <p class="hint">
        {path.completedAt || (path.items.length > 0 && done === path.items.length) ? t('inform.path.complete') : t('inform.path.progress', { done, total: path.items.length })}
        {path.dueDate && ` · ${t('inform.path.due', { date: formatCalendarDay(path.dueDate, language) })}`}
      </p>
      <progress max={path.items.length} value={done} aria-label={t('inform.path.progress', { done, total: path.items.length })} />
      <ol class="path-items">
        {path.items.map((item) => (
          <li key={item.id}>
            <a href={`/training/${item.id}`}>{item.title}</a>
            {item.done && <span class="hint"> · {t('inform.done')}</span>}
          </li>
        ))}
      </ol>
    </li>
  );
}
