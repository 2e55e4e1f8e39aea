import type { IncomingMessage } from 'node:http';

/** What the idempotency interceptor settles when it admits a POST: the command's id and when it was accepted. */
export interface CommandAcceptance {
  readonly commandId: string;
  readonly idempotencyKey: string;
  /** ISO-8601 instant read from the service's clock when the request was admitted. */
  readonly acceptedAt: string;
}

const acceptances = new WeakMap<IncomingMessage, CommandAcceptance>();

export function setCommandAcceptance(request: IncomingMessage, acceptance: CommandAcceptance): void {
  acceptances.set(request, acceptance);
}

export function commandAcceptanceOf(request: IncomingMessage): CommandAcceptance | undefined {
  return acceptances.get(request);
}
