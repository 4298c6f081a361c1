import type { EvaluationQuestion } from '../../../shared/schemas/evaluations';

type Template = { topic: 'usability' | 'offer' | 'tips'; title: { nl: string; en: string }; questions: EvaluationQuestion[] };

const likert = (id: string, nl: string, en: string): EvaluationQuestion => ({ id, kind: 'likert', text: { nl, en }, options: [] });
const text = (id: string, nl: string, en: string): EvaluationQuestion => ({ id, kind: 'text', text: { nl, en }, options: [] });

/** The framework's three topics, five questions each, in both languages: a start L&D edits. */
export const evaluationTemplates: Template[] = [
  {
    topic: 'usability',
    title: { nl: 'Hoe werkt de app voor jou?', en: 'How does the app work for you?' },
    questions: [
      likert('easy', 'De app is makkelijk te gebruiken.', 'The app is easy to use.'),
      likert('find', 'Ik vind snel een training die bij me past.', 'I quickly find a training that suits me.'),
      likert('phone', 'Leren op mijn telefoon past in mijn werkdag.', 'Learning on my phone fits into my working day.'),
      { id: 'recommend', kind: 'nps', text: { nl: 'Hoe waarschijnlijk is het dat je de app aan een collega aanraadt?', en: 'How likely are you to recommend the app to a colleague?' }, options: [] },
      text('better', 'Wat zou de app beter maken?', 'What would make the app better?'),
    ],
  },
  {
    topic: 'offer',
    title: { nl: 'Wat vind je van het leeraanbod?', en: 'What do you think of the learning offer?' },
    questions: [
      likert('useful', 'Wat ik leer, gebruik ik in mijn werk.', 'I use what I learn in my work.'),
      likert('fits', 'Het aanbod past bij mijn rol.', 'The offer fits my role.'),
      likert('length', 'De trainingen hebben de goede lengte.', 'The trainings have the right length.'),
      {
        id: 'form',
        kind: 'choice',
        text: { nl: 'Hoe leer je het liefst?', en: 'How do you prefer to learn?' },
        options: [
          { nl: 'Kort op mijn telefoon', en: 'Briefly on my phone' },
          { nl: 'In een klaslokaal', en: 'In a classroom' },
          { nl: 'Allebei', en: 'Both' },
        ],
      },
      text('missing', 'Welke training mis je nog?', 'Which training are you missing?'),
    ],
  },
  {
    topic: 'tips',
    title: { nl: 'Tips en ideeën', en: 'Tips and suggestions' },
    questions: [
      likert('time', 'Ik krijg tijd om te leren tijdens mijn werk.', 'I get time to learn during work.'),
      likert('manager', 'Mijn leidinggevende moedigt me aan om te leren.', 'My manager encourages me to learn.'),
      likert('colleagues', 'Ik leer ook van collega’s.', 'I also learn from colleagues.'),
      text('tip', 'Welke tip heb je voor L&D?', 'What tip do you have for L&D?'),
      text('topic', 'Over welk onderwerp wil je meer leren?', 'Which topic would you like to learn more about?'),
    ],
  },
];
