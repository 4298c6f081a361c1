import { useFeatureText } from '../../app/i18n';
import type { WhoSeesWhat } from '../../../shared/schemas/works-council';
import { privacyText } from './privacy-text';

type Access = WhoSeesWhat['kinds'][number]['person'];
const AUDIENCES = ['person', 'colleagues', 'managers', 'admins'] as const;

/**
 * The who-sees-what table as the server generates it from the data policy:
 * one card per kind of data on a phone, a table row on a wide screen (the
 * same markup; CSS decides), so it reads at 360 px and at 200 % text.
 */
export function WhoSeesWhatTable({ table, showRoutes = false }: { table: WhoSeesWhat; showRoutes?: boolean }) {
  const { t, language } = useFeatureText(privacyText);
  const access = (a: Access) => (a.access === 'yes' ? t('privacy.yes') : a.access === 'no' ? t('privacy.no') : (a.condition?.[language] ?? ''));
  return (
    <table class="who-sees-what">
      <thead>
        <tr>
          <th scope="col">{t('privacy.kind')}</th>
          {AUDIENCES.map((audience) => (
            <th scope="col" key={audience}>
              {t(`privacy.${audience}`)}
            </th>
          ))}
          <th scope="col">{t('privacy.kept')}</th>
        </tr>
      </thead>
      <tbody>
        {table.kinds.map((kind) => (
          <tr key={kind.id}>
            <th scope="row">
              <strong>{kind.label[language]}</strong>
              <span class="hint">{kind.data[language]}</span>
              {showRoutes && kind.routes.length > 0 && (
                <details>
                  <summary>{t('privacy.routes', { count: kind.routes.length })}</summary>
                  <ul class="who-sees-what-routes">
                    {kind.routes.map((route) => (
                      <li key={`${route.method} ${route.path}`}>
                        <code>
                          {route.method} {route.path}
                        </code>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </th>
            {AUDIENCES.map((audience) => (
              <td key={audience} data-label={t(`privacy.${audience}`)} class={`access-${kind[audience].access}`}>
                {access(kind[audience])}
              </td>
            ))}
            <td data-label={t('privacy.kept')}>{kind.retention.text[language]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
