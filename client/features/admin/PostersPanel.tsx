import { useState } from 'preact/hooks';
import { createPosterContract } from '../../../shared/contracts/posters';
import type { Campaign, PosterFigures } from '../../../shared/schemas/workspace';
import { call } from '../../app/api';
import { SaveStatus, TextField, type SaveState } from './fields';
import { useAdminText } from './use-admin';
import { useFormErrors } from './form-errors';
import { ScrollRegion } from '../../ui/ScrollRegion';

const FIGURES: Array<keyof PosterFigures> = ['scans', 'signUps', 'installs', 'pushOptIns'];

/** Posters per placement with their print links, and the funnel per poster: scans → sign-ups → installs → push opt-ins. */
export function PostersPanel({ campaign, onChanged }: { campaign: Campaign; onChanged: (c: Campaign) => void }) {
  const { t } = useAdminText();
  const [placement, setPlacement] = useState('');
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const errors = useFormErrors(() => undefined);

  async function add(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      onChanged(await call(createPosterContract, { params: { id: campaign.id }, body: { placement } }));
      setPlacement('');
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <section class="card section stack" aria-labelledby="posters-title">
      <h2 id="posters-title">{t('admin.posters.title')}</h2>
      <ul class="admin-list">
        {campaign.posters.map((p) => (
          <li key={p.id} class="admin-poster">
            <div>
              <strong>{p.placement}</strong>
              <p class="hint">
                <a href={`/k/${p.code}`}>{p.url.replace(/^https?:\/\//, '')}</a>
              </p>
            </div>
            <div class="admin-actions" role="group" aria-label={`${t('admin.posters.print')}: ${p.placement}`}>
              {(['a4', 'a3'] as const).flatMap((size) =>
                (['pdf', 'svg'] as const).map((format) => (
                  <a key={`${size}-${format}`} class="button button-secondary" href={`/api/admin/posters/${p.id}/print?format=${format}&size=${size}`} target="_blank" rel="noopener">
                    {size.toUpperCase()} {format.toUpperCase()}
                  </a>
                )),
              )}
            </div>
          </li>
        ))}
      </ul>
      <form class="admin-inline-form" onSubmit={add}>
        <TextField id="poster-placement" label={t('admin.posters.placement')} value={placement} required onInput={setPlacement} />
        <button type="submit" class="button button-primary">
          {t('admin.posters.add')}
        </button>
      </form>
      <SaveStatus status={status} />

      <h2 id="figures-title">{t('admin.figures.title')}</h2>
      <ScrollRegion labelledBy="figures-title">
        <table class="admin-table" aria-labelledby="figures-title">
          <thead>
            <tr>
              <th scope="col">{t('admin.figures.poster')}</th>
              {FIGURES.map((f) => (
                <th key={f} scope="col">
                  {t(`admin.figures.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {campaign.posters.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.placement}</th>
                {FIGURES.map((f) => (
                  <td key={f}>{p.figures[f]}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('admin.figures.total')}</th>
              {FIGURES.map((f) => (
                <td key={f}>{campaign.figures[f]}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </section>
  );
}
