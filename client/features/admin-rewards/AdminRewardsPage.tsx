import { useState } from 'preact/hooks';
import { AppShell } from '../../app/AppShell';
import { useI18n } from '../../app/i18n';
import { AwardsAdmin } from './AwardsAdmin';
import { CompetitionsAdmin } from './CompetitionsAdmin';
import { NominationsAdmin } from './NominationsAdmin';
import { PrizeCatalogue } from './PrizeCatalogue';
import './admin-rewards.css';

/** The L&D side of rewards: prizes, competitions and draws, winners' hand-over, role-model nominations. */
export function AdminRewardsPage() {
  const { t } = useI18n();
  // Bumped when one section changes what another shows (a new prize, a draw that made winners).
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <AppShell>
      <h1>{t('adminRewards.title')}</h1>
      <PrizeCatalogue onChange={changed} />
      <CompetitionsAdmin version={version} onChange={changed} />
      <AwardsAdmin version={version} />
      <NominationsAdmin />
    </AppShell>
  );
}
