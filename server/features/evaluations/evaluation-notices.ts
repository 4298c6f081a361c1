import type { Language } from '../../../shared/schemas/common';
import type { Notice } from '../push/notify';

/** The one reminder to someone who was shown an evaluation and did not answer it. */
export function evaluationReminderNotice(language: Language, title: string): Notice {
  const copy =
    language === 'nl'
      ? { title: 'Nog een minuutje?', body: `"${title}": vijf korte vragen, anoniem. Je vindt ze op je startscherm.` }
      : { title: 'One more minute?', body: `"${title}": five short questions, anonymous. You'll find them on your home screen.` };
  return { kind: 'evaluation_reminder', ...copy, url: '/', tag: 'evaluation', ttlSeconds: 3 * 86_400, urgency: 'low' };
}
