import type { Language } from '../../../shared/schemas/common';
import type { IdeaStatus } from '../../../shared/schemas/ideas';
import type { Notice } from '../push/notify';

const statusWords: Record<Language, Record<IdeaStatus, string>> = {
  nl: { new: 'nieuw', considering: 'we denken erover na', planned: 'gepland', done: 'gedaan', declined: 'niet nu' },
  en: { new: 'new', considering: 'being considered', planned: 'planned', done: 'done', declined: 'not now' },
};

/** What an idea's author and supporters are told when its status changes. */
export function ideaStatusNotice(language: Language, title: string, status: IdeaStatus, answer: string): Notice {
  const heading = language === 'nl' ? `Idee "${title}": ${statusWords.nl[status]}` : `Idea "${title}": ${statusWords.en[status]}`;
  return { kind: 'idea_status', title: heading, body: answer || heading, url: '/ideas', tag: 'idea-status', ttlSeconds: 3 * 86_400, urgency: 'low' };
}

export function ambassadorInvitationNotice(language: Language): Notice {
  const copy =
    language === 'nl'
      ? { title: 'Word jij ambassadeur?', body: 'Je leert veel en hoort wat collega’s nodig hebben. Help L&D nieuwe trainingen te maken.' }
      : { title: 'Will you be an ambassador?', body: 'You learn a lot and hear what colleagues need. Help L&D make new trainings.' };
  return { kind: 'ambassador_invitation', ...copy, url: '/ideas', tag: 'ambassador', ttlSeconds: 7 * 86_400, urgency: 'low' };
}

/** An ambassador's draft taken up by L&D: what it becomes, and that L&D finishes and publishes it. */
export function draftAdoptedNotice(language: Language, title: string, kind: 'teaser' | 'item'): Notice {
  const what = { nl: kind === 'teaser' ? 'een teaser' : 'een microtraining', en: kind === 'teaser' ? 'a teaser' : 'a micro-training' };
  const copy =
    language === 'nl'
      ? { title: `Je concept "${title}" wordt ${what.nl}`, body: 'L&D maakt het af en publiceert het. Dank je wel voor je idee!' }
      : { title: `Your draft "${title}" becomes ${what.en}`, body: 'L&D is finishing and publishing it. Thank you for your idea!' };
  return { kind: 'ambassador_draft_adopted', ...copy, url: '/ideas', tag: 'ambassador-draft', ttlSeconds: 7 * 86_400, urgency: 'low' };
}
