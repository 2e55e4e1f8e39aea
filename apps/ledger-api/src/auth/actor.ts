import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { Role } from './roles';

/** Who a verified token speaks for: its subject, every known role it carries, and a jury member's id. */
export interface Principal {
  readonly subject: string;
  readonly roles: readonly Role[];
  /** Present when the token carries the jury-member role: the member the holder may vote as. */
  readonly memberId?: string;
}

/** The principal acting on one request, in the one role the route admitted it under. */
export interface Actor {
  readonly subject: string;
  readonly role: Role;
  readonly memberId?: string;
}

const actors = new WeakMap<IncomingMessage, Actor>();

export function setActor(request: IncomingMessage, actor: Actor): void {
  actors.set(request, actor);
}

/** The request's actor; undefined on public routes, which run without a token. */
export function actorOf(request: IncomingMessage): Actor | undefined {
  return actors.get(request);
}

/** Injects the request's `Actor`: subject, the role it was admitted under, and a jury member's id. */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context.switchToHttp().getRequest<IncomingMessage>());
  if (actor === undefined) {
    throw new Error('@Actor() was used on a route without an authenticated actor (a @Public() route?)');
  }
  return actor;
});
