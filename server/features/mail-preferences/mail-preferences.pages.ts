import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import type { MailTopic } from '../../../shared/domain/delivery-rules';
import { isMailTopic, preferencesOf, setTopic, type MailPreferences } from './mail-preferences.service';

/*
 * The pages behind every bulk mail's links, outside the API and without a
 * session: the token in the address is the permission. A GET only shows;
 * the one-click POST (RFC 8058) and the page's own buttons change. Plain
 * HTML forms, no script: the page works in any mail client's browser.
 */

const words = {
  nl: {
    title: 'Mailvoorkeuren',
    confirm: (t: string) => `Geen mail meer over ${t}?`,
    unsubscribe: 'Afmelden',
    resubscribe: 'Weer aanmelden',
    done: (t: string) => `Je krijgt geen mail meer over ${t}.`,
    on: 'aan',
    off: 'uit',
    mandatory: 'verplicht, kan niet uit',
    manage: 'Al je mailvoorkeuren',
    unknown: 'Deze link is niet (meer) geldig.',
    undeliverable: 'Mail naar je adres kwam niet aan; we sturen er niets meer heen.',
    topics: { journeys: 'leerreizen', 'team-email': 'teammails', reminders: 'herinneringen aan je leermoment', 'mandatory-training': 'verplichte training' } satisfies Record<MailTopic, string>,
  },
  en: {
    title: 'Mail preferences',
    confirm: (t: string) => `No more mail about ${t}?`,
    unsubscribe: 'Unsubscribe',
    resubscribe: 'Subscribe again',
    done: (t: string) => `You will get no more mail about ${t}.`,
    on: 'on',
    off: 'off',
    mandatory: 'mandatory, cannot be switched off',
    manage: 'All your mail preferences',
    unknown: 'This link is not (or no longer) valid.',
    undeliverable: 'Mail to your address did not arrive; we no longer send any there.',
    topics: { journeys: 'learning journeys', 'team-email': 'team e-mails', reminders: 'reminders of your learning moment', 'mandatory-training': 'mandatory training' } satisfies Record<MailTopic, string>,
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(language: 'nl' | 'en', body: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(words[language].title)}</title><link rel="stylesheet" href="/api/docs.css"></head><body><main>${body}</main></body></html>`;
}

function preferencesPage(token: string, prefs: MailPreferences): string {
  const w = words[prefs.language];
  const rows = prefs.topics
    .map(({ topic, subscribed, canSwitchOff }) => {
      const state = canSwitchOff ? (subscribed ? w.on : w.off) : w.mandatory;
      const button = canSwitchOff
        ? `<form method="post" action="/mail-preferences/${escapeHtml(token)}"><input type="hidden" name="topic" value="${topic}"><input type="hidden" name="subscribed" value="${subscribed ? '0' : '1'}"><button type="submit">${escapeHtml(subscribed ? w.unsubscribe : w.resubscribe)}</button></form>`
        : '';
      return `<li><span>${escapeHtml(w.topics[topic])}: ${escapeHtml(state)}</span> ${button}</li>`;
    })
    .join('');
  return page(prefs.language, `<h1>${escapeHtml(w.title)}</h1>${prefs.undeliverable ? `<p>${escapeHtml(w.undeliverable)}</p>` : ''}<ul>${rows}</ul>`);
}

export function mailPreferencePages(deps: Pick<AppDeps, 'db' | 'clock'>) {
  const app = new Hono<AppEnv>();
  const unknown = (language: 'nl' | 'en' = 'en') => page(language, `<h1>${escapeHtml(words[language].title)}</h1><p>${escapeHtml(words[language].unknown)}</p>`);
  const answer = async (work: () => Promise<string>, status: 200 = 200) => {
    try {
      return { html: await work(), status };
    } catch (error) {
      if (error instanceof AppError) return { html: unknown(), status: error.status };
      throw error;
    }
  };

  // A GET (a person, or a link scanner) only asks.
  app.get('/unsubscribe/:topic/:token', async (c) => {
    const { topic, token } = c.req.param();
    const result = await answer(async () => {
      if (!isMailTopic(topic)) throw new AppError(404, 'unknown_topic', 'No such topic');
      const prefs = await preferencesOf(deps.db, token);
      const w = words[prefs.language];
      return page(
        prefs.language,
        `<h1>${escapeHtml(w.confirm(w.topics[topic]))}</h1><form method="post"><button type="submit">${escapeHtml(w.unsubscribe)}</button></form><p><a href="/mail-preferences/${escapeHtml(token)}">${escapeHtml(w.manage)}</a></p>`,
      );
    });
    return c.html(result.html, result.status);
  });

  // The one click: the mail provider's POST (List-Unsubscribe=One-Click) or the button above.
  app.post('/unsubscribe/:topic/:token', async (c) => {
    const { topic, token } = c.req.param();
    const result = await answer(async () => {
      await setTopic(deps.db, token, topic, false, deps.clock());
      const prefs = await preferencesOf(deps.db, token);
      const w = words[prefs.language];
      return page(prefs.language, `<h1>${escapeHtml(w.done(w.topics[topic as MailTopic]))}</h1><p><a href="/mail-preferences/${escapeHtml(token)}">${escapeHtml(w.manage)}</a></p>`);
    });
    return c.html(result.html, result.status);
  });

  app.get('/mail-preferences/:token', async (c) => {
    const { token } = c.req.param();
    const result = await answer(async () => preferencesPage(token, await preferencesOf(deps.db, token)));
    return c.html(result.html, result.status);
  });

  app.post('/mail-preferences/:token', async (c) => {
    const { token } = c.req.param();
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const topic = typeof form.topic === 'string' ? form.topic : '';
    const subscribed = form.subscribed === '1';
    const result = await answer(async () => {
      await setTopic(deps.db, token, topic, subscribed, deps.clock());
      return preferencesPage(token, await preferencesOf(deps.db, token));
    });
    return c.html(result.html, result.status);
  });
  return app;
}
