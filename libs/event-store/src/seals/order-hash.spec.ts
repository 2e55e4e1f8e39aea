/**
 * Goal: the order hash follows its documented rule: each entry is the RFC 8785 canonical JSON of
 * `{position, stream, revision, hash}` (written directly, so compared here with a JCS library), folded
 * from 64 zeros; and it changes when two events swap positions, which the ledger digest does not notice.
 */
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { hash } from 'node:crypto';
import { ledgerDigestRoot } from '../ledger-digest';
import { nextOrderHash, ORDER_HASH_GENESIS, orderEntry, type OrderedEvent } from './order-hash';

const orderedEvent = fc.record({
  position: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
  streamId: fc.string({ unit: 'grapheme', maxLength: 40 }),
  revision: fc.nat({ max: 2 ** 31 - 1 }),
  hash: fc.stringMatching(/^[0-9a-f]{64}$/),
});

describe('the order hash', () => {
  it('writes each entry as RFC 8785 canonical JSON', () => {
    fc.assert(
      fc.property(orderedEvent, (event) => {
        expect(orderEntry(event)).toBe(
          canonicalize({
            position: event.position,
            stream: event.streamId,
            revision: event.revision,
            hash: event.hash,
          }),
        );
      }),
    );
  });

  it('folds SHA-256 over the previous hash in hex followed by the entry, from 64 zeros', () => {
    const event: OrderedEvent = {
      position: 3,
      streamId: 'fund-dortmund-city-fonds',
      revision: 1,
      hash: 'ab'.repeat(32),
    };
    const expected = hash(
      'sha256',
      `${'0'.repeat(64)}{"hash":"${'ab'.repeat(32)}","position":3,"revision":1,"stream":"fund-dortmund-city-fonds"}`,
      'hex',
    );
    expect(ORDER_HASH_GENESIS).toBe('0'.repeat(64));
    expect(nextOrderHash(ORDER_HASH_GENESIS, event)).toBe(expected);
  });

  it('changes when two events of different streams swap positions, while the digest stays the same', () => {
    const first = { position: 1, streamId: 'fund-a', revision: 0, hash: '1'.repeat(64) };
    const second = { position: 2, streamId: 'fund-b', revision: 0, hash: '2'.repeat(64) };
    const swapped = [
      { ...second, position: 1 },
      { ...first, position: 2 },
    ];
    const fold = (events: OrderedEvent[]) => events.reduce(nextOrderHash, ORDER_HASH_GENESIS);
    const root = (events: OrderedEvent[]) =>
      ledgerDigestRoot(
        new Map(events.map((event) => [event.streamId, { revision: event.revision, hash: event.hash }])),
      );

    expect(fold(swapped)).not.toBe(fold([first, second]));
    expect(root(swapped)).toBe(root([first, second]));
  });
});
