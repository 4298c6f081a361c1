import type { Language } from '../../../shared/schemas/common';
import type { OutgoingMail } from '../../mail/mailer';

const copy = {
  nl: {
    subject: 'Je inloglink voor Leerlust',
    greeting: (name: string | null) => (name ? `Hoi ${name},` : 'Hoi,'),
    body: 'Tik op de knop om in te loggen bij Leerlust. De link werkt één keer en 15 minuten lang.',
    button: 'Inloggen',
    ignore: 'Heb je dit niet aangevraagd? Dan kun je deze mail negeren.',
  },
  en: {
    subject: 'Your Leerlust sign-in link',
    greeting: (name: string | null) => (name ? `Hi ${name},` : 'Hi,'),
    body: 'Tap the button to sign in to Leerlust. The link works once, for 15 minutes.',
    button: 'Sign in',
    ignore: "Didn't ask for this? Then you can ignore this e-mail.",
  },
} as const;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** The magic-link mail, in the person's language, as plain text and simple HTML; `name` is null for someone signing up. */
export function magicLinkMail(to: string, name: string | null, language: Language, link: string): OutgoingMail {
  const t = copy[language];
  const text = [t.greeting(name), '', t.body, '', link, '', t.ignore].join('\n');
  const html = `<p>${escapeHtml(t.greeting(name))}</p><p>${escapeHtml(t.body)}</p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:12px 20px;background:#0b6e4f;color:#fff;border-radius:8px;text-decoration:none">${t.button}</a></p>
<p style="color:#555">${escapeHtml(t.ignore)}</p>`;
  return { to, subject: t.subject, text, html };
}
