import type { Settings } from './settings';

/**
 * A one-line summary for the start-up log. It deliberately leaves out secrets and connection strings,
 * which may carry passwords; it says only which kind of store and key is in use.
 */
export function describeSettings(settings: Settings): Record<string, string | number> {
  return {
    eventStore: settings.eventStore,
    readModelStore: settings.eventStore === 'eventstoredb' ? settings.readModelStore : settings.eventStore,
    ...(settings.eventStore === 'sqlite' ? { sqlitePath: settings.sqlitePath } : {}),
    ...(settings.eventStore !== 'sqlite' ? { databaseSchema: settings.databaseSchema } : {}),
    nodeEnv: settings.nodeEnv,
    logLevel: settings.logLevel,
    tokenKey: settings.jwt.key.kind,
    bodyLimitBytes: settings.bodyLimitBytes,
    commandRetryLimit: settings.commandRetryLimit,
    readYourWritesTimeoutMs: settings.readYourWritesTimeoutMs,
    idempotencyRetentionHours: settings.idempotencyRetentionHours,
    legalTexts: settings.legalTextsDirectory ?? 'templates',
    httpHeadersTimeoutMs: settings.httpHeadersTimeoutMs,
    httpRequestTimeoutMs: settings.httpRequestTimeoutMs,
    sealing: settings.seals.signingKey === undefined ? 'off' : `key from ${settings.seals.signingKey.kind}`,
    timeStamping: settings.seals.timeStampAuthorityUrl === undefined ? 'off' : 'on',
    webSignIn: webSignInOf(settings),
  };
}

/** How the web application signs people in: the identity provider, the local development sign-in, or not at all. */
export function webSignInOf(settings: Settings): 'oidc' | 'development' | 'none' {
  if (settings.oidc !== undefined) return 'oidc';
  return settings.jwt.key.kind === 'local-secret-file' && settings.nodeEnv !== 'production'
    ? 'development'
    : 'none';
}
