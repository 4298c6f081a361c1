import { useCallback, useEffect, useState } from 'preact/hooks';
import { pickLanguage } from '../../../shared/domain/localized';
import { answerRsvpContract, kickoffContract, myRsvpContract, scanKickoffContract } from '../../../shared/contracts/campaigns';
import type { Kickoff } from '../../../shared/schemas/kickoff';
import { ApiError, call } from '../../app/api';
import { PublicShell } from '../../app/AppShell';
import { TextsIn, useFeatureText } from '../../app/i18n';
import { InstallOffer } from '../../app/pwa';
import { useSession } from '../../app/session';
import { myWiifmContract } from '../../../shared/contracts/strategy';
import type { WiifmMessage } from '../../../shared/schemas/strategy';
import { Countdown } from './Countdown';
import './kickoff.css';
import { kickoffText } from './kickoff-text';
import { formatDateTime } from '../../app/locale';

type Load = { status: 'loading' } | { status: 'missing' } | { status: 'error' } | { status: 'ready'; kickoff: Kickoff };

/**
 * The kick-off page behind a poster's QR code (/k/<code>). Anyone may see it,
 * signed in or not; it shows nothing personal. Opening it counts one scan on
 * the server (no cookie, nothing stored on the phone); a reload, a step back
 * to it or coming here within the app does not count again.
 */
export function KickoffPage({ code }: { code: string }) {
  const { t, language } = useFeatureText(kickoffText);
  const { state } = useSession();
  const signedIn = state.status === 'signed-in';
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  const fetchKickoff = useCallback(
    (count: boolean) =>
      call(count ? scanKickoffContract : kickoffContract, { params: { code } })
        .then((kickoff) => setLoad({ status: 'ready', kickoff }))
        .catch((e: unknown) => setLoad({ status: e instanceof ApiError && (e.status === 404 || e.status === 400) ? 'missing' : 'error' })),
    [code],
  );
  useEffect(() => void fetchKickoff(arrivedHereAnew()), [fetchKickoff]);
  const reveal = useCallback(() => void fetchKickoff(false), [fetchKickoff]);

  if (load.status === 'loading') return <PublicShell>{null}</PublicShell>;
  if (load.status !== 'ready') {
    return (
      <PublicShell>
        <div class="centered-page stack">
          <h1>{t(load.status === 'missing' ? 'kickoff.missing' : 'common.error')}</h1>
          <a class="button button-primary" href="/">
            {t('kickoff.toApp')}
          </a>
        </div>
      </PublicShell>
    );
  }
  const { kickoff } = load;
  const text = pickLanguage(kickoff.texts, language)?.text;
  return (
    <PublicShell>
      <TextsIn language={text?.language ?? language}>
        <KickoffContent kickoff={kickoff} signedIn={signedIn} reveal={reveal} />
      </TextsIn>
    </PublicShell>
  );
}

/** The page itself, in the campaign's language (the person's if the campaign speaks it). */
function KickoffContent({ kickoff, signedIn, reveal }: { kickoff: Kickoff; signedIn: boolean; reveal: () => void }) {
  const { t, language } = useFeatureText(kickoffText);
  const text = pickLanguage(kickoff.texts, language)?.text;
  const when = kickoff.kickoffAt ? new Date(kickoff.kickoffAt) : null;
  return (
    <article class="kickoff stack" lang={text?.language}>
      <header class="kickoff-hero">
        <p class="kickoff-eyebrow">{t(kickoff.revealed ? 'kickoff.eyebrow.started' : 'kickoff.eyebrow')}</p>
        <h1>{text?.headline}</h1>
        {kickoff.revealed ? (
          <p class="kickoff-revealed">{t('kickoff.revealed')}</p>
        ) : (
          kickoff.kickoffAt && <Countdown target={kickoff.kickoffAt} serverTime={kickoff.serverTime} onDone={reveal} />
        )}
      </header>

      {!signedIn && <FirstActions code={kickoff.code} tryItem={kickoff.tryItems[0]} />}

      {when && (
        <section class="card section" aria-labelledby="kickoff-when">
          <h2 id="kickoff-when">{t('kickoff.when')}</h2>
          <p>
            <time dateTime={kickoff.kickoffAt ?? ''}>{formatDateTime(when, language, { dateStyle: 'full', timeStyle: 'short' })}</time>
          </p>
          {kickoff.kickoffPlace && <p>{kickoff.kickoffPlace}</p>}
          {kickoff.kickoffUrl && (
            <p>
              <a href={kickoff.kickoffUrl} rel="noopener noreferrer" target="_blank">
                {t('kickoff.online')}
              </a>
            </p>
          )}
          <a class="button button-secondary" href={`/api/k/${kickoff.code}/kickoff.ics?lang=${language}`} download="kickoff.ics">
            {t('kickoff.calendar')}
          </a>
        </section>
      )}

      {text?.why && <Paragraph title={t('kickoff.why')} body={text.why} />}
      {text?.forYou && <Paragraph title={t('kickoff.forYou')} body={text.forYou} />}
      {signedIn && <MyWiifm campaignId={kickoff.campaignId} />}
      <section class="card section" aria-labelledby="kickoff-expect">
        <h2 id="kickoff-expect">{t('kickoff.expect')}</h2>
        {text?.expect && <p>{text.expect}</p>}
        {kickoff.offer.length > 0 && (
          <ul class="kickoff-offer">
            {kickoff.offer.map((o) => (
              <li key={o.kind}>{t(`kickoff.offer.${o.kind}`, { count: o.count })}</li>
            ))}
          </ul>
        )}
      </section>

      {signedIn ? <SignedInPart kickoff={kickoff} /> : <JoinPart />}
    </article>
  );
}

function Paragraph({ title, body }: { title: string; body: string }) {
  return (
    <section class="card section">
      <h2>{title}</h2>
      <p>{body}</p>
    </section>
  );
}

/**
 * What the first screen offers, without scrolling: try the training the
 * campaign opened (no account needed), or join. Joining is a magic link that
 * carries the poster code, so the sign-up is credited to this poster.
 */
function FirstActions({ code, tryItem }: { code: string; tryItem: Kickoff['tryItems'][number] | undefined }) {
  const { t } = useFeatureText(kickoffText);
  return (
    <div class="kickoff-actions">
      {tryItem && (
        <>
          <a class="button button-primary button-block" href={`/k/${encodeURIComponent(code)}/try/${tryItem.id}`}>
            {t('kickoff.try.action', { n: tryItem.durationMinutes })}
          </a>
          <p class="hint">{t('kickoff.try.hint')}</p>
        </>
      )}
      <a class={`button ${tryItem ? 'button-secondary' : 'button-primary'} button-block`} href={`/signin?via=${encodeURIComponent(code)}`}>
        {t('kickoff.join.action')}
      </a>
    </div>
  );
}

/** What joining means, further down for whoever reads on; the action itself is on the first screen. */
function JoinPart() {
  const { t } = useFeatureText(kickoffText);
  return (
    <section class="card section kickoff-join" aria-labelledby="kickoff-join">
      <h2 id="kickoff-join">{t('kickoff.join.title')}</h2>
      <p>{t('kickoff.join.body')}</p>
      <p class="hint">{t('kickoff.join.invite')}</p>
    </section>
  );
}

/** Signed in: say whether you come, install the app, go to the feed. */
function SignedInPart({ kickoff }: { kickoff: Kickoff }) {
  const { t } = useFeatureText(kickoffText);
  const [answer, setAnswer] = useState<'yes' | 'no' | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    call(myRsvpContract, { params: { id: kickoff.campaignId } })
      .then((r) => setAnswer(r.answer))
      .catch(() => undefined);
  }, [kickoff.campaignId]);
  const reply = (next: 'yes' | 'no') =>
    call(answerRsvpContract, { params: { id: kickoff.campaignId }, body: { answer: next } })
      .then((r) => {
        setAnswer(r.answer);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  return (
    <>
      {kickoff.kickoffAt && !kickoff.revealed && (
        <section class="card section" aria-labelledby="kickoff-rsvp">
          <h2 id="kickoff-rsvp">{t('kickoff.rsvp.title')}</h2>
          <div class="kickoff-rsvp">
            {(['yes', 'no'] as const).map((value) => (
              <button key={value} type="button" class={`button ${answer === value ? 'button-primary' : 'button-secondary'}`} aria-pressed={answer === value} onClick={() => void reply(value)}>
                {t(`kickoff.rsvp.${value}`)}
              </button>
            ))}
          </div>
          <p role="status" class={failed ? 'error-text' : 'hint'}>
            {failed ? t('common.error') : answer && t(`kickoff.rsvp.thanks.${answer}`)}
          </p>
        </section>
      )}
      <InstallOffer />
      <a class="button button-primary button-block" href="/">
        {t('kickoff.toApp')}
      </a>
    </>
  );
}

/**
 * Whether this page was opened anew (a scan or a tapped link) rather than
 * reloaded, returned to with Back, or reached inside the app: the browser's
 * own record of how the document was loaded tells, so nothing is stored.
 */
function arrivedHereAnew(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (!entry) return true;
  return entry.type === 'navigate' && new URL(entry.name).pathname === location.pathname;
}

/** A signed-in person's own "what's in it for me" messages, when the campaign targets them (the server checks). */
function MyWiifm({ campaignId }: { campaignId: string }) {
  const { t } = useFeatureText(kickoffText);
  const [messages, setMessages] = useState<WiifmMessage[]>([]);
  useEffect(() => {
    call(myWiifmContract, { query: { campaignId } })
      .then((answer) => setMessages(answer.messages))
      .catch(() => undefined);
  }, [campaignId]);
  if (messages.length === 0) return null;
  return (
    <section class="card section" aria-labelledby="kickoff-wiifm">
      <h2 id="kickoff-wiifm">{t('kickoff.wiifm')}</h2>
      {messages.map((m) => (
        <p key={m.need} lang={m.language}>
          {m.text}
        </p>
      ))}
    </section>
  );
}
