import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { sessionSchema } from '../../shared/schemas/auth';
import { meSchema, type Me } from '../../shared/schemas/people';
import { forgetCachedContent, readDocument, writeDocument } from '../db/cached-documents';
import { api, ApiError } from './api';
import { useI18n } from './i18n';

type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me; offline: boolean };

interface SessionApi {
  state: SessionState;
  /** After sign-in or a profile change. */
  setMe(me: Me): void;
  signOut(): void;
}

const SessionContext = createContext<SessionApi | null>(null);

/**
 * Knows who is signed in. Without a network it trusts the person it saw
 * last, so the app opens offline; the server decides again once it answers.
 * The person's saved language wins over the browser's.
 */
export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const { setLanguage } = useI18n();

  const setMe = useCallback(
    (me: Me, offline = false) => {
      setLanguage(me.language);
      setState({ status: 'signed-in', me, offline });
      if (!offline) void rememberPerson(me);
    },
    [setLanguage],
  );

  useEffect(() => {
    api('GET', '/api/auth/session', sessionSchema)
      .then((session) => setMe(session.me))
      .catch(async (error: unknown) => {
        const cached = error instanceof ApiError && error.status === 0 ? await readDocument('me', meSchema) : null;
        if (cached) setMe(cached, true);
        else setState({ status: 'signed-out' });
      });
  }, [setMe]);

  const signOut = useCallback(() => setState({ status: 'signed-out' }), []);
  return <SessionContext.Provider value={{ state, setMe, signOut }}>{children}</SessionContext.Provider>;
}

/** Keeps the signed-in person for offline starts; another person's cached content is dropped first. */
async function rememberPerson(me: Me): Promise<void> {
  const previous = await readDocument('me', meSchema);
  if (previous && previous.id !== me.id) await forgetCachedContent();
  await writeDocument('me', me);
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
