import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { actorOf, type Actor } from '../auth/actor';
import { correlationIdOf } from '../common/http/correlation-id';
import { commandAcceptanceOf } from '../idempotency/command-acceptance';

/**
 * Everything a command handler needs besides the request body: who acts, the command id (derived
 * from the Idempotency-Key), the correlation id, and the instant the request was accepted, which
 * becomes the command's `issuedAt` and every event's `recordedAt`.
 */
export interface CommandContext {
  readonly actor: Actor;
  readonly commandId: string;
  readonly idempotencyKey: string;
  readonly correlationId: string;
  readonly recordedAt: string;
}

export function commandContextOf(request: IncomingMessage): CommandContext {
  const actor = actorOf(request);
  const acceptance = commandAcceptanceOf(request);
  if (actor === undefined || acceptance === undefined) {
    throw new Error(
      'A command context exists only on authenticated POST routes admitted by the idempotency check',
    );
  }
  return {
    actor,
    commandId: acceptance.commandId,
    idempotencyKey: acceptance.idempotencyKey,
    correlationId: correlationIdOf(request),
    recordedAt: acceptance.acceptedAt,
  };
}

/** Injects the request's `CommandContext` into a POST handler: `@CommandContext() context: CommandContext`. */
export const CommandContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CommandContext =>
    commandContextOf(context.switchToHttp().getRequest<IncomingMessage>()),
);
