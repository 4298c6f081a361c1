import { useState } from 'preact/hooks';
import { createTeamPathContract } from '../../../shared/contracts/paths';
import { PATH_PURPOSES, type PathPurpose, type TeamPaths } from '../../../shared/schemas/paths';
import { ApiError, call } from '../../app/api';
import { OrderedPicker } from '../../ui/OrderedPicker';
import { useInformText } from './offer-parts';

/** Refusals a manager can cause, in their words; anything else is "something went wrong". */
const REFUSALS = ['due_date_in_past', 'unknown_item', 'no_team'] as const;

/**
 * A manager gives their own team a learning path: a name, what it is for,
 * an optional due date and the trainings in order. It is never mandatory:
 * only L&D marks a legal obligation, so the manager sees only aggregates.
 */
export function TeamPathForm({ trainings, onMade }: { trainings: TeamPaths['trainings']; onMade: () => void }) {
  const { t } = useInformText();
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState<PathPurpose>('role');
  const [dueDate, setDueDate] = useState('');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });

  async function make(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      await call(createTeamPathContract, { body: { title, purpose, dueDate: dueDate || null, itemIds } });
      setTitle('');
      setDueDate('');
      setItemIds([]);
      setStatus({ kind: 'saved' });
      onMade();
    } catch (e) {
      const code = e instanceof ApiError && (REFUSALS as readonly string[]).includes(e.code) ? (e.code as (typeof REFUSALS)[number]) : null;
      setStatus({ kind: 'error', message: code ? t(`inform.team.refused.${code}`) : t('common.error') });
    }
  }

  return (
    <form class="card stack" onSubmit={make} aria-labelledby="team-path-new">
      <h2 id="team-path-new">{t('inform.team.new')}</h2>
      <p class="hint">{t('inform.team.newIntro')}</p>
      <div class="field">
        <label for="team-path-title">{t('inform.team.name')}</label>
        <input id="team-path-title" required maxLength={160} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="team-path-purpose">{t('inform.team.purpose')}</label>
        <select id="team-path-purpose" value={purpose} onChange={(e) => setPurpose(e.currentTarget.value as PathPurpose)}>
          {PATH_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`inform.team.purpose.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="team-path-due">{t('inform.team.due')}</label>
        <input id="team-path-due" type="date" value={dueDate} onInput={(e) => setDueDate(e.currentTarget.value)} />
      </div>
      <OrderedPicker
        id="team-path-items"
        options={trainings.map((x) => ({ id: x.id, label: x.title }))}
        value={itemIds}
        onChange={setItemIds}
        text={{
          legend: t('inform.team.items'),
          empty: t('inform.team.noItems'),
          addLabel: t('inform.team.addItem'),
          add: t('inform.team.add'),
          up: t('inform.team.up'),
          down: t('inform.team.down'),
          remove: t('inform.team.remove'),
          position: (n, total, label) => t('inform.team.position', { n, total, title: label }),
        }}
      />
      <div class="goal-actions">
        <button type="submit" class="button button-primary" disabled={status.kind === 'saving' || itemIds.length === 0 || title.trim() === ''}>
          {t('inform.team.make')}
        </button>
        <p role="status" class={status.kind === 'error' ? 'error-text' : 'hint'}>
          {status.kind === 'saved' && t('inform.team.made')}
          {status.kind === 'error' && status.message}
        </p>
      </div>
    </form>
  );
}
