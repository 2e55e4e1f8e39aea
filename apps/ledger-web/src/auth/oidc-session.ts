/**
 * Sign-in with the city's identity provider: OpenID Connect authorization code flow with PKCE, by
 * oidc-client-ts. Tokens are kept in memory only (never in localStorage or sessionStorage); only the
 * short-lived state of a sign-in under way (PKCE verifier, return address) waits in sessionStorage
 * across the redirect. The token is renewed silently in a hidden frame before it expires; should that
 * fail, the session ends with "signed out, sign in again". Loaded only when the service names a provider.
 */
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

export interface ProviderSettings {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly scope: string;
}

export interface ProviderSession {
  /** Completes a sign-in on the callback page; answers the user and the address to return to. */
  completeSignIn(): Promise<{ user: User; returnTo: string }>;
  /** Completes a silent renewal inside its hidden frame. */
  completeRenewal(): Promise<void>;
  /** Tries to resume a session the provider still has, without showing anything; null when there is none. */
  resume(): Promise<User | null>;
  signIn(returnTo: string): Promise<void>;
  signOut(): Promise<void>;
  onUserLoaded(listener: (user: User) => void): void;
  onExpired(listener: () => void): void;
}

export function providerSession(settings: ProviderSettings): ProviderSession {
  const origin = window.location.origin;
  const manager = new UserManager({
    authority: settings.issuerUrl,
    client_id: settings.clientId,
    scope: settings.scope,
    response_type: 'code',
    redirect_uri: `${origin}/sign-in/callback`,
    silent_redirect_uri: `${origin}/sign-in/renewal`,
    post_logout_redirect_uri: `${origin}/sign-in`,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  return {
    async completeSignIn() {
      const user = await manager.signinRedirectCallback();
      const state = user.state;
      return { user, returnTo: typeof state === 'string' && state.startsWith('/') ? state : '/' };
    },
    completeRenewal: () => manager.signinSilentCallback(),
    async resume() {
      try {
        return await manager.signinSilent();
      } catch {
        return null;
      }
    },
    signIn: (returnTo) => manager.signinRedirect({ state: returnTo }),
    async signOut() {
      await manager.removeUser();
    },
    onUserLoaded: (listener) => manager.events.addUserLoaded(listener),
    onExpired: (listener) => manager.events.addAccessTokenExpired(listener),
  };
}
