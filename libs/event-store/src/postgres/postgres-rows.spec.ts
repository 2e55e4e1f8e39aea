/**
 * Goal: rows come back as port events, and a position that a JS number cannot hold exactly is refused
 * instead of being rounded (a rounded position would make a reader skip or repeat events).
 */
import { positionFromBigint, recordedEventFromRow } from './postgres-rows';

describe('PostgreSQL rows', () => {
  test('a bigint position within the safe range becomes a number', () => {
    expect(positionFromBigint('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(positionFromBigint('0')).toBe(0);
  });

  test('a position beyond the safe range is refused with a clear error', () => {
    expect(() => positionFromBigint('9007199254740993')).toThrow(/outside the range/);
  });

  test('a row maps to a recorded event with camel-case fields', () => {
    const metadata = {
      actor: { subject: 'treasurer-1', role: 'treasurer' },
      commandId: 'c',
      correlationId: 'c',
      causationId: 'c',
      recordedAt: '2024-03-01T09:30:00.000Z',
    };
    expect(
      recordedEventFromRow({
        position: '17',
        stream_id: 'fund-1',
        revision: 2,
        type: 'PayoutMade',
        data: { amount: '1000.00' },
        metadata,
        prev_hash: 'a'.repeat(64),
        hash: 'b'.repeat(64),
      }),
    ).toEqual({
      streamId: 'fund-1',
      revision: 2,
      position: 17,
      type: 'PayoutMade',
      data: { amount: '1000.00' },
      metadata,
      prevHash: 'a'.repeat(64),
      hash: 'b'.repeat(64),
    });
  });
});
