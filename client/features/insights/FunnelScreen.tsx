import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listCampaignsContract } from '../../../shared/contracts/campaigns';
import { campaignFunnelContract } from '../../../shared/contracts/insights';
import { csvText } from '../../../shared/domain/csv-cell';
import { funnelBreakdowns, type Funnel, type FunnelBreakdown } from '../../../shared/schemas/insights';
import { formatDateTime } from '../../app/locale';
import { useAdminData, useAdminText } from '../admin/use-admin';
import './insights.css';
import { FunnelChart, type ChartData } from './FunnelChart';
import { useInsightsText } from './insights-text';
import { ScrollRegion } from '../../ui/ScrollRegion';

const show = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));

/**
 * /admin/insights[/<campaign>]: a campaign's funnel, from reaching people to
 * a learning habit, per channel, department, week or training; charts with
 * their tables, and CSV export. Every figure comes withheld where fewer
 * than 5 people stand behind it.
 */
export function FunnelScreen({ id }: { id: string | null }) {
  const { t } = useInsightsText();
  const admin = useAdminText();
  const { route } = useLocation();
  const campaigns = useAdminData(listCampaignsContract);
  if (campaigns.state.status === 'loading') return <p>{admin.t('admin.loading')}</p>;
  if (campaigns.state.status === 'error') return <p class="error-text">{campaigns.state.message}</p>;
  const list = campaigns.state.data.campaigns;
  const campaignId = id ?? list[0]?.id ?? null;
  return (
    <div class="stack funnel-screen">
      <div class="admin-toolbar">
        <h2>{t('ins.funnel.title')}</h2>
        <label class="field funnel-picker">
          <span>{t('ins.funnel.campaign')}</span>
          <select value={campaignId ?? ''} onChange={(e) => route(`/admin/insights/${(e.target as HTMLSelectElement).value}`)}>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {campaignId ? <CampaignFunnel key={campaignId} campaignId={campaignId} /> : <p>{t('ins.funnel.none')}</p>}
    </div>
  );
}

function CampaignFunnel({ campaignId }: { campaignId: string }) {
  const { t, language } = useInsightsText();
  const [breakdown, setBreakdown] = useState<FunnelBreakdown>('channel');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = { breakdown, ...(from && { from }), ...(to && { to }) };
  const { state } = useAdminData(campaignFunnelContract, { params: { id: campaignId }, query });
  const funnel = state.status === 'ready' ? state.data : null;
  return (
    <div class="stack">
      <div class="funnel-controls">
        <div role="group" aria-label={t('ins.funnel.view')} class="funnel-views">
          {funnelBreakdowns.map((b) => (
            <button key={b} type="button" class={`button ${b === breakdown ? 'button-primary' : 'button-secondary'}`} aria-pressed={b === breakdown} onClick={() => setBreakdown(b)}>
              {t(`ins.funnel.view.${b}`)}
            </button>
          ))}
        </div>
        <label class="field">
          <span>{t('ins.funnel.from')}</span>
          <input type="date" value={from || funnel?.from || ''} onChange={(e) => setFrom((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>{t('ins.funnel.to')}</span>
          <input type="date" value={to || funnel?.to || ''} onChange={(e) => setTo((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {state.status === 'error' && <p class="error-text" role="alert">{state.message}</p>}
      {funnel && <FunnelView funnel={funnel} />}
      <p class="hint">{t('ins.funnel.withheld')}</p>
      {funnel?.foldedAt && <p class="hint">{t('ins.funnel.folded', { when: formatDateTime(funnel.foldedAt, language, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>}
    </div>
  );
}

function FunnelView({ funnel }: { funnel: Funnel }) {
  const { t } = useInsightsText();
  const labelOf = (row: Funnel['rows'][number]) =>
    row.kind === 'direct' ? t('ins.funnel.direct') : row.kind === 'department' && row.key === 'none' ? t('ins.funnel.noDepartment') : row.label;
  const stagesChart = useMemo<ChartData>(
    () => ({
      categories: funnel.stages.filter((s) => s.stage !== 'visits').map((s) => t(`ins.col.${s.stage}`)),
      series: [{ label: t('ins.funnel.stagesChart'), values: funnel.stages.filter((s) => s.stage !== 'visits').map((s) => s.value) }],
    }),
    [funnel],
  );
  const breakdownChart = useMemo<ChartData | null>(() => {
    const col = (name: Funnel['columns'][number]) => funnel.columns.indexOf(name);
    if (funnel.breakdown === 'channel') {
      const visits = col('visits');
      const joined = col('joined');
      const rows = funnel.rows.filter((r) => r.kind !== 'direct');
      return {
        categories: rows.map(labelOf),
        series: [
          {
            label: t('ins.funnel.conversion'),
            values: rows.map((r) => {
              const v = r.cells[visits];
              const j = r.cells[joined];
              return v && j !== null && j !== undefined ? Math.round((100 * j) / v) : null;
            }),
          },
        ],
      };
    }
    if (funnel.breakdown === 'week') {
      return {
        categories: funnel.rows.map((r) => r.label),
        series: (['joined', 'firstTraining', 'active'] as const).map((c) => ({ label: t(`ins.col.${c}`), values: funnel.rows.map((r) => r.cells[col(c)] ?? null) })),
      };
    }
    return null;
  }, [funnel]);

  function exportCsv() {
    const header = [t('ins.row'), ...funnel.columns.map((c) => t(`ins.col.${c}`))];
    const rows = funnel.rows.map((r) => [labelOf(r), ...r.cells]);
    const totals = funnel.totals.some((v) => v !== null) ? [[t('ins.funnel.total'), ...funnel.totals]] : [];
    const blob = new Blob([csvText([header, ...rows, ...totals])], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `funnel-${funnel.breakdown}-${funnel.from}-${funnel.to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  const days = funnel.medianDays;
  return (
    <div class="stack">
      <section class="card section stack" aria-labelledby="funnel-stages">
        <h3 id="funnel-stages">{t('ins.funnel.stagesChart')}</h3>
        <dl class="funnel-stages">
          {funnel.stages.map((s) => (
            <div key={s.stage} class="funnel-stage" data-stage={s.stage}>
              <dt>{t(`ins.col.${s.stage}`)}</dt>
              <dd>{show(s.value)}</dd>
            </div>
          ))}
        </dl>
        <FunnelChart title={t('ins.funnel.stagesChart')} data={stagesChart} kind="bars" tableLabel={t('ins.funnel.chartTable')} />
        {(days.joinedToInstalled !== null || days.joinedToFirstTraining !== null) && (
          <p class="hint">{t('ins.funnel.medianDays', { installed: show(days.joinedToInstalled), training: show(days.joinedToFirstTraining) })}</p>
        )}
      </section>
      <section class="card section stack" aria-labelledby="funnel-breakdown">
        <div class="admin-toolbar">
          <h3 id="funnel-breakdown">{t(`ins.funnel.view.${funnel.breakdown}`)}</h3>
          <button type="button" class="button button-secondary" onClick={exportCsv}>
            {t('ins.funnel.export')}
          </button>
        </div>
        {breakdownChart && breakdownChart.categories.length > 0 && (
          <FunnelChart
            title={funnel.breakdown === 'channel' ? t('ins.funnel.channelChart') : t('ins.funnel.weekChart')}
            data={breakdownChart}
            kind={funnel.breakdown === 'channel' ? 'bars' : 'lines'}
            tableLabel={t('ins.funnel.chartTable')}
          />
        )}
        {funnel.rows.length === 0 ? (
          <p>{t('ins.funnel.none')}</p>
        ) : (
          <ScrollRegion class="funnel-table-wrap" label={t(`ins.funnel.view.${funnel.breakdown}`)}>
            <table class="funnel-table" data-breakdown={funnel.breakdown}>
              <thead>
                <tr>
                  <th scope="col">{t(`ins.kind.${funnel.rows[0]?.kind ?? 'poster'}`)}</th>
                  {funnel.columns.map((c) => (
                    <th key={c} scope="col">
                      {t(`ins.col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {funnel.rows.map((row) => (
                  <tr key={row.key} data-row={row.label}>
                    <th scope="row">
                      {labelOf(row)}
                      {(row.kind === 'poster' || row.kind === 'story' || row.kind === 'channel_link' || row.kind === 'journey_step') && <span class="tag">{t(`ins.kind.${row.kind}`)}</span>}
                    </th>
                    {row.cells.map((value, i) => (
                      <td key={funnel.columns[i]} data-column={funnel.columns[i]}>
                        {show(value)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              {funnel.totals.some((v) => v !== null) && (
                <tfoot>
                  <tr>
                    <th scope="row">{t('ins.funnel.total')}</th>
                    {funnel.totals.map((value, i) => (
                      <td key={funnel.columns[i]}>{show(value)}</td>
                    ))}
                  </tr>
                </tfoot>
              )}
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
