import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { resolveJwtVerificationKey, type Settings } from '@fund-ledger/config';
import { SETTINGS } from '../config/settings.module';
import type { Principal } from './actor';
import { isRole, type Role } from './roles';

/** Asymmetric algorithms only: a remote key set must never be usable as an HMAC secret. */
const JWKS_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
const CLOCK_TOLERANCE_SECONDS = 30;
const JWKS_TIMEOUT_MS = 5000;

/** The token was refused; the reason is written for the caller and ends up in the 401 response. */
export class TokenRejectedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TokenRejectedError';
  }
}

/** The identity provider's keys could not be fetched: the service, not the caller, has a problem. */
export class KeySetUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The identity provider could not be reached to fetch its signing keys', { cause });
    this.name = 'KeySetUnavailableError';
  }
}

/**
 * Verifies bearer tokens with jose: HS256 with the configured (or local) secret, or the keys of a
 * remote JWKS. The issuer and audience are checked when configured; `sub` and `exp` are required,
 * so a token without expiry is refused like an expired one. A `memberId` claim grants nothing and is
 * ignored: a jury member acts for the seat each fund's jury records for the token's subject and issuer.
 */
@Injectable()
export class TokenVerifier {
  private readonly verifySignedPayload: (token: string) => Promise<JWTPayload>;

  constructor(@Inject(SETTINGS) settings: Settings) {
    this.verifySignedPayload = payloadVerifier(settings);
  }

  /** The token's principal; throws `TokenRejectedError` (401) or `KeySetUnavailableError` (503). */
  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      payload = await this.verifySignedPayload(token);
    } catch (error) {
      throw translateJoseError(error);
    }
    return principalOf(payload);
  }
}

function payloadVerifier(settings: Settings): (token: string) => Promise<JWTPayload> {
  const key = resolveJwtVerificationKey(settings);
  const options: JWTVerifyOptions = {
    algorithms: key.kind === 'secret' ? ['HS256'] : JWKS_ALGORITHMS,
    requiredClaims: ['sub', 'exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    ...(settings.jwt.issuer !== undefined ? { issuer: settings.jwt.issuer } : {}),
    ...(settings.jwt.audience !== undefined ? { audience: settings.jwt.audience } : {}),
  };
  if (key.kind === 'secret') {
    const secret = new TextEncoder().encode(key.secret);
    return async (token) => (await jwtVerify(token, secret, options)).payload;
  }
  const keySet = createRemoteJWKSet(new URL(key.jwksUrl), { timeoutDuration: JWKS_TIMEOUT_MS });
  return async (token) => (await jwtVerify(token, keySet, options)).payload;
}

function translateJoseError(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new TokenRejectedError('The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new TokenRejectedError(`The token's "${error.claim}" claim is not valid: ${error.reason}`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new TokenRejectedError('The token is signed with an algorithm this service does not accept');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new TokenRejectedError('The token signature is not valid');
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new TokenRejectedError("No signing key of the identity provider matches the token's key id");
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || isFetchFailure(error)) {
    return new KeySetUnavailableError(error);
  }
  return new TokenRejectedError('The token is not a well-formed signed JWT');
}

/**
 * Fetching the key set fails with a TypeError ("fetch failed") when the provider is unreachable, or a
 * generic JOSE error when it answers with anything but 200. The name is compared rather than the class
 * because fetch errors may come from another realm.
 */
function isFetchFailure(error: unknown): boolean {
  if (error instanceof errors.JOSEError) return error.code === 'ERR_JOSE_GENERIC';
  return typeof error === 'object' && error !== null && Reflect.get(error, 'name') === 'TypeError';
}

function principalOf(payload: JWTPayload): Principal {
  const subject = payload.sub;
  if (typeof subject !== 'string' || subject.length === 0 || subject.length > 256) {
    throw new TokenRejectedError('The token\'s "sub" claim must name the subject (1 to 256 characters)');
  }
  const roles = rolesOf(payload);
  const issuer = payload.iss;
  return typeof issuer === 'string' && issuer.length > 0 ? { subject, issuer, roles } : { subject, roles };
}

/** Roles may come as `roles: [...]`, a single `role`, or Keycloak's `realm_access.roles`; unknown ones are ignored. */
function rolesOf(payload: JWTPayload): Role[] {
  const realmAccess = payload['realm_access'];
  const candidates: unknown[] = [
    ...arrayOrEmpty(payload['roles']),
    payload['role'],
    ...arrayOrEmpty(
      typeof realmAccess === 'object' && realmAccess !== null ? Reflect.get(realmAccess, 'roles') : [],
    ),
  ];
  return [...new Set(candidates.filter(isRole))];
}

function arrayOrEmpty(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
