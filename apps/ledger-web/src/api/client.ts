/**
 * The API client, typed from the service's OpenAPI document (`schema.d.ts`, generated). It sends the
 * signed-in person's bearer token, held in memory by the session, and reports a refused token so that
 * the session can say "signed out".
 */
import createClient, { type Middleware } from 'openapi-fetch';
import { toApiProblem, type ApiProblem } from './problem';
import type { paths } from './schema';

type TokenSource = () => string | null;
type Unauthenticated = () => void;

let currentToken: TokenSource = () => null;
let onUnauthenticated: Unauthenticated = () => undefined;

/** Called by the session: where the token comes from, and what to do when the service refuses it. */
export function connectSession(token: TokenSource, unauthenticated: Unauthenticated): void {
  currentToken = token;
  onUnauthenticated = unauthenticated;
}

export function bearerToken(): string | null {
  return currentToken();
}

const authentication: Middleware = {
  onRequest({ request }) {
    const token = currentToken();
    if (token !== null) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && currentToken() !== null) onUnauthenticated();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });
api.use(authentication);

/** The data of a successful answer, or the problem of a refusal thrown as `ApiProblem`. */
export function dataOf<Data>(result: { data?: Data; error?: unknown; response: Response }): Data {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw problemOf(result);
}

function problemOf(result: { error?: unknown; response: Response }): ApiProblem {
  return toApiProblem(result.error, result.response.status);
}
