import type { Me } from '../../../shared/schemas/people';
import { myAccessLogContract, whoSeesWhatContract } from '../../../shared/contracts/works-council';
import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { formatDateTime } from '../../app/locale';
import { useApiData } from '../../ui/use-api-data';
import { privacyText } from './privacy-text';
import { WhoSeesWhatTable } from './WhoSeesWhatTable';
import './privacy.css';

/** For everyone: what Leerlust keeps, who sees it, how long — and who looked at your data. */
export function PrivacyPage(_: { me: Me }) {
  const { t, language } = useFeatureText(privacyText);
  const table = useApiData(whoSeesWhatContract).state;
  const log = useApiData(myAccessLogContract).state;
  return (
    <AppShell>
      <section class="stack privacy-page">
        <h1>{t('privacy.title')}</h1>
        <p>{t('privacy.intro')}</p>
        {table.status === 'ready' ? <WhoSeesWhatTable table={table.data} /> : <p>{t(table.status === 'error' ? 'privacy.error' : 'privacy.loading')}</p>}
        <h2>{t('privacy.log.title')}</h2>
        <p class="hint">{t('privacy.log.intro')}</p>
        {log.status === 'ready' &&
          (log.data.entries.length === 0 ? (
            <p>{t('privacy.log.empty')}</p>
          ) : (
            <ul class="access-log">
              {log.data.entries.map((entry) => (
                <li key={`${entry.at}${entry.viewerName}${entry.view}`}>
                  {t('privacy.log.entry', {
                    name: entry.viewerName,
                    role: t(`privacy.role.${entry.viewerRole}`),
                    view: ['people_list', 'team_path_status', 'nominations'].includes(entry.view) ? t(`privacy.view.${entry.view as 'people_list'}`) : entry.view,
                    at: formatDateTime(entry.at, language, { dateStyle: 'medium', timeStyle: 'short' }),
                  })}
                </li>
              ))}
            </ul>
          ))}
        {log.status === 'error' && <p>{t('privacy.error')}</p>}
      </section>
    </AppShell>
  );
}
