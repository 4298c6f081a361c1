import type { LearningKind, MicroContent } from '../../shared/schemas/learning';

type ItemCopy = { title: string; summary: string; micro?: MicroContent };

export interface DemoItem {
  key: string;
  kind: LearningKind;
  durationMinutes: number;
  competencies: string[];
  macro?: { url: string; parts: number };
  /** Days from now, hours, place and seats of each classroom session. */
  sessions?: Array<{ inDays: number; hour: number; place: string; seats: number }>;
  texts: Partial<Record<'nl' | 'en', ItemCopy>>;
}

const liftingNl: MicroContent = {
  cards: [
    { kind: 'text', title: 'Waarom dit ertoe doet', body: 'Eén op de drie zorgmedewerkers heeft weleens rugklachten. De meeste ontstaan bij kleine, dagelijkse tilmomenten.' },
    { kind: 'text', title: 'Handgreep 1: dichtbij', body: 'Houd de last zo dicht mogelijk bij je lichaam. Elke 10 cm verder weg verdubbelt de belasting op je onderrug bijna.' },
    { kind: 'text', title: 'Handgreep 2: draai met je voeten', body: 'Draai nooit vanuit je rug. Zet je voeten in de richting waarin je wilt bewegen en draai je hele lichaam mee.' },
    {
      kind: 'question',
      id: 'q1',
      prompt: 'Je tilt een wasmand van de grond. Wat doe je?',
      options: [
        { text: 'Benen gestrekt, vooroverbuigen', correct: false, feedback: 'Zo komt alle kracht op je onderrug. Zak liever door je knieën.' },
        { text: 'Door de knieën, mand dicht tegen je aan', correct: true, feedback: 'Precies: je benen doen het werk en de last blijft dichtbij.' },
        { text: 'Snel tillen, dan is het zo voorbij', correct: false, feedback: 'Snelheid verhoogt juist de piekbelasting. Rustig en dichtbij is beter.' },
      ],
    },
  ],
};

const liftingEn: MicroContent = {
  cards: [
    { kind: 'text', title: 'Why it matters', body: 'One in three care workers has had back pain. Most of it starts with small, everyday lifts.' },
    { kind: 'text', title: 'Grip 1: keep it close', body: 'Hold the load as close to your body as you can. Every 10 cm further away nearly doubles the strain on your lower back.' },
    { kind: 'text', title: 'Grip 2: turn with your feet', body: 'Never twist from your back. Point your feet where you want to go and turn your whole body.' },
    {
      kind: 'question',
      id: 'q1',
      prompt: 'You lift a laundry basket from the floor. What do you do?',
      options: [
        { text: 'Legs straight, bend forward', correct: false, feedback: 'That puts all the force on your lower back. Bend your knees instead.' },
        { text: 'Bend your knees, basket close to you', correct: true, feedback: 'Exactly: your legs do the work and the load stays close.' },
        { text: 'Lift fast to get it over with', correct: false, feedback: 'Speed raises the peak strain. Slow and close is better.' },
      ],
    },
  ],
};

const deescalationNl: MicroContent = {
  cards: [
    { kind: 'text', title: 'Boosheid is een signaal', body: 'Achter boosheid zit vaak angst, pijn of het gevoel niet gehoord te worden. Je hoeft het niet op te lossen, wel te erkennen.' },
    { kind: 'text', title: 'Eerst erkennen', body: 'Begin met benoemen wat je ziet: "Ik zie dat u erg boos bent." Dat verlaagt de spanning vaak direct.' },
    {
      kind: 'question',
      id: 'q1',
      prompt: 'Een bewoner roept dat het eten koud is. Wat zeg je als eerste?',
      options: [
        { text: '"Dat kan niet, het kwam net uit de keuken."', correct: false, feedback: 'Tegenspreken voelt als niet gehoord worden. De boosheid groeit.' },
        { text: '"Wat vervelend, uw eten is koud. Zal ik het opwarmen?"', correct: true, feedback: 'Je erkent het gevoel en biedt een oplossing. Sterk!' },
      ],
    },
    { kind: 'text', title: 'Houd afstand en rust', body: 'Blijf op armlengte, praat langzaam en laag. Jouw rust is besmettelijk.' },
    {
      kind: 'question',
      id: 'q2',
      prompt: 'Wanneer haal je een collega erbij?',
      options: [
        { text: 'Als je je onveilig voelt', correct: true, feedback: 'Altijd. Je veiligheid gaat voor.' },
        { text: 'Nooit, dat voelt als falen', correct: false, feedback: 'Hulp vragen is professioneel, geen falen.' },
      ],
    },
  ],
};

const deescalationEn: MicroContent = {
  cards: [
    { kind: 'text', title: 'Anger is a signal', body: 'Behind anger there is often fear, pain or feeling unheard. You do not have to fix it, but do acknowledge it.' },
    { kind: 'text', title: 'Acknowledge first', body: 'Start by naming what you see: "I can see you are very angry." That often lowers the tension at once.' },
    {
      kind: 'question',
      id: 'q1',
      prompt: 'A resident shouts that the food is cold. What do you say first?',
      options: [
        { text: '"That cannot be, it just came from the kitchen."', correct: false, feedback: 'Contradicting feels like not being heard. The anger grows.' },
        { text: '"How annoying, your food is cold. Shall I warm it up?"', correct: true, feedback: 'You acknowledge the feeling and offer a solution. Well done!' },
      ],
    },
    { kind: 'text', title: 'Keep distance and calm', body: 'Stay an arm’s length away, speak slowly and low. Your calm is contagious.' },
    {
      kind: 'question',
      id: 'q2',
      prompt: 'When do you call a colleague?',
      options: [
        { text: 'When you feel unsafe', correct: true, feedback: 'Always. Your safety comes first.' },
        { text: 'Never, it feels like failing', correct: false, feedback: 'Asking for help is professional, not failing.' },
      ],
    },
  ],
};

const hygieneNl: MicroContent = {
  cards: [
    { kind: 'text', title: 'Vier klassiekers', body: 'Snijplank voor rauw vlees en groente door elkaar, handen niet gewassen na pauze, koelkast boven 7 °C, en sieraden tijdens het koken.' },
    { kind: 'text', title: 'Kleurcodes helpen', body: 'Rood voor rauw vlees, groen voor groente, blauw voor vis. Zo maak je geen fouten, ook niet als het druk is.' },
    {
      kind: 'question',
      id: 'q1',
      prompt: 'Hoe koud moet de koelkast zijn?',
      options: [
        { text: 'Maximaal 7 °C', correct: true, feedback: 'Goed! Liefst 4 °C of kouder.' },
        { text: 'Maximaal 12 °C', correct: false, feedback: 'Te warm: bacteriën groeien dan snel.' },
      ],
    },
  ],
};

export const demoItems: DemoItem[] = [
  {
    key: 'lifting',
    kind: 'micro',
    durationMinutes: 3,
    competencies: ['Ergonomie'],
    texts: {
      nl: { title: 'Tillen zonder rugpijn', summary: 'Twee handgrepen die je rug sparen.', micro: liftingNl },
      en: { title: 'Lifting without back pain', summary: 'Two grips that spare your back.', micro: liftingEn },
    },
  },
  {
    key: 'deescalation',
    kind: 'micro',
    durationMinutes: 4,
    competencies: ['Communicatie'],
    texts: {
      nl: { title: 'Een boze bewoner', summary: 'Wat zeg je als eerste?', micro: deescalationNl },
      en: { title: 'An angry resident', summary: 'What do you say first?', micro: deescalationEn },
    },
  },
  {
    key: 'care-record',
    kind: 'macro',
    durationMinutes: 45,
    competencies: ['Digitale vaardigheden'],
    macro: { url: 'https://leerplatform.anker.example/cursussen/zorgdossier', parts: 4 },
    texts: {
      nl: { title: 'Het nieuwe zorgdossier', summary: 'E-learning in vier delen op het leerplatform.' },
      en: { title: 'The new care record system', summary: 'E-learning in four parts on the learning platform.' },
    },
  },
  {
    key: 'hygiene',
    kind: 'micro',
    durationMinutes: 3,
    competencies: ['Hygiëne'],
    texts: { nl: { title: 'Hygiëne in de keuken', summary: 'Herken de vier klassieke fouten.', micro: hygieneNl } },
  },
  {
    key: 'first-aid',
    kind: 'classroom',
    durationMinutes: 180,
    competencies: ['BHV'],
    sessions: [
      { inDays: 9, hour: 9, place: 'Leslokaal 2, gebouw A', seats: 12 },
      { inDays: 23, hour: 13, place: 'Leslokaal 2, gebouw A', seats: 4 },
    ],
    texts: {
      nl: { title: 'BHV-herhaling', summary: 'Klassikale training: reanimatie, AED en ontruimen.' },
      en: { title: 'First-aid refresher', summary: 'Classroom training: CPR, AED and evacuation.' },
    },
  },
];
