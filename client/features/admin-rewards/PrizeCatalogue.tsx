import { useState } from 'preact/hooks';
import { prizeListSchema, prizeSchema, type Prize, type PrizeKind } from '../../../shared/schemas/rewards';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useApiData } from '../rewards/use-api-data';

const kinds: PrizeKind[] = ['voucher', 'clothing', 'training', 'other'];

/** The prize catalogue: what there is, how many are left, and a form to add one. */
export function PrizeCatalogue({ onChange }: { onChange: () => void }) {
  const { t } = useI18n();
  const { state, reload } = useApiData('/api/admin/prizes', prizeListSchema);
  const [error, setError] = useState(false);
  async function add(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const imageUrl = String(data.get('imageUrl') ?? '').trim();
    try {
      await api('POST', '/api/admin/prizes', prizeSchema, {
        kind: data.get('kind'),
        name: data.get('name'),
        description: data.get('description'),
        stock: Number(data.get('stock')),
        ...(imageUrl && { imageUrl }),
      });
      form.reset();
      setError(false);
      reload();
      onChange();
    } catch {
      setError(true);
    }
  }
  return (
    <section class="section" aria-labelledby="prizes-title">
      <h2 id="prizes-title">{t('adminRewards.prizes')}</h2>
      {state.status === 'ready' && (
        <ul class="card-list card-list-tight">
          {state.data.prizes.map((prize) => (
            <PrizeRow key={prize.id} prize={prize} onSaved={reload} />
          ))}
        </ul>
      )}
      <form class="card admin-form" onSubmit={add} aria-label={t('adminRewards.prize.add')}>
        <div class="field">
          <label for="prize-kind">{t('adminRewards.prize.kind')}</label>
          <select id="prize-kind" name="kind">
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`adminRewards.prize.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="prize-name">{t('adminRewards.prize.name')}</label>
          <input id="prize-name" name="name" required maxLength={80} />
        </div>
        <div class="field">
          <label for="prize-description">{t('adminRewards.prize.description')}</label>
          <input id="prize-description" name="description" maxLength={1000} />
        </div>
        <div class="field">
          <label for="prize-image">{t('adminRewards.prize.image')}</label>
          <input id="prize-image" name="imageUrl" type="url" />
        </div>
        <div class="field">
          <label for="prize-stock">{t('adminRewards.prize.stock')}</label>
          <input id="prize-stock" name="stock" type="number" min={0} required value="1" />
        </div>
        <button type="submit" class="button button-primary">
          {t('adminRewards.prize.add')}
        </button>
        {error && (
          <p class="error-text" role="alert">
            {t('common.error')}
          </p>
        )}
      </form>
    </section>
  );
}

function PrizeRow({ prize, onSaved }: { prize: Prize; onSaved: () => void }) {
  const { t } = useI18n();
  async function save(event: SubmitEvent) {
    event.preventDefault();
    const stock = Number(new FormData(event.currentTarget as HTMLFormElement).get('stock'));
    await api('PATCH', `/api/admin/prizes/${prize.id}`, prizeSchema, { stock }).then(onSaved, () => undefined);
  }
  const id = `stock-${prize.id}`;
  return (
    <li class="card">
      <form class="admin-row" onSubmit={save}>
        <span>
          <strong>{prize.name}</strong> <span class="tag">{t(`adminRewards.prize.kind.${prize.kind}`)}</span>
        </span>
        <label for={id} class="visually-hidden">
          {t('adminRewards.prize.stock')} — {prize.name}
        </label>
        <input id={id} name="stock" type="number" min={0} value={String(prize.stock)} class="admin-number" />
        <button type="submit" class="button button-secondary">
          {t('adminRewards.prize.save')}
        </button>
      </form>
    </li>
  );
}
