import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Language } from '../../../shared/schemas/common';
import type { Me } from '../../../shared/schemas/people';
import { signOutContract, signOutEverywhereContract } from '../../../shared/contracts/auth';
import { deleteMeContract, updateMeContract } from '../../../shared/contracts/people';
import { ApiError, call } from '../../app/api';
import { AppShell } from '../../app/AppShell';
import { useFeatureText } from '../../app/i18n';
import { useSession } from '../../app/session';
import { momentText } from '../moments/moment-text';
import { notifyText } from '../notifications/notify-text';
import { settingsText } from './settings-text';

const LANGUAGES: Array<{ code: Language; label: string }> = [
  { code: 'nl', label: 'Nederlands' },
  { code: 'en', label: 'English' },
];

/** Language, time zone, your data and signing out. */
export function SettingsPage({ me }: { me: Me }) {
  const { t } = useFeatureText(momentText, notifyText, settingsText);
  return (
    <AppShell>
      <h1>{t('settings.title')}</h1>
      <ProfileForm me={me} />
      <IntakeLinks me={me} />
      <MomentLinks />
      <PrivacySection />
      <SignOutSection />
    </AppShell>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const { t } = useFeatureText(momentText, notifyText, settingsText);
  const { setMe } = useSession();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);

  async function save(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setStatus('saving');
    try {
      // The select offers only Leerlust's languages and the browser's zones; the server checks both again.
      const body = { language: String(form.get('language')) as Language, timeZone: String(form.get('timeZone')) };
      const updated = await call(updateMeContract, { body });
      setMe(updated);
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  }

  return (
    <form class="card section" onSubmit={save} aria-labelledby="profile-title">
      <h2 id="profile-title">{t('settings.profile')}</h2>
      <div class="field">
        <label for="language">{t('settings.language')}</label>
        <select id="language" name="language">
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code} selected={l.code === me.language}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="timeZone">{t('settings.timeZone')}</label>
        <select id="timeZone" name="timeZone" aria-describedby="timeZone-hint">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} selected={zone === me.timeZone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
        <p id="timeZone-hint" class="hint">
          {t('settings.timeZone.hint')}
        </p>
      </div>
      <button type="submit" class="button button-primary" disabled={status === 'saving'}>
        {t('settings.save')}
      </button>
      <p role="status" class={status === 'error' ? 'error-text' : 'hint'}>
        {status === 'saved' && t('settings.saved')}
        {status === 'error' && t('common.error')}
      </p>
    </form>
  );
}

/** The intake (and, for managers, their team's paths) live on their own screens. */
function IntakeLinks({ me }: { me: Me }) {
  const { t } = useFeatureText(settingsText);
  return (
    <section class="card section stack" aria-labelledby="intake-links-title">
      <h2 id="intake-links-title">{t('settings.intake')}</h2>
      <p>{t('settings.intake.body')}</p>
      <a class="button button-secondary" href="/intake">
        {t('settings.intake.change')}
      </a>
      {me.role === 'manager' && (
        <a class="button button-secondary" href="/team/paths">
          {t('settings.teamPaths')}
        </a>
      )}
    </section>
  );
}

/** The learning moment, its reminders and the inbox live on their own screens. */
function MomentLinks() {
  const { t } = useFeatureText(momentText, notifyText, settingsText);
  return (
    <section class="card section stack" aria-labelledby="moment-links-title">
      <h2 id="moment-links-title">{t('settings.moment')}</h2>
      <p>{t('settings.moment.body')}</p>
      <a class="button button-secondary" href="/moment">
        {t('moment.title')}
      </a>
      <a class="button button-secondary" href="/inbox">
        {t('notify.inbox.title')}
      </a>
    </section>
  );
}

function PrivacySection() {
  const { t } = useFeatureText(momentText, notifyText, settingsText);
  const { signOut } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function deleteAccount() {
    try {
      await call(deleteMeContract);
      signOut();
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'last_admin' ? t('settings.delete.lastAdmin') : t('common.error'));
    }
  }

  return (
    <section class="card section stack" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('settings.privacy')}</h2>
      <p>{t('settings.privacy.body')}</p>
      <a class="button button-secondary" href="/privacy">
        {t('settings.whoSeesWhat')}
      </a>
      <a class="button button-secondary" href="/api/me/export" download="leerlust-my-data.json">
        {t('settings.export')}
      </a>
      {confirming ? (
        <div class="notice stack" role="alertdialog" aria-labelledby="delete-warning">
          <p id="delete-warning">{t('settings.delete.confirm')}</p>
          <button type="button" class="button button-danger" onClick={deleteAccount}>
            {t('settings.delete')}
          </button>
        </div>
      ) : (
        <button type="button" class="button button-danger" onClick={() => setConfirming(true)}>
          {t('settings.delete')}
        </button>
      )}
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function SignOutSection() {
  const { t } = useFeatureText(momentText, notifyText, settingsText);
  const { signOut } = useSession();
  const { route } = useLocation();

  async function end(contract: typeof signOutContract | typeof signOutEverywhereContract) {
    await call(contract).catch(() => undefined);
    signOut();
    route('/signin');
  }

  return (
    <section class="card section stack" aria-labelledby="session-title">
      <h2 id="session-title">{t('settings.session')}</h2>
      <button type="button" class="button button-secondary" onClick={() => end(signOutContract)}>
        {t('settings.signOut')}
      </button>
      <button type="button" class="button button-secondary" onClick={() => end(signOutEverywhereContract)}>
        {t('settings.signOutEverywhere')}
      </button>
    </section>
  );
}
