import type { FeatureText } from '../i18n';

/* The install card's texts: they load with the card, not with the first screen. */
const en = {
  'pwa.install.title': 'Install the app',
  'pwa.install.body': 'Leerlust then sits among your apps, opens with one tap and also works without a connection.',
  'pwa.install.action': 'Install',
  'pwa.install.dismiss': 'Not now',
  'pwa.ios.title': 'Add Leerlust to your Home Screen',
  'pwa.ios.why': 'On an iPhone or iPad, reminders for your learning moment only arrive once Leerlust is on your Home Screen.',
  'pwa.ios.steps': 'How to add it',
  'pwa.ios.step.share': 'In Safari, tap the Share button (sometimes behind “···” first).',
  'pwa.ios.step.add': 'Choose “Add to Home Screen”.',
  'pwa.ios.step.confirm': 'Tap “Add”.',
} as const;

const nl: Record<keyof typeof en, string> = {
  'pwa.install.title': 'Installeer de app',
  'pwa.install.body': 'Leerlust staat dan tussen je apps, opent met één tik en werkt ook zonder verbinding.',
  'pwa.install.action': 'Installeren',
  'pwa.install.dismiss': 'Niet nu',
  'pwa.ios.title': 'Zet Leerlust op je beginscherm',
  'pwa.ios.why': 'Op een iPhone of iPad krijg je herinneringen voor je leermoment pas als Leerlust op je beginscherm staat.',
  'pwa.ios.steps': 'Zo doe je het',
  'pwa.ios.step.share': 'Tik in Safari op de knop Deel (soms eerst op “···”).',
  'pwa.ios.step.add': 'Kies “Zet op beginscherm”.',
  'pwa.ios.step.confirm': 'Tik op “Voeg toe”.',
};

export const installText: FeatureText<keyof typeof en> = { en, nl };
