/**
 * A small HTTP client for the service running in another process: mints development tokens with the
 * secret the service was started with, sends commands with an Idempotency-Key and reads JSON answers.
 * It never throws on a non-2xx answer (callers decide what a status means); it throws when the
 * connection fails, which is what a killed service looks like from the outside.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '@fund-ledger/config';
import { signDevelopmentToken } from '@fund-ledger/config/development-token';

/** The HS256 secret every child service of these tests is started with. */
export const CHILD_SERVICE_JWT_SECRET = 'fault-and-load-test-secret-of-sufficient-length';
const TOKEN_LIFETIME_SECONDS = 4 * 3600;
const REQUEST_TIMEOUT_MS = 30_000;

export interface Caller {
  readonly role: Role;
  readonly subject: string;
}

export const FUND_MANAGER: Caller = { role: 'fund-manager', subject: 'citymanagement' };
export const TREASURER: Caller = { role: 'treasurer', subject: 'city-treasury' };
export const AUDITOR: Caller = { role: 'auditor', subject: 'audit-office' };

/** The person appointed as the member: the same member id in every fund of a run is the same person. */
export function jurorSubject(memberId: string): string {
  return `jury-${memberId}`;
}

export function juror(memberId: string): Caller {
  return { role: 'jury-member', subject: jurorSubject(memberId) };
}

export interface LedgerResponse {
  readonly status: number;
  /** The parsed JSON body, or null when the body is empty or not JSON. */
  readonly body: unknown;
  readonly text: string;
  /** True when the service replayed the first answer to this Idempotency-Key instead of running the command. */
  readonly replayed: boolean;
}

export interface CommandOptions {
  /** Defaults to a fresh UUID; pass the same key to retry the same operation. */
  readonly idempotencyKey?: string;
}

const tokens = new Map<string, Promise<string>>();

/** A valid bearer token for the caller, minted once per caller and process. */
export function tokenOf(caller: Caller): Promise<string> {
  const cacheKey = `${caller.role}/${caller.subject}`;
  let token = tokens.get(cacheKey);
  if (token === undefined) {
    token = signDevelopmentToken({
      secret: CHILD_SERVICE_JWT_SECRET,
      subject: caller.subject,
      role: caller.role,
      lifetimeSeconds: TOKEN_LIFETIME_SECONDS,
    });
    tokens.set(cacheKey, token);
  }
  return token;
}

export class LedgerClient {
  constructor(private readonly baseUrl: () => string) {}

  async post(
    caller: Caller,
    path: string,
    body: object,
    options: CommandOptions = {},
  ): Promise<LedgerResponse> {
    return this.send('POST', path, caller, {
      body: JSON.stringify(body),
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': options.idempotencyKey ?? randomUUID(),
      },
    });
  }

  async get(caller: Caller, path: string): Promise<LedgerResponse> {
    return this.send('GET', path, caller, {});
  }

  /** A command that must succeed; throws with the answer otherwise (used to set funds up). */
  async command(caller: Caller, path: string, body: object = {}): Promise<unknown> {
    const response = await this.post(caller, path, body);
    if (response.status !== 201) {
      throw new Error(`POST ${path} answered ${response.status}: ${response.text}`);
    }
    return response.body;
  }

  private async send(
    method: string,
    path: string,
    caller: Caller,
    init: { body?: string; headers?: Record<string, string> },
  ): Promise<LedgerResponse> {
    const response = await fetch(`${this.baseUrl()}${path}`, {
      method,
      body: init.body,
      headers: { ...init.headers, Authorization: `Bearer ${await tokenOf(caller)}` },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    const replayed = response.headers.get('idempotent-replayed') === 'true';
    return { status: response.status, body: parseJson(text), text, replayed };
  }
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
