/**
 * Pins the hashing rule with vectors computed outside this code (Node's crypto with the `canonicalize`
 * package, and Python's json + hashlib), and checks chaining, expected-revision rules and input validation.
 */
import { ConcurrencyError, InvalidEventError } from './errors';
import type { EventMetadata, JsonObject, NewEvent } from './event-store.port';
import {
  chainEvents,
  checkExpectedRevision,
  computeEventHash,
  EVENTS_PER_APPEND_MAX,
  GENESIS_PREV_HASH,
} from './hash-chain';

const metadata: EventMetadata = {
  actor: { subject: 'treasurer-1', role: 'treasurer' },
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  recordedAt: '2024-03-01T09:30:00.000Z',
};

const firstEvent = {
  streamId: 'fund-dortmund-city-fonds',
  revision: 0,
  type: 'ContributionReceived',
  data: {
    amount: '1234.50',
    pot: 'private',
    source: 'Verfügungsfonds 🎹',
    lines: [{ funder: 'city', share: '0.10' }],
  },
  metadata,
  prevHash: GENESIS_PREV_HASH,
};
const firstEventHash = '24fac31770de0b4535f9389e3404ec4a528de33802362ed78c78f81de5936b62';
const secondEventData = { parts: { city: '617.25', state: '617.25' } };
const secondEventHash = '5db8ef635f645c6d7a395fc1dc5276ba3689b697999aba7d612c091d04c91dbe';

function newEvent(data: JsonObject, type = 'ContributionReceived'): NewEvent {
  return { type, data, metadata };
}

describe('computeEventHash', () => {
  it('matches the independently computed vector', () => {
    expect(computeEventHash(firstEvent)).toBe(firstEventHash);
  });

  it('does not depend on the order of keys in data or metadata', () => {
    const reordered = {
      ...firstEvent,
      data: {
        lines: [{ share: '0.10', funder: 'city' }],
        source: 'Verfügungsfonds 🎹',
        pot: 'private',
        amount: '1234.50',
      },
      metadata: {
        ...metadata,
        recordedAt: metadata.recordedAt,
        actor: { role: 'treasurer', subject: 'treasurer-1' },
      },
    };
    expect(computeEventHash(reordered)).toBe(firstEventHash);
  });

  it('changes when a single character of the data changes', () => {
    expect(computeEventHash({ ...firstEvent, data: { ...firstEvent.data, amount: '1234.51' } })).not.toBe(
      firstEventHash,
    );
  });

  it('is 64 lowercase hex characters and the genesis hash is 64 zeros', () => {
    expect(computeEventHash(firstEvent)).toMatch(/^[0-9a-f]{64}$/);
    expect(GENESIS_PREV_HASH).toBe('0'.repeat(64));
  });
});

describe('chainEvents', () => {
  it('starts a new stream at revision 0 from the genesis hash and links each event to the previous', () => {
    const chained = chainEvents(firstEvent.streamId, null, [
      newEvent(firstEvent.data),
      newEvent(secondEventData, 'ContributionSplit'),
    ]);
    expect(chained.map((event) => [event.revision, event.prevHash, event.hash])).toEqual([
      [0, GENESIS_PREV_HASH, firstEventHash],
      [1, firstEventHash, secondEventHash],
    ]);
  });

  it('continues after the head it is given', () => {
    const [second] = chainEvents(firstEvent.streamId, { revision: 0, hash: firstEventHash }, [
      newEvent(secondEventData, 'ContributionSplit'),
    ]);
    expect(second).toMatchObject({ revision: 1, prevHash: firstEventHash, hash: secondEventHash });
  });

  it('keeps data and metadata exactly as given', () => {
    const [recorded] = chainEvents('fund-1', null, [newEvent(firstEvent.data)]);
    expect(recorded.data).toEqual(firstEvent.data);
    expect(recorded.metadata).toEqual(metadata);
  });
});

function arrayWithHole(): number[] {
  const list = [1, 2, 3];
  delete list[1];
  return list;
}

describe('input validation', () => {
  const refusals: Array<[string, unknown, RegExp]> = [
    ['undefined', { amount: undefined }, /data at \.amount: a value of type undefined/],
    ['NaN', { amount: Number.NaN }, /data at \.amount: NaN is not a finite number/],
    ['Infinity', { nested: { values: [1, Infinity] } }, /data at \.nested\.values\[1\]: Infinity/],
    ['a Date', { when: new Date(0) }, /data at \.when: a Date instance/],
    ['a function', { run: () => 1 }, /data at \.run: a value of type function/],
    ['a bigint', { amount: BigInt(1) }, /data at \.amount: a value of type bigint/],
    ['an array hole', { list: arrayWithHole() }, /data at \.list\[1\]: a hole in an array/],
    ['a NUL character', { text: 'a\u0000b' }, /data at \.text: a string contains U\+0000/],
    ['an unpaired surrogate', { text: 'x\ud800' }, /unpaired surrogate/],
    ['a surrogate in a key', { ['\udc00']: 1 }, /unpaired surrogate/],
  ];

  it.each(refusals)('refuses data containing %s with a message naming the place', (_name, data, message) => {
    expect(() => chainEvents('fund-1', null, [newEvent(data as JsonObject)])).toThrow(message);
    expect(() => computeEventHash({ ...firstEvent, data: data as JsonObject })).toThrow(InvalidEventError);
  });

  it('refuses cyclic data instead of overflowing the stack', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => chainEvents('fund-1', null, [newEvent(cyclic as JsonObject)])).toThrow(/deeper than 64/);
  });

  it('accepts emoji, umlauts and null values (paired surrogates are well-formed)', () => {
    expect(() => chainEvents('fund-1', null, [newEvent({ text: 'Grüße 🎹', empty: null })])).not.toThrow();
  });

  it('refuses the whole batch when one event is invalid', () => {
    const batch = [newEvent({ amount: '1.00' }), newEvent({ amount: Number.NaN })];
    expect(() => chainEvents('fund-1', null, batch)).toThrow(/Event 1 of the batch/);
  });

  it('refuses missing metadata fields, empty batches, oversized batches and bad stream ids', () => {
    const { actor: _actor, ...noActor } = metadata;
    expect(() =>
      chainEvents('fund-1', null, [{ type: 'X', data: {}, metadata: noActor as EventMetadata }]),
    ).toThrow(/metadata\.actor\.subject must be a string/);
    expect(() => chainEvents('fund-1', null, [])).toThrow(/at least one event/);
    const tooMany = Array.from({ length: EVENTS_PER_APPEND_MAX + 1 }, () => newEvent({}));
    expect(() => chainEvents('fund-1', null, tooMany)).toThrow(/at most/);
    expect(() => chainEvents('', null, [newEvent({})])).toThrow(/stream id/);
    expect(() => chainEvents('fund-1', null, [newEvent({}, '')])).toThrow(/type must be/);
  });
});

describe('checkExpectedRevision', () => {
  const head = { revision: 4, hash: firstEventHash };

  it('accepts any, no_stream on a new stream and the exact head revision', () => {
    expect(() => checkExpectedRevision('s', 'any', null)).not.toThrow();
    expect(() => checkExpectedRevision('s', 'any', head)).not.toThrow();
    expect(() => checkExpectedRevision('s', 'no_stream', null)).not.toThrow();
    expect(() => checkExpectedRevision('s', 4, head)).not.toThrow();
  });

  it('throws a ConcurrencyError naming stream, expected and actual on a mismatch', () => {
    const cases: Array<[number | 'no_stream', typeof head | null, number | 'no_stream']> = [
      ['no_stream', head, 4],
      [3, head, 4],
      [0, null, 'no_stream'],
    ];
    for (const [expected, current, actual] of cases) {
      let thrown: unknown;
      try {
        checkExpectedRevision('fund-1', expected, current);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConcurrencyError);
      expect(thrown).toMatchObject({ streamId: 'fund-1', expected, actual });
    }
  });

  it('refuses an expected revision that is neither a keyword nor a revision', () => {
    expect(() => checkExpectedRevision('s', -1, null)).toThrow(InvalidEventError);
    expect(() => checkExpectedRevision('s', 1.5, null)).toThrow(InvalidEventError);
  });
});
