import type { Language } from '../../../shared/schemas/common';
import type { Notice } from '../push/notify';

/** What an author (or an invited role model) is told about a story, in their language. */
const copy = {
  nl: {
    approved: { title: 'Je verhaal staat online', body: (t: string) => `"${t}" is goedgekeurd. Collega's kunnen het nu lezen.` },
    declined: { title: 'Je verhaal is niet geplaatst', body: (t: string, reason: string) => `"${t}": ${reason}` },
    edit: { title: 'L&D stelt een aanpassing voor', body: (t: string) => `Bekijk de voorgestelde versie van "${t}" en geef aan of je akkoord bent.` },
    invited: { title: 'Wil je je verhaal delen?', body: (manager: string, message: string) => `${manager} nodigt je uit een kort succesverhaal te schrijven.${message ? ` "${message}"` : ''}` },
  },
  en: {
    approved: { title: 'Your story is live', body: (t: string) => `"${t}" was approved. Colleagues can read it now.` },
    declined: { title: 'Your story was not published', body: (t: string, reason: string) => `"${t}": ${reason}` },
    edit: { title: 'L&D suggests an edit', body: (t: string) => `See the suggested version of "${t}" and say whether you agree.` },
    invited: { title: 'Would you share your story?', body: (manager: string, message: string) => `${manager} invites you to write a short success story.${message ? ` "${message}"` : ''}` },
  },
};

const notice = (kind: string, title: string, body: string, url: string): Notice => ({ kind, title, body, url, tag: kind, ttlSeconds: 3 * 86_400, urgency: 'low' });

export const storyApprovedNotice = (language: Language, title: string) => notice('story_approved', copy[language].approved.title, copy[language].approved.body(title), '/stories/mine');
export const storyDeclinedNotice = (language: Language, title: string, reason: string) =>
  notice('story_declined', copy[language].declined.title, copy[language].declined.body(title, reason), '/stories/mine');
export const storyEditNotice = (language: Language, title: string) => notice('story_edit_proposed', copy[language].edit.title, copy[language].edit.body(title), '/stories/mine');
export const storyInvitationNotice = (language: Language, manager: string, message: string) =>
  notice('story_invitation', copy[language].invited.title, copy[language].invited.body(manager, message), '/stories/new');
