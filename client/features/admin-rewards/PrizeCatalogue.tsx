import { useState } from 'preact/hooks';
import { createPrizeContract, listPrizesContract, updatePrizeContract } from '../../../shared/contracts/prizes';
import type { Prize, PrizeKind } from '../../../shared/schemas/rewards';
import { call } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ErrorLine, Field, SelectField } from '../rewards/fields';
import { useApiData } from '../../ui/use-api-data';

const kinds: PrizeKind[] = ['voucher', 'clothing', 'training', 'other'];

/** The prize catalogue: what there is, how many are left, and a form to add one. */
export function PrizeCatalogue({ onChange }: { onChange: () => void }) {
  const { t } = useI18n();
  const { state, reload } = useApiData(listPrizesContract);
  const [error, setError] = useState(false);
  async function add(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const imageUrl = String(data.get('imageUrl') ?? '').trim();
    try {
      await call(createPrizeContract, {
        body: {
          // The select offers only the catalogue's kinds; the server checks again.
          kind: String(data.get('kind')) as PrizeKind,
          name: String(data.get('name')),
          description: String(data.get('description')),
          stock: Number(data.get('stock')),
          ...(imageUrl && { imageUrl }),
        },
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
      <form class="card admin-form" onSubmit={add} aria-labelledby="prize-form-title">
        <h3 id="prize-form-title">{t('adminRewards.prize.add')}</h3>
        <SelectField id="prize-kind" label={t('adminRewards.prize.kind')} name="kind" options={kinds.map((kind) => ({ value: kind, label: t(`adminRewards.prize.kind.${kind}`) }))} />
        <Field id="prize-name" label={t('adminRewards.prize.name')}>
          <input id="prize-name" name="name" required maxLength={80} />
        </Field>
        <Field id="prize-description" label={t('adminRewards.prize.description')}>
          <input id="prize-description" name="description" maxLength={1000} />
        </Field>
        <Field id="prize-image" label={t('adminRewards.prize.image')}>
          <input id="prize-image" name="imageUrl" type="url" />
        </Field>
        <Field id="prize-stock" label={t('adminRewards.prize.stock')}>
          <input id="prize-stock" name="stock" type="number" min={0} required value="1" />
        </Field>
        <button type="submit" class="button button-primary">
          {t('adminRewards.prize.add')}
        </button>
        <ErrorLine show={error} />
      </form>
    </section>
  );
}

function PrizeRow({ prize, onSaved }: { prize: Prize; onSaved: () => void }) {
  const { t } = useI18n();
  async function save(event: SubmitEvent) {
    event.preventDefault();
    const stock = Number(new FormData(event.currentTarget as HTMLFormElement).get('stock'));
    await call(updatePrizeContract, { params: { id: prize.id }, body: { stock } }).then(onSaved, () => undefined);
  }
  const id = `stock-${prize.id}`;
  return (
    <li class="card">
      <form class="admin-row" onSubmit={save}>
        <span class="admin-row-main">
          <strong>{prize.name}</strong> <span class="tag">{t(`adminRewards.prize.kind.${prize.kind}`)}</span>
        </span>
        <div class="field admin-stock">
          <label for={id} class="visually-hidden">
            {t('adminRewards.prize.stock')} — {prize.name}
          </label>
          <input id={id} name="stock" type="number" min={0} value={String(prize.stock)} />
        </div>
        <button type="submit" class="button button-secondary">
          {t('adminRewards.prize.save')}
        </button>
      </form>
    </li>
  );
}
