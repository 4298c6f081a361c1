/**
 * Every UI string, in English and Dutch. English defines the keys; the Dutch
 * catalogue must have exactly the same ones (the type checker enforces it).
 * Words follow ../PRODUCT.md: leermoment = learning moment, reeks = streak…
 */
export const en = {
  'app.name': 'Leerlust',
  'app.tagline': 'Learn a little, every week.',
  'nav.home': 'Home',
  'nav.settings': 'Settings',
  'nav.main': 'Main',
  'nav.skip': 'Skip to content',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.error': 'Something went wrong. Check your connection and try again.',
  'common.offline': 'You are offline. What you see may be older.',
  'signin.title': 'Sign in to Leerlust',
  'signin.intro': 'No password needed. We send a sign-in link to your work e-mail.',
  'signin.email': 'Work e-mail address',
  'signin.submit': 'Send me a link',
  'signin.sending': 'Sending…',
  'signin.sent.title': 'Check your e-mail',
  'signin.sent.body': 'If {email} belongs to a colleague, a sign-in link is on its way. It works once, for 15 minutes.',
  'signin.sent.again': 'Use another address',
  'signin.noMailbox': 'No work e-mail? Ask your team leader or the L&D team for a personal invite QR code.',
  'signin.rateLimited': 'Too many attempts. Wait a while and try again.',
  'signin.invalidEmail': 'Enter a valid e-mail address.',
  'verify.title': 'Signing you in…',
  'verify.failed.title': 'This link no longer works',
  'verify.failed.body': 'Sign-in links work once and only for a short time. Ask for a new one.',
  'verify.failed.action': 'Get a new link',
  'home.greeting': 'Hi {name}!',
  'home.intro': 'Bite-sized learning, picked for you.',
  'home.feed.title': 'New in the learning offer',
  'home.feed.empty': 'Nothing new yet. The L&D team is preparing something nice.',
  'home.teaser.fallback': 'Only available in Dutch',
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
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const nl: Messages = {
  'app.name': 'Leerlust',
  'app.tagline': 'Elke week een beetje leren.',
  'nav.home': 'Start',
  'nav.settings': 'Instellingen',
  'nav.main': 'Hoofdmenu',
  'nav.skip': 'Naar de inhoud',
  'common.loading': 'Laden…',
  'common.retry': 'Opnieuw proberen',
  'common.error': 'Er ging iets mis. Controleer je verbinding en probeer het opnieuw.',
  'common.offline': 'Je bent offline. Wat je ziet, kan ouder zijn.',
  'signin.title': 'Inloggen bij Leerlust',
  'signin.intro': 'Geen wachtwoord nodig. We sturen een inloglink naar je werkmail.',
  'signin.email': 'E-mailadres van je werk',
  'signin.submit': 'Stuur mij een link',
  'signin.sending': 'Versturen…',
  'signin.sent.title': 'Kijk in je mail',
  'signin.sent.body': 'Hoort {email} bij een collega? Dan is er een inloglink onderweg. Die werkt één keer en 15 minuten lang.',
  'signin.sent.again': 'Ander adres gebruiken',
  'signin.noMailbox': 'Geen werkmail? Vraag je teamleider of het L&D-team om een persoonlijke uitnodigings-QR-code.',
  'signin.rateLimited': 'Te veel pogingen. Wacht even en probeer het opnieuw.',
  'signin.invalidEmail': 'Vul een geldig e-mailadres in.',
  'verify.title': 'Je wordt ingelogd…',
  'verify.failed.title': 'Deze link werkt niet meer',
  'verify.failed.body': 'Inloglinks werken één keer en maar kort. Vraag een nieuwe aan.',
  'verify.failed.action': 'Nieuwe link aanvragen',
  'home.greeting': 'Hoi {name}!',
  'home.intro': 'Leren in kleine hapjes, voor jou uitgekozen.',
  'home.feed.title': 'Nieuw in het leeraanbod',
  'home.feed.empty': 'Nog niets nieuws. Het L&D-team bereidt iets leuks voor.',
  'home.teaser.fallback': 'Alleen in het Engels beschikbaar',
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
};

/**
 * Fills `{name}` placeholders.
 *
 * @example format('Hi {name}!', { name: 'Sanne' }) // 'Hi Sanne!'
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
