import { useEffect, useState } from 'preact/hooks';
import { whyWeLearnContract } from '../../../shared/contracts/strategy';
import type { GoalWithItems, WhyWeLearn } from '../../../shared/schemas/strategy';
import { AppShell } from '../../app/AppShell';
import { call } from '../../app/api';
import { MyGoals } from './MyGoals';
import { readDocument, writeDocument } from '../../db/cached-documents';
import { useInformText } from './offer-parts';
import './inform.css';

/** "Why we learn", top-down: the organisation's drivers and goals, my department's goals, my own goals. Works offline from the saved copy. */
export function WhyWeLearnPage() {
  const { t, language } = useInformText();
  const [view, setView] = useState<WhyWeLearn | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void readDocument('why-we-learn').then((cached) => cached && setView((current) => current ?? cached));
    call(whyWeLearnContract)
      .then(async (fresh) => {
        setView(fresh);
        await writeDocument('why-we-learn', fresh);
      })
      .catch(() => undefined);
  }, [version]);
  const reload = () => setVersion((n) => n + 1);

  return (
    <AppShell>
      <section class="section stack" aria-labelledby="why-title">
        <h1 id="why-title">{t('inform.why.title')}</h1>
        <p>{t('inform.why.intro')}</p>
        {view && (
          <>
            <h2>{t('inform.why.drivers')}</h2>
            <ul class="goal-tree">
              {view.drivers.map((d) => (
                <li key={d.id} class="card">
                  <h3>{d.title[language]}</h3>
                  {d.explanation[language] && <p>{d.explanation[language]}</p>}
                </li>
              ))}
            </ul>
            <GoalList title={t('inform.why.organisation')} goals={view.organisationGoals} />
            <GoalList title={t('inform.why.department')} goals={view.departmentGoals} />
            <MyGoals view={view} onChange={reload} />
            <h2>{t('inform.why.expect')}</h2>
            <div class="card stack">
              {(['micro', 'macro', 'classroom'] as const).map((kind) =>
                view.expectations.trainings[kind].length > 0 ? (
                  <p key={kind}>
                    <strong>{t(`inform.kind.${kind}`)}:</strong> {view.expectations.trainings[kind].map((x) => x.title).join(' · ')}
                  </p>
                ) : null,
              )}
              {view.expectations.competencies.job.length > 0 && (
                <p>
                  <strong>{t('inform.why.competencies.job')}:</strong> {view.expectations.competencies.job.join(', ')}
                </p>
              )}
              {view.expectations.competencies.market.length > 0 && (
                <p>
                  <strong>{t('inform.why.competencies.market')}:</strong> {view.expectations.competencies.market.join(', ')}
                </p>
              )}
            </div>
          </>
        )}
      </section>
    </AppShell>
  );
}

function GoalList({ title, goals }: { title: string; goals: GoalWithItems[] }) {
  const { t, language } = useInformText();
  return (
    <>
      <h2>{title}</h2>
      {goals.length === 0 ? (
        <p class="hint">{t('inform.why.noGoals')}</p>
      ) : (
        <ul class="goal-tree">
          {goals.map((g) => (
            <li key={g.id} class="card stack">
              <h3>{g.title[language]}</h3>
              {g.items.length > 0 && (
                <p>
                  {t('inform.why.serves')}:{' '}
                  {g.items.map((item, index) => (
                    <span key={item.id}>
                      {index > 0 && ' · '}
                      <a href={`/training/${item.id}`} lang={item.language}>
                        {item.title}
                      </a>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
