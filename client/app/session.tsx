import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { getSessionContract } from '../../shared/contracts/session';
import type { Me } from '../../shared/schemas/people';
import { forgetCachedContent, readDocument, writeDocument } from '../db/cached-documents';
import { ApiError, call } from './api';
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
 * Knows who is signed in. It starts from the person it saw last, so the
 * home paints at once and opens offline; the server's answer then confirms
 * the session or ends it (signed out elsewhere, expired). The person's saved
 * language wins over the browser's.
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
    let confirmed = false;
    // The person seen last shows at once (offline too); the server's answer then confirms or ends it.
    void readDocument('me').then((cached) => {
      if (cached && !confirmed) setMe(cached, true);
    });
    call(getSessionContract)
      .then((session) => {
        confirmed = true;
        setMe(session.me);
      })
      .catch(async (error: unknown) => {
        confirmed = true;
        const offline = error instanceof ApiError && error.status === 0;
        const cached = offline ? await readDocument('me') : null;
        if (cached) return setMe(cached, true);
        if (error instanceof ApiError && error.status === 401) await forgetCachedContent();
        setState({ status: 'signed-out' });
      });
  }, [setMe]);

  // Signing out forgets the cached person and content on this phone; unsent activities stay in the outbox.
  const signOut = useCallback(() => {
    void forgetCachedContent();
    setState({ status: 'signed-out' });
  }, []);
  return <SessionContext.Provider value={{ state, setMe, signOut }}>{children}</SessionContext.Provider>;
}

/** Keeps the signed-in person for offline starts; another person's cached content is dropped first. */
async function rememberPerson(me: Me): Promise<void> {
  const previous = await readDocument('me');
  if (previous && previous.id !== me.id) await forgetCachedContent();
  await writeDocument('me', me);
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
