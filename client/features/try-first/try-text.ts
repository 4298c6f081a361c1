import type { FeatureText } from '../../app/i18n';

/* Trying a training before joining: the texts load with the try screen, not with the first screen. */
const en = {
  'try.back': 'Back to the kick-off',
  'try.keep.title': 'Keep your result',
  'try.keep.body': 'Join with your work e-mail and it counts for you, points and streak included.',
  'try.keep.submit': 'Send me the link',
  'try.keep.local': 'Until then your result stays on this phone only.',
  'try.missing': 'This training cannot be tried here (any more).',
} as const;

const nl: Record<keyof typeof en, string> = {
  'try.back': 'Terug naar de kick-off',
  'try.keep.title': 'Bewaar je resultaat',
  'try.keep.body': 'Doe mee met je werkmail en het telt voor jou, punten en reeks erbij.',
  'try.keep.submit': 'Stuur mij de link',
  'try.keep.local': 'Tot dan staat je resultaat alleen op deze telefoon.',
  'try.missing': 'Deze training kun je hier niet (meer) proberen.',
};

export const tryText: FeatureText<keyof typeof en> = { en, nl };
