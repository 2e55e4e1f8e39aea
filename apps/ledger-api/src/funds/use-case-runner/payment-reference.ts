import type { CommandContext } from '../../command-path';

/** Ids that travel with a bank transfer: at most 35 letters, digits, dots, colons and dashes. */
export const PAYMENT_REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.:-]{0,34}$/;

/**
 * The id of a payment or export the client left out, from the command id (a UUID derived from the
 * Idempotency-Key, so a retry names the same thing): without its dashes it is 32 characters and fits
 * a transfer's reference; an export's id is shorter, because the file names its parts after it.
 */
export function paymentReferenceOf(
  clientId: string | undefined,
  context: CommandContext,
  lengthMax: number,
): string {
  return clientId ?? context.commandId.replace(/-/g, '').slice(0, lengthMax);
}
