import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ProblemException } from '../common/problems/problem.exception';
import { setActor, type Actor, type Principal } from './actor';
import { PUBLIC_ROUTE, ROUTE_ROLES } from './auth.decorators';
import type { Role } from './roles';
import { KeySetUnavailableError, TokenRejectedError, TokenVerifier } from './token-verifier';

const REALM = 'fund-ledger';
const BEARER = /^Bearer ([A-Za-z0-9\-_.~+/]+=*)$/;

/**
 * The global guard: every route needs a valid bearer token unless it is marked `@Public()`, and a
 * route marked `@Roles(...)` needs one of those roles. A missing or invalid token is a 401, a valid
 * token without a fitting role a 403, both as problem+json.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const principal = await this.authenticate(request);
    const admitted = this.reflector.getAllAndOverride<readonly Role[] | undefined>(ROUTE_ROLES, targets);
    setActor(request, actorFor(principal, admitted));
    return true;
  }

  private async authenticate(request: Request): Promise<Principal> {
    const token = bearerToken(request.headers.authorization);
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejectedError) throw unauthenticated(error.reason, 'invalid_token');
      if (error instanceof KeySetUnavailableError) {
        throw ProblemException.of('unavailable', { detail: `${error.message}; retry later` });
      }
      throw error;
    }
  }
}

function bearerToken(header: string | undefined): string {
  if (header === undefined) {
    throw unauthenticated('This request needs a bearer token in the Authorization header');
  }
  const match = BEARER.exec(header);
  if (match?.[1] === undefined) {
    throw unauthenticated('The Authorization header must have the form "Bearer <token>"', 'invalid_request');
  }
  return match[1];
}

/**
 * The role the request acts under: the first of the token's roles the route admits. A jury member's
 * reading is limited to the funds whose jury they are on, so any other admitted role goes first.
 */
function actorFor(principal: Principal, admitted: readonly Role[] | undefined): Actor {
  const candidates = principal.roles.filter(
    (candidate) => admitted === undefined || admitted.includes(candidate),
  );
  const role = candidates.find((candidate) => candidate !== 'jury-member') ?? candidates[0];
  if (role === undefined) throw forbidden(principal, admitted);
  return {
    subject: principal.subject,
    role,
    ...(principal.issuer !== undefined ? { issuer: principal.issuer } : {}),
  };
}

function forbidden(principal: Principal, admitted: readonly Role[] | undefined): ProblemException {
  const held =
    principal.roles.length === 0 ? 'no role of this service' : `the roles ${principal.roles.join(', ')}`;
  const needed =
    admitted === undefined ? 'a role of this service' : `one of the roles ${admitted.join(', ')}`;
  return ProblemException.of('forbidden', { detail: `This request needs ${needed}; the token has ${held}` });
}

function unauthenticated(detail: string, error?: 'invalid_token' | 'invalid_request'): ProblemException {
  const challenge =
    error === undefined
      ? `Bearer realm="${REALM}"`
      : `Bearer realm="${REALM}", error="${error}", error_description="${detail.replace(/["\\]/g, "'")}"`;
  return ProblemException.of('unauthenticated', { detail }, { 'WWW-Authenticate': challenge });
}
