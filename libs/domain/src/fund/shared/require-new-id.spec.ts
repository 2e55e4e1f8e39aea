/** Goal: a new id is refused only when this fund has really used it, never because of inherited object members. */
import { DomainError } from '../../decider';
import { requireNewId } from './guards';

const used: Readonly<Record<string, true>> = { 'payout-1': true };
const isTaken = (id: string) => Object.hasOwn(used, id);
const message = (id: string) => `Payment ${id} has already been made.`;

describe('requireNewId', () => {
  it('returns an unused id', () => {
    expect(requireNewId('payout-2', 'payoutId', isTaken, 'PAYOUT.DUPLICATE_ID', message)).toBe('payout-2');
  });

  it('accepts ids that are names of Object.prototype members', () => {
    expect(requireNewId('toString', 'payoutId', isTaken, 'PAYOUT.DUPLICATE_ID', message)).toBe('toString');
  });

  it('refuses a used id as a conflict naming the field', () => {
    expect.assertions(4);
    try {
      requireNewId('payout-1', 'payoutId', isTaken, 'PAYOUT.DUPLICATE_ID', message);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('PAYOUT.DUPLICATE_ID');
      expect((error as DomainError).kind).toBe('conflict');
      expect((error as DomainError).field).toBe('payoutId');
    }
  });
});
