import { getCampaignContract, listCampaignsContract } from '../../../shared/contracts/campaigns';
import { CampaignEditor } from './CampaignEditor';
import { CampaignStateTag } from './CampaignPublication';
import { useAdminData, useAdminText } from './use-admin';
import { formatCalendarDay, formatDateTime } from '../../app/locale';

/** /admin (and /admin/campaigns): the campaigns with their totals; /admin/campaigns/<id> or /new: the editor with posters and figures. */
export function CampaignsScreen({ id }: { id: string | null }) {
  if (id === 'new') return <CampaignEditor campaign={null} />;
  if (id) return <ExistingCampaign id={id} />;
  return <CampaignList />;
}

function ExistingCampaign({ id }: { id: string }) {
  const { t } = useAdminText();
  const { state, setData } = useAdminData(getCampaignContract, { params: { id } });
  if (state.status === 'loading') return <p>{t('admin.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{t('admin.error', { message: state.message })}</p>;
  return <CampaignEditor key={state.data.id} campaign={state.data} onChanged={setData} />;
}

function CampaignList() {
  const { t, language } = useAdminText();
  const { state } = useAdminData(listCampaignsContract);
  return (
    <div class="stack">
      <div class="admin-toolbar">
        <h2>{t('admin.tab.campaigns')}</h2>
        <a class="button button-primary" href="/admin/campaigns/new">
          {t('admin.campaign.new')}
        </a>
      </div>
      {state.status === 'loading' && <p>{t('admin.loading')}</p>}
      {state.status === 'error' && <p class="error-text">{t('admin.error', { message: state.message })}</p>}
      {state.status === 'ready' && state.data.campaigns.length === 0 && <p>{t('admin.empty')}</p>}
      {state.status === 'ready' && (
        <ul class="admin-list">
          {state.data.campaigns.map((c) => (
            <li key={c.id} class="card admin-row">
              <a href={`/admin/campaigns/${c.id}`} class="admin-row-title">
                {c.name}
              </a>
              <span class="admin-row-meta">
                <CampaignStateTag state={c.state} />
                {formatCalendarDay(c.startsOn, language, 'short')} – {formatCalendarDay(c.endsOn, language, 'short')}
                {c.kickoffAt &&
                  ` · ${t('admin.campaign.kickoffIn', { when: formatDateTime(c.kickoffAt, language, { dateStyle: 'medium', timeStyle: 'short', timeZone: c.timeZone }), zone: c.timeZone })}`}
                <span class="tag">
                  {t('admin.figures.scans')}: {c.figures.scans}
                </span>
                <span class="tag">
                  {t('admin.figures.signUps')}: {c.figures.signUps}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
