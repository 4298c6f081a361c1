import type { FeatureText } from '../../app/i18n';

/* The signin texts: they load with the screens that use them, not with the first screen. */
const en = {
  'signin.title': 'Sign in to Leerlust',
  'signin.intro': 'No password needed. We send a sign-in link to your work e-mail.',
  'signin.email': 'Work e-mail address',
  'signin.submit': 'Send me a link',
  'signin.sending': 'Sending…',
  'signin.sent.title': 'Check your e-mail',
  'signin.sent.body': 'If {email} belongs to a colleague, a sign-in link is on its way. It works once, for 15 minutes.',
  'signin.sent.again': 'Use another address',
  'signin.sent.noMail': 'No mail within two minutes? Ask your manager or the L&D team for a personal invite QR code.',
  'signin.noMailbox': 'No work e-mail? Ask your team leader or the L&D team for a personal invite QR code.',
  'signin.rateLimited': 'Too many attempts. Wait a while and try again.',
  'signin.invalidEmail': 'Enter a valid e-mail address.',
  'verify.title': 'Signing you in…',
  'verify.failed.title': 'This link no longer works',
  'verify.failed.body': 'Sign-in links work once and only for a short time. Ask for a new one.',
  'verify.failed.action': 'Get a new link',
} as const;

const nl: Record<keyof typeof en, string> = {
  'signin.title': 'Inloggen bij Leerlust',
  'signin.intro': 'Geen wachtwoord nodig. We sturen een inloglink naar je werkmail.',
  'signin.email': 'E-mailadres van je werk',
  'signin.submit': 'Stuur mij een link',
  'signin.sending': 'Versturen…',
  'signin.sent.title': 'Kijk in je mail',
  'signin.sent.body': 'Hoort {email} bij een collega? Dan is er een inloglink onderweg. Die werkt één keer en 15 minuten lang.',
  'signin.sent.again': 'Ander adres gebruiken',
  'signin.sent.noMail': 'Binnen twee minuten geen mail? Vraag je leidinggevende of het L&D-team om een persoonlijke uitnodigings-QR-code.',
  'signin.noMailbox': 'Geen werkmail? Vraag je teamleider of het L&D-team om een persoonlijke uitnodigings-QR-code.',
  'signin.rateLimited': 'Te veel pogingen. Wacht even en probeer het opnieuw.',
  'signin.invalidEmail': 'Vul een geldig e-mailadres in.',
  'verify.title': 'Je wordt ingelogd…',
  'verify.failed.title': 'Deze link werkt niet meer',
  'verify.failed.body': 'Inloglinks werken één keer en maar kort. Vraag een nieuwe aan.',
  'verify.failed.action': 'Nieuwe link aanvragen',
};

export const signinText: FeatureText<keyof typeof en> = { en, nl };
