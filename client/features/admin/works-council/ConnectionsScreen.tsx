import { useState } from 'preact/hooks';
import { mintScimTokenContract, revokeScimTokenContract, updateLrsContract, updateSsoContract, worksCouncilContract } from '../../../../shared/contracts/works-council';
import type { LrsSettings, ScimTokenInfo, SsoSettings } from '../../../../shared/schemas/works-council';
import { call } from '../../../app/api';
import { useFeatureText } from '../../../app/i18n';
import { formatDateTime } from '../../../app/locale';
import { useApiData } from '../../../ui/use-api-data';
import { SaveStatus, TextField, type SaveState } from '../fields';
import { useFormErrors } from '../form-errors';
import { worksCouncilText } from './works-council-text';

/** The organisation's systems: its identity provider (sign-in and SCIM) and its learning record store. */
export function ConnectionsScreen(_: { id: string | null }) {
  const { t } = useFeatureText(worksCouncilText);
  const { state } = useApiData(worksCouncilContract);
  if (state.status === 'loading') return <p>{t('wc.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{t('wc.error', { message: state.message })}</p>;
  return (
    <div class="stack">
      <SsoForm initial={state.data.sso} />
      <ScimTokens url={state.data.scimUrl} initial={state.data.scimTokens} />
      <LrsForm initial={state.data.lrs} />
    </div>
  );
}

function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <div class="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

/**
 * A connection's form: its fields (the secret always empty: it is write-only),
 * saving through `submit`, and the errors marked on fields named `<prefix>-<field>`.
 */
function useConnectionForm<F extends object>(prefix: string, initial: F, submit: (form: F) => Promise<F>) {
  const errors = useFormErrors((path) => `${prefix}-${path}`);
  const [form, setForm] = useState(initial);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      setForm(await submit(form));
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }
  return { form, set: (change: Partial<F>) => setForm({ ...form, ...change }), save, status, errors };
}

function SsoForm({ initial }: { initial: SsoSettings }) {
  const { t } = useFeatureText(worksCouncilText);
  const { form, set, save, status, errors } = useConnectionForm('sso', { ...initial, clientSecret: '' }, async ({ enabled, issuer, clientId, clientSecret, buttonLabel, unknownPeople, magicLinks }) => {
    const saved = await call(updateSsoContract, { body: { enabled, issuer, clientId, buttonLabel, unknownPeople, magicLinks, ...(clientSecret && { clientSecret }) } });
    return { ...saved, clientSecret: '' };
  });
  return (
    <form class="card section stack" onSubmit={save} aria-labelledby="sso-title" noValidate>
      <h2 id="sso-title">{t('wc.sso.title')}</h2>
      <p class="hint">{t('wc.sso.intro')}</p>
      <p>
        {t('wc.sso.redirect')}: <code>{initial.redirectUri}</code>
      </p>
      {initial.fromEnvironment ? (
        <p class="notice">{t('wc.fromEnvironment')}</p>
      ) : (
        <>
          <Checkbox id="sso-enabled" label={t('wc.sso.enabled')} checked={form.enabled} onChange={(enabled) => set({ enabled })} />
          <TextField id="sso-issuer" type="url" label={t('wc.sso.issuer')} value={form.issuer} onInput={(issuer) => set({ issuer })} error={errors.errorOf('sso-issuer')} />
          <TextField id="sso-clientId" label={t('wc.sso.clientId')} value={form.clientId} onInput={(clientId) => set({ clientId })} error={errors.errorOf('sso-clientId')} />
          <TextField id="sso-clientSecret" label={t('wc.sso.clientSecret')} value={form.clientSecret} onInput={(clientSecret) => set({ clientSecret })} error={errors.errorOf('sso-clientSecret')}>
            {form.hasClientSecret && <p class="hint">{t('wc.sso.secretKept')}</p>}
          </TextField>
          <TextField id="sso-buttonLabel" label={t('wc.sso.buttonLabel')} value={form.buttonLabel} onInput={(buttonLabel) => set({ buttonLabel })} error={errors.errorOf('sso-buttonLabel')} />
          <div class="field">
            <label for="sso-unknown">{t('wc.sso.unknown')}</label>
            <select id="sso-unknown" onChange={(e) => set({ unknownPeople: (e.currentTarget as HTMLSelectElement).value === 'create' ? 'create' : 'refuse' })}>
              {(['refuse', 'create'] as const).map((value) => (
                <option key={value} value={value} selected={form.unknownPeople === value}>
                  {t(`wc.sso.unknown.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <Checkbox id="sso-magicLinks" label={t('wc.sso.magicLinks')} checked={form.magicLinks} onChange={(magicLinks) => set({ magicLinks })} />
          <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
            {t('wc.save')}
          </button>
          <SaveStatus status={status} />
        </>
      )}
    </form>
  );
}

function ScimTokens({ url, initial }: { url: string; initial: ScimTokenInfo[] }) {
  const { t, language } = useFeatureText(worksCouncilText);
  const errors = useFormErrors((path) => (path === 'label' ? 'scim-label' : undefined));
  const [tokens, setTokens] = useState(initial);
  const [label, setLabel] = useState('Entra ID');
  const [minted, setMinted] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  async function mint(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const { token, scimUrl: _url, ...info } = await call(mintScimTokenContract, { body: { label } });
      setMinted(token);
      setTokens([info, ...tokens]);
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }
  async function revoke(id: string) {
    await call(revokeScimTokenContract, { params: { id } });
    setTokens(tokens.map((token) => (token.id === id ? { ...token, revokedAt: new Date().toISOString() } : token)));
  }
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language, { dateStyle: 'medium', timeStyle: 'short' }) : t('wc.scim.never'));
  return (
    <form class="card section stack" onSubmit={mint} aria-labelledby="scim-title" noValidate>
      <h2 id="scim-title">{t('wc.scim.title')}</h2>
      <p class="hint">
        {t('wc.scim.intro')} <code>{url}</code>
      </p>
      {minted && (
        <div class="notice" role="status">
          <p>{t('wc.scim.minted')}</p>
          <code class="secret">{minted}</code>
        </div>
      )}
      <ul class="stack">
        {tokens.map((token) => (
          <li key={token.id}>
            {token.revokedAt ? (
              t('wc.scim.revoked', { label: token.label })
            ) : (
              <>
                {t('wc.scim.token', { label: token.label, at: when(token.createdAt), used: when(token.lastUsedAt) })}{' '}
                <button type="button" class="button button-secondary" onClick={() => void revoke(token.id)}>
                  {t('wc.scim.revoke')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <TextField id="scim-label" label={t('wc.scim.label')} value={label} onInput={setLabel} error={errors.errorOf('scim-label')} />
      <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
        {t('wc.scim.mint')}
      </button>
      <SaveStatus status={status} />
    </form>
  );
}

function LrsForm({ initial }: { initial: LrsSettings }) {
  const { t } = useFeatureText(worksCouncilText);
  const { form, set, save, status, errors } = useConnectionForm('lrs', { ...initial, password: '' }, async ({ enabled, endpoint, username, password, includeEmail }) => {
    const saved = await call(updateLrsContract, { body: { enabled, endpoint, username, includeEmail, ...(password && { password }) } });
    return { ...saved, password: '' };
  });
  return (
    <form class="card section stack" onSubmit={save} aria-labelledby="lrs-title" noValidate>
      <h2 id="lrs-title">{t('wc.lrs.title')}</h2>
      {initial.fromEnvironment ? (
        <p class="notice">{t('wc.fromEnvironment')}</p>
      ) : (
        <>
          <Checkbox id="lrs-enabled" label={t('wc.lrs.enabled')} checked={form.enabled} onChange={(enabled) => set({ enabled })} />
          <TextField id="lrs-endpoint" type="url" label={t('wc.lrs.endpoint')} value={form.endpoint} onInput={(endpoint) => set({ endpoint })} error={errors.errorOf('lrs-endpoint')} />
          <TextField id="lrs-username" label={t('wc.lrs.username')} value={form.username} onInput={(username) => set({ username })} error={errors.errorOf('lrs-username')} />
          <TextField id="lrs-password" label={t('wc.lrs.password')} value={form.password} onInput={(password) => set({ password })} error={errors.errorOf('lrs-password')}>
            {form.hasPassword && <p class="hint">{t('wc.sso.secretKept')}</p>}
          </TextField>
          <Checkbox id="lrs-includeEmail" label={t('wc.lrs.includeEmail')} checked={form.includeEmail} onChange={(includeEmail) => set({ includeEmail })} />
          <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
            {t('wc.save')}
          </button>
          <SaveStatus status={status} />
        </>
      )}
    </form>
  );
}
