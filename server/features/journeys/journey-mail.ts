import type { RenderedMessage } from '../../../shared/domain/journey';
import type { Language } from '../../../shared/schemas/common';

/*
 * One template, two parts: a journey e-mail's plain text and its HTML are
 * made from the same rendered message, so they never say different things.
 * Links are the step's short redirect link; there is no tracking pixel.
 */

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const linkify = (html: string) => html.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

const footer = {
  nl: { preferences: 'Mailvoorkeuren of afmelden:', why: 'Je krijgt deze mail van Leerlust, het leerplatform van je organisatie.' },
  en: { preferences: 'Mail preferences or unsubscribe:', why: 'You get this mail from Leerlust, your organisation’s learning platform.' },
};

export function composeJourneyMail(message: RenderedMessage, language: Language, preferencesUrl: string | null, subjectPrefix = ''): { subject: string; text: string; html: string } {
  const f = footer[language];
  const tail = preferencesUrl ? ['', '--', f.why, `${f.preferences} ${preferencesUrl}`] : [];
  const text = [message.hook, '', message.body, ...tail].join('\n');
  const paragraphs = message.body.split(/\n{2,}/).map((p) => `<p>${linkify(escapeHtml(p)).replace(/\n/g, '<br>')}</p>`);
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:36rem">',
    `<p><strong>${escapeHtml(message.hook)}</strong></p>`,
    ...paragraphs,
    ...(preferencesUrl ? [`<hr><p style="font-size:0.85em">${escapeHtml(f.why)}<br>${escapeHtml(f.preferences)} <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(preferencesUrl)}</a></p>`] : []),
    '</body></html>',
  ].join('');
  return { subject: `${subjectPrefix}${message.subject}`, text, html };
}
