import type { Language } from '../../../../shared/schemas/common';
import type { InviteLink } from '../../../../shared/schemas/people';
import { peopleTextIn, usePeopleText } from './people-text';
import { formatDateTime } from '../../../app/locale';

/**
 * A personal invite as a sheet to print and hand over, for frontline staff
 * without a mailbox: their name, the QR code and the link, in their own
 * language. Printing shows this sheet only (admin.css, @media print).
 */
export function InviteSheet({ name, language, invite }: { name: string; language: Language; invite: InviteLink }) {
  const { t: adminT, language: adminLanguage } = usePeopleText();
  const t = peopleTextIn(language);
  const expires = formatDateTime(invite.expiresAt, language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section class="card section stack invite-sheet" aria-labelledby="invite-title" lang={language}>
      <h2 id="invite-title">{t('people.inviteTitle', { name })}</h2>
      <p>{t('people.inviteHowTo')}</p>
      {/* The server draws the QR code (qrcode, from the link alone), so the SVG holds no outside input. */}
      <div class="invite-qr" role="img" aria-label={t('people.inviteQr')} dangerouslySetInnerHTML={{ __html: invite.qrSvg }} />
      <p>
        {t('people.inviteLink')}: <code class="invite-link">{invite.url}</code>
      </p>
      <p class="hint">{t('people.inviteExpires', { date: expires })}</p>
      <button type="button" class="button button-primary admin-no-print" onClick={() => window.print()} lang={adminLanguage}>
        {adminT('people.print')}
      </button>
    </section>
  );
}
