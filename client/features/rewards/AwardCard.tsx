import { useState } from 'preact/hooks';
import { claimAwardContract } from '../../../shared/contracts/awards';
import type { Award } from '../../../shared/schemas/rewards';
import { call } from '../../app/api';
import { useFeatureText } from '../../app/i18n';
import { CelebrateIcon } from '../../ui/screen-icons';
import { ErrorLine } from './fields';
import { rewardsText } from './rewards-text';

/** A prize the person won: the in-app notice, with the claim button until claimed. */
export function AwardCard({ award, onChange }: { award: Award; onChange: () => void }) {
  const { t } = useFeatureText(rewardsText);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function claim() {
    setBusy(true);
    setFailed(false);
    try {
      await call(claimAwardContract, { params: { id: award.id } });
      onChange();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <li class="card award">
      <span class="award-icon" aria-hidden="true">
        <CelebrateIcon size={40} />
      </span>
      <div>
        <h3>{t('rewards.won.notice', { prize: award.prize.name })}</h3>
        <p class="hint">{award.competitionTitle}</p>
        {award.handedOverAt ? (
          <p>{t('rewards.won.handedOver')}</p>
        ) : award.claimedAt ? (
          <p>{t('rewards.won.claimed')}</p>
        ) : (
          <button type="button" class="button button-primary" onClick={claim} disabled={busy}>
            {t('rewards.won.claim')}
          </button>
        )}
        <ErrorLine show={failed} />
      </div>
    </li>
  );
}
