import type { Campaign } from '../../../shared/schemas/workspace';
import { useInsightsText } from './insights-text';

type CampaignText = Campaign['texts'][number];
export interface CampaignTemplate {
  name: string;
  startsOn: string;
  endsOn: string;
  texts: CampaignText[];
}

const DAY = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** The three ways a campaign usually starts; each fills the form's first step, which L&D then makes its own. */
const TEMPLATES = {
  first_launch: (language: 'nl' | 'en'): CampaignTemplate => ({
    name: language === 'nl' ? 'Lancering leerplatform' : 'Learning platform launch',
    startsOn: dateIn(14),
    endsOn: dateIn(14 + 90),
    texts: [
      { language: 'nl', headline: 'Er komt iets nieuws aan', why: 'Wij investeren in jou, zodat je je werk met zekerheid en plezier blijft doen.', forYou: 'Korte trainingen in werktijd, op je eigen telefoon.', expect: 'Een kick-off, posters op je afdeling en elke week een leermoment.' },
      { language: 'en', headline: 'Something new is coming', why: 'We invest in you, so you keep doing your work with confidence and joy.', forYou: 'Short trainings in work time, on your own phone.', expect: 'A kick-off, posters on your ward and a weekly learning moment.' },
    ],
  }),
  mandatory_change: (language: 'nl' | 'en'): CampaignTemplate => ({
    name: language === 'nl' ? 'Verplichte verandering' : 'Mandatory change',
    startsOn: dateIn(7),
    endsOn: dateIn(7 + 42),
    texts: [
      { language: 'nl', headline: 'Wat verandert er voor jou?', why: 'Nieuwe regels gaan gelden; we zorgen dat iedereen op tijd klaar is.', forYou: 'In een paar korte trainingen weet je precies wat je moet doen.', expect: 'Een deadline, herinneringen en hulp van je leidinggevende.' },
      { language: 'en', headline: 'What changes for you?', why: 'New rules take effect; we make sure everyone is ready in time.', forYou: 'A few short trainings tell you exactly what to do.', expect: 'A deadline, reminders and help from your manager.' },
    ],
  }),
  yearly_relaunch: (language: 'nl' | 'en'): CampaignTemplate => ({
    name: language === 'nl' ? 'Jaarlijkse herlancering' : 'Yearly relaunch',
    startsOn: dateIn(14),
    endsOn: dateIn(14 + 60),
    texts: [
      { language: 'nl', headline: 'Een nieuw leerjaar', why: 'Wat we vorig jaar leerden, werkt: we bouwen erop verder.', forYou: 'Nieuwe trainingen, en je verhalen van vorig jaar als inspiratie.', expect: 'Een nieuwe wedstrijd, succesverhalen van collega’s en een frisse leerlijn.' },
      { language: 'en', headline: 'A new learning year', why: 'What we learned last year works: we build on it.', forYou: 'New trainings, with last year’s stories as inspiration.', expect: 'A new competition, colleagues’ success stories and a fresh learning path.' },
    ],
  }),
};

export function CampaignTemplates({ onPick }: { onPick: (template: CampaignTemplate) => void }) {
  const { t, language } = useInsightsText();
  return (
    <section class="card section stack" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('ins.plan.templates')}</h2>
      <div class="admin-actions">
        {(Object.keys(TEMPLATES) as Array<keyof typeof TEMPLATES>).map((key) => (
          <button key={key} type="button" class="button button-secondary" onClick={() => onPick(TEMPLATES[key](language))}>
            {t(`ins.plan.template.${key}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
