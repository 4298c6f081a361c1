import { campaignPlanContract } from '../../../shared/contracts/insights';
import type { CampaignPlan, PlanPoint } from '../../../shared/schemas/insights';
import { useAdminData } from '../admin/use-admin';
import { useInsightsText, type InsightsKey } from './insights-text';
import './insights.css';

const WORDED = new Set(['drivers', 'goals', 'everyone', 'none', 'date', 'place', 'default']);

/**
 * The campaign planner at the top of a campaign: Inform, Activate, Retain,
 * each a checklist the server computes from the real data. An open point
 * says what is missing and links to where it is fixed (often a step of the
 * campaign form below); a point whose part is not built yet says so.
 * `version` reloads it after the form was saved.
 */
export function PlannerPanel({ campaignId, version }: { campaignId: string; version: number }) {
  const { t } = useInsightsText();
  const { state } = useAdminData(campaignPlanContract, { params: { id: campaignId } }, { version });
  if (state.status !== 'ready') return null;
  const plan: CampaignPlan = state.data;
  return (
    <section class="card section stack planner" aria-labelledby="planner-title">
      <div class="admin-toolbar">
        <h2 id="planner-title">{t('ins.plan.title')}</h2>
        <span class="tag">{t('ins.plan.summary', { done: plan.done, open: plan.open })}</span>
      </div>
      <ol class="planner-phases">
        {plan.phases.map((phase) => (
          <li key={phase.phase} class="planner-phase">
            <h3>{t(`ins.plan.phase.${phase.phase}`)}</h3>
            <ul class="planner-points">
              {phase.points.map((point) => (
                <Point key={point.code} point={point} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Point({ point }: { point: PlanPoint }) {
  const { t } = useInsightsText();
  const missing = point.missing.map((m) => (WORDED.has(m) ? t(`ins.plan.missing.${m}` as InsightsKey) : m)).join(', ');
  return (
    <li class={`planner-point planner-${point.status}`} data-point={point.code} data-status={point.status}>
      <span class="planner-mark" aria-hidden="true">
        {point.status === 'done' ? <Check /> : point.status === 'open' ? <Circle /> : <Dash />}
      </span>
      <span class="planner-text">
        <span>{t(`ins.plan.point.${point.code}`)}</span>
        <span class="planner-status">{t(`ins.plan.status.${point.status}`)}</span>
        {point.status === 'open' && missing && <span class="hint">{t('ins.plan.missing', { what: missing })}</span>}
      </span>
      {point.status === 'open' && (
        <a class="button button-secondary planner-fix" href={point.fix}>
          {t('ins.plan.fix')}
        </a>
      )}
    </li>
  );
}

const Check = () => (
  <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
    <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);
const Circle = () => (
  <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
    <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="2.5" />
  </svg>
);
const Dash = () => (
  <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
    <path d="M7 12h10" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
  </svg>
);
