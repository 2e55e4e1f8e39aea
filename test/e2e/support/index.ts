/**
 * Shared helpers for end-to-end tests of the HTTP service:
 *
 * - `startTestApp({ store, env, clock, imports })` starts the real service on a fresh temporary SQLite
 *   file or PostgreSQL schema and gives a supertest client (`http()`), its event store and `close()`;
 *   `streamEvents(eventStore, streamId)` reads a stream back;
 * - `describeEachStore(title, (store) => ...)` runs a block on SQLite and, when reachable (always
 *   under CI=true), on PostgreSQL;
 * - `tokenFor(role, { subject })` / `bearer(role)` mint valid tokens, `badTokens` invalid ones;
 * - `expectProblem(response, { status, type, detail, field, code })` checks a problem+json response;
 * - `idempotencyKey()` gives a fresh Idempotency-Key for a POST;
 * - `withBodyBytes(request)` keeps a response body as bytes (PDFs, JSON Lines).
 */
export * from './bodies';
export * from './problems';
export * from './stores';
export * from './test-app';
export * from './tokens';
export { randomUUID as idempotencyKey } from 'node:crypto';
