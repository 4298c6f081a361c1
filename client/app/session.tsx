import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { sessionSchema } from '../../shared/schemas/auth';
import type { Me } from '../../shared/schemas/people';
import { api } from './api';
import { useI18n } from './i18n';

type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me };

interface SessionApi {
  state: SessionState;
  /** After sign-in or a profile change. */
  setMe(me: Me): void;
  signOut(): void;
}

const SessionContext = createContext<SessionApi | null>(null);

/** Knows who is signed in; the person's saved language wins over the browser's. */
export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const { setLanguage } = useI18n();

  const setMe = useCallback(
    (me: Me) => {
      setLanguage(me.language);
      setState({ status: 'signed-in', me });
    },
    [setLanguage],
  );

  useEffect(() => {
    api('GET', '/api/auth/session', sessionSchema)
      .then((session) => setMe(session.me))
      .catch(() => setState({ status: 'signed-out' }));
  }, [setMe]);

  const signOut = useCallback(() => setState({ status: 'signed-out' }), []);
  return <SessionContext.Provider value={{ state, setMe, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
