import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { Role } from './roles';

/**
 * Who a verified token speaks for: its subject and issuer (the person) and every known role it
 * carries. A jury member's seat is not in the token: each fund's jury records the person appointed.
 */
export interface Principal {
  readonly subject: string;
  /** The token's `iss`, when it has one (tokens of an identity provider always do). */
  readonly issuer?: string;
  readonly roles: readonly Role[];
}

/** The principal acting on one request, in the one role the route admitted it under. */
export interface Actor {
  readonly subject: string;
  readonly issuer?: string;
  readonly role: Role;
}

const actors = new WeakMap<IncomingMessage, Actor>();

export function setActor(request: IncomingMessage, actor: Actor): void {
  actors.set(request, actor);
}

/** The request's actor; undefined on public routes, which run without a token. */
export function actorOf(request: IncomingMessage): Actor | undefined {
  return actors.get(request);
}

/** Injects the request's `Actor`: subject, issuer and the role it was admitted under. */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context.switchToHttp().getRequest<IncomingMessage>());
  if (actor === undefined) {
    throw new Error('@Actor() was used on a route without an authenticated actor (a @Public() route?)');
  }
  return actor;
});
