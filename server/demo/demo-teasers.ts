type TeaserCopy = { hook: string; call_to_action: string };

export interface DemoTeaser {
  /** The demo item (by key) the call to action opens. */
  item?: string;
  texts: Partial<Record<'nl' | 'en', TeaserCopy>>;
}

/** Demo teasers: hooks of at most 140 characters, in Dutch and English (one only in Dutch, to show the fallback). */
export const demoTeasers: DemoTeaser[] = [
  {
    item: 'lifting',
    texts: {
    nl: { hook: 'Tillen zonder rugpijn? In 3 minuten leer je de twee handgrepen die je collega’s al gebruiken.', call_to_action: 'Start de micro-training' },
    en: { hook: 'Lifting without back pain? In 3 minutes, learn the two grips your colleagues already use.', call_to_action: 'Start the micro-training' },
    },
  },
  {
    item: 'deescalation',
    texts: {
    nl: { hook: 'Een bewoner wordt boos. Wat zeg je als eerste? Test jezelf met vijf korte situaties.', call_to_action: 'Doe de test' },
    en: { hook: 'A resident gets angry. What do you say first? Test yourself with five short situations.', call_to_action: 'Take the test' },
    },
  },
  {
    item: 'care-record',
    texts: {
    nl: { hook: 'Het nieuwe zorgdossier komt eraan. Wie nu 10 minuten oefent, heeft er straks uren voordeel van.', call_to_action: 'Bekijk de cursus' },
    en: { hook: 'The new care record system is coming. Practise 10 minutes now and save hours later.', call_to_action: 'See the course' },
    },
  },
  {
    item: 'hygiene',
    texts: {
    nl: { hook: 'Hygiëne in de keuken: herken jij de 4 fouten op deze foto?', call_to_action: 'Zoek de fouten' },
    },
  },
  {
    item: 'first-aid',
    texts: {
    nl: { hook: 'BHV-herhaling: in de tweede klassikale sessie zijn maar 4 plekken. Wees er snel bij!', call_to_action: 'Schrijf je in' },
    en: { hook: 'First-aid refresher: the second classroom session has only 4 seats. Be quick!', call_to_action: 'Register' },
    },
  },
  {
    texts: {
    nl: { hook: 'Sanne volgde vorige maand 6 micro-trainingen. Haar tip: doe er één bij je koffie.', call_to_action: 'Lees haar verhaal' },
    en: { hook: 'Sanne did 6 micro-trainings last month. Her tip: do one with your coffee.', call_to_action: 'Read her story' },
    },
  },
];
