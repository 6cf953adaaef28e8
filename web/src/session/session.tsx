// Who is signed in, shared with every page. The CSRF token from the session
// is handed to the API client here.

import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { fetchMe } from '../api/auth';
import { ApiError, onUnauthenticated, setCsrfToken } from '../api/client';
import type { Me, Person } from '../api/types';
import { navigate } from '../router/router';
import { signInPathFor } from '../text/paths';
import { forgetLanguageChoice, languageChosenThisVisit, shippedLanguageFor, useI18n } from '../i18n/i18n';

type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me };

type SessionValue = {
  state: SessionState;
  me: Me | null;
  isConvener: boolean;
  // A convener with the finance role, from GET /me.
  isFinance: boolean;
  // After sign-in or accepting an invite: the person's preferred language wins.
  signedIn: (me: Me) => void;
  signedOut: () => void;
  updateUser: (user: Person) => void;
  // After a convener gives or takes away their own finance role.
  updateFinance: (finance: boolean) => void;
};

const SessionContext = createContext<SessionValue | null>(null);

export { safeReturnPath, signInPathFor } from '../text/paths';

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const { setLanguage } = useI18n();

  const signedOut = useCallback(() => {
    setCsrfToken('');
    setState({ status: 'signed-out' });
  }, []);

  useEffect(() => {
    let cancelled = false;
    fetchMe()
      .then((me) => {
        if (cancelled) return;
        setCsrfToken(me.csrf_token);
        setState({ status: 'signed-in', me });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!(error instanceof ApiError) || error.status !== 401) console.warn('Could not read the session', error);
        signedOut();
      });
    return () => {
      cancelled = true;
    };
  }, [signedOut]);

  useEffect(() => {
    onUnauthenticated(() => {
      const here = window.location.pathname + window.location.search;
      signedOut();
      navigate(signInPathFor(here), { replace: true });
    });
  }, [signedOut]);

  const signedIn = useCallback(
    (me: Me) => {
      setCsrfToken(me.csrf_token);
      setState({ status: 'signed-in', me });
      // The profile's language, unless the reader picked one themselves on
      // this visit before signing in: that choice is theirs and is kept.
      const preferred = shippedLanguageFor(me.user.preferred_language);
      if (preferred && !languageChosenThisVisit()) setLanguage(preferred);
      forgetLanguageChoice();
    },
    [setLanguage],
  );

  const updateUser = useCallback((user: Person) => {
    setState((current) =>
      current.status === 'signed-in' ? { status: 'signed-in', me: { ...current.me, user } } : current,
    );
  }, []);

  const updateFinance = useCallback((finance: boolean) => {
    setState((current) =>
      current.status === 'signed-in' ? { status: 'signed-in', me: { ...current.me, finance } } : current,
    );
  }, []);

  const value = useMemo<SessionValue>(() => {
    const me = state.status === 'signed-in' ? state.me : null;
    const isConvener = me?.user.role === 'convener';
    return { state, me, isConvener, isFinance: isConvener && me?.finance === true, signedIn, signedOut, updateUser, updateFinance };
  }, [state, signedIn, signedOut, updateUser, updateFinance]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}
