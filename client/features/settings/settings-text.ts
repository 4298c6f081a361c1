import type { FeatureText } from '../../app/i18n';

/* The settings texts: they load with the screens that use them, not with the first screen. */
const en = {
  'settings.title': 'Settings',
  'settings.profile': 'You',
  'settings.language': 'Language',
  'settings.timeZone': 'Time zone',
  'settings.timeZone.hint': 'Reminders and your weekly streak follow this time zone.',
  'settings.save': 'Save',
  'settings.saved': 'Saved',
  'settings.privacy': 'Your data',
  'settings.privacy.body': 'Your learning data is yours. Colleagues and managers only see what you choose to share, or totals of groups of five or more.',
  'settings.export': 'Download my data',
  'settings.delete': 'Delete my account',
  'settings.delete.confirm': 'Delete your account and all your learning data? This cannot be undone.',
  'settings.delete.lastAdmin': 'You are the last admin. Make someone else admin first.',
  'settings.session': 'Signing out',
  'settings.signOut': 'Sign out',
  'settings.signOutEverywhere': 'Sign out on all devices',
  'settings.moment': 'Learning moment and reminders',
  'settings.moment.body': 'Your weekly learning moment, the reminders for it and your messages.',
  'settings.intake': 'What helps you learn',
  'settings.intake.body': 'Your intake answers decide what the app offers you first. Only you see them.',
  'settings.intake.change': 'Change my intake answers',
  'settings.teamPaths': "My team's learning paths",
} as const;

const nl: Record<keyof typeof en, string> = {
  'settings.title': 'Instellingen',
  'settings.profile': 'Jij',
  'settings.language': 'Taal',
  'settings.timeZone': 'Tijdzone',
  'settings.timeZone.hint': 'Herinneringen en je wekelijkse reeks volgen deze tijdzone.',
  'settings.save': 'Opslaan',
  'settings.saved': 'Opgeslagen',
  'settings.privacy': 'Jouw gegevens',
  'settings.privacy.body': 'Jouw leergegevens zijn van jou. Collega’s en leidinggevenden zien alleen wat jij deelt, of totalen van groepen van vijf of meer.',
  'settings.export': 'Mijn gegevens downloaden',
  'settings.delete': 'Mijn account verwijderen',
  'settings.delete.confirm': 'Je account en al je leergegevens verwijderen? Dit kan niet ongedaan worden gemaakt.',
  'settings.delete.lastAdmin': 'Je bent de laatste beheerder. Maak eerst iemand anders beheerder.',
  'settings.session': 'Uitloggen',
  'settings.signOut': 'Uitloggen',
  'settings.signOutEverywhere': 'Uitloggen op alle apparaten',
  'settings.moment': 'Leermoment en herinneringen',
  'settings.moment.body': 'Je wekelijkse leermoment, de herinneringen ervoor en je berichten.',
  'settings.intake': 'Wat jou helpt leren',
  'settings.intake.body': 'Je intake-antwoorden bepalen wat de app je als eerste aanbiedt. Alleen jij ziet ze.',
  'settings.intake.change': 'Mijn intake-antwoorden wijzigen',
  'settings.teamPaths': 'Leerpaden van mijn team',
};

export const settingsText: FeatureText<keyof typeof en> = { en, nl };
