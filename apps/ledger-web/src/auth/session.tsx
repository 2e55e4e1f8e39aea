/**
 * The signed-in person, for the whole application. The bearer token lives in this module's memory
 * only: a reload signs in again (silently with an identity provider that still knows the person).
 * When the token expires or the service refuses it, the session says so plainly and asks to sign in.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { api, connectSession, dataOf } from '../api/client';
import { personFromToken, type Person, type PersonRole } from './claims';
import type { ProviderSession } from './oidc-session';

export type ServiceSignInMethod =
  | { readonly method: 'oidc'; readonly issuerUrl: string; readonly clientId: string; readonly scope: string }
  | { readonly method: 'development' }
  | { readonly method: 'none' };

export type SessionState =
  | { readonly status: 'starting' }
  | { readonly status: 'signed-out'; readonly reason: 'never' | 'expired' | 'signed-out' | 'failed' }
  | { readonly status: 'signed-in'; readonly person: Person };

export interface Session {
  readonly state: SessionState;
  readonly signInMethod: ServiceSignInMethod | null;
  signInForDevelopment(request: { role: PersonRole; subject: string }): Promise<void>;
  signInWithProvider(returnTo: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person; only for pages that are shown to signed-in people. */
export function usePerson(): Person {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('usePerson without a signed-in person');
  return state.person;
}

export function SessionProvider({
  children,
  onReturn,
}: {
  children: ReactNode;
  onReturn: (path: string) => void;
}) {
  const [state, setState] = useState<SessionState>({ status: 'starting' });
  const [signInMethod, setSignInMethod] = useState<ServiceSignInMethod | null>(null);
  const token = useRef<string | null>(null);
  const provider = useRef<ProviderSession | null>(null);
  const expiryTimer = useRef<number | undefined>(undefined);
  // Read through a ref: the router hands out a new navigate function as the location changes, and the
  // session must start once, not on every navigation.
  const returnTo = useRef(onReturn);
  returnTo.current = onReturn;

  const end = useCallback((reason: 'expired' | 'signed-out' | 'failed' | 'never') => {
    token.current = null;
    window.clearTimeout(expiryTimer.current);
    setState({ status: 'signed-out', reason });
  }, []);

  const begin = useCallback(
    (accessToken: string, displayName?: string) => {
      const person = personFromToken(accessToken, displayName);
      token.current = accessToken;
      window.clearTimeout(expiryTimer.current);
      const remainingMs = person.expiresAt * 1000 - Date.now();
      expiryTimer.current = window.setTimeout(
        () => end('expired'),
        Math.max(0, Math.min(remainingMs, 2 ** 31 - 1)),
      );
      setState({ status: 'signed-in', person });
    },
    [end],
  );

  useEffect(() => {
    connectSession(
      () => token.current,
      () => end('expired'),
    );
    let cancelled = false;
    void (async () => {
      const method = await signInMethodOfService();
      if (cancelled) return;
      setSignInMethod(method);
      if (method.method !== 'oidc') return end('never');
      const { providerSession } = await import('./oidc-session');
      const session = providerSession(method);
      provider.current = session;
      session.onUserLoaded((user) => begin(user.access_token, user.profile.name));
      session.onExpired(() => end('expired'));
      await startWithProvider(session, window.location.pathname, begin, end, (path) =>
        returnTo.current(path),
      );
    })().catch(() => end('failed'));
    return () => {
      cancelled = true;
    };
  }, [begin, end]);

  const session = useMemo<Session>(
    () => ({
      state,
      signInMethod,
      async signInForDevelopment(request) {
        const answer = dataOf(
          await api.POST('/auth/development-token', {
            body: request,
            params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
          }),
        );
        begin(answer.accessToken);
      },
      async signInWithProvider(returnTo) {
        await provider.current?.signIn(returnTo);
      },
      async signOut() {
        await provider.current?.signOut();
        end('signed-out');
      },
    }),
    [state, signInMethod, begin, end],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** How the service lets the web application sign in (`GET /auth/sign-in-method`, not in the API document). */
async function signInMethodOfService(): Promise<ServiceSignInMethod> {
  const response = await fetch('/auth/sign-in-method');
  if (!response.ok) throw new Error(`The service answered ${response.status} to /auth/sign-in-method`);
  return (await response.json()) as ServiceSignInMethod;
}

async function startWithProvider(
  session: ProviderSession,
  path: string,
  begin: (token: string, name?: string) => void,
  end: (reason: 'never' | 'failed') => void,
  onReturn: (path: string) => void,
): Promise<void> {
  if (path === '/sign-in/renewal') return session.completeRenewal();
  if (path === '/sign-in/callback') {
    const { user, returnTo } = await session.completeSignIn();
    begin(user.access_token, user.profile.name);
    return onReturn(returnTo);
  }
  const user = await session.resume();
  if (user === null) return end('never');
  begin(user.access_token, user.profile.name);
}
