/**
 * Pins the ledger digest rule (leaf encoding, sort order, pairing of an odd node, empty root) with roots
 * computed independently in Python (json + hashlib), and checks that `computeLedgerDigest` takes each
 * stream's head as of the requested position.
 */
import type { EventMetadata, ReadAllOptions, RecordedEvent } from './event-store.port';
import { workedExampleLog as exampleLog } from './testing/worked-example';
import { chainEvents, type StreamHead } from './hash-chain';
import { computeLedgerDigest, EMPTY_LEDGER_ROOT, ledgerDigestRoot } from './ledger-digest';

function heads(entries: Array<[string, number, string]>): Map<string, StreamHead> {
  return new Map(
    entries.map(([streamId, revision, hashByte]) => [streamId, { revision, hash: hashByte.repeat(32) }]),
  );
}

describe('ledgerDigestRoot', () => {
  it('is SHA-256 of the empty string for an empty ledger', () => {
    expect(EMPTY_LEDGER_ROOT).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(ledgerDigestRoot(new Map())).toBe(EMPTY_LEDGER_ROOT);
  });

  it('matches independently computed roots for one, two, three and five streams', () => {
    const all: Array<[string, number, string]> = [
      ['fund-a', 2, 'aa'],
      ['fund-b', 0, 'bb'],
      ['fund-c', 5, 'cc'],
      ['fund-d', 1, 'dd'],
      ['fund-e', 7, 'ee'],
    ];
    expect(ledgerDigestRoot(heads(all.slice(0, 1)))).toBe(
      '6e6e42c9a1cb6e57e09361d030a6aade8f33d2ce5ba291c2eff32068aeea969d',
    );
    expect(ledgerDigestRoot(heads(all.slice(0, 2)))).toBe(
      '2aeba6caf43230763ec42359531b0f7873cbc03b128e4866a8fee5e8a66ef0a6',
    );
    expect(ledgerDigestRoot(heads(all.slice(0, 3)))).toBe(
      '208589fb4e9bb134348e3801b24df087c1a7842f85f0018ce40d698f1c7c5083',
    );
    expect(ledgerDigestRoot(heads(all))).toBe(
      '06b18ff0a4c6570a2116ab28562d846948aae02780c4793a86884adf365bda1c',
    );
  });

  it('sorts stream ids by UTF-16 code units, not by code points and not by insertion order', () => {
    const root = '03835420d3f128c41d8b4412a33d579d157ec4be183bceceb2ab90c5870387d7';
    expect(
      ledgerDigestRoot(
        heads([
          ['\uff5e', 0, '22'],
          ['😀', 0, '11'],
        ]),
      ),
    ).toBe(root);
  });

  it('changes when any head changes', () => {
    const base = heads([
      ['fund-a', 2, 'aa'],
      ['fund-b', 0, 'bb'],
    ]);
    const moved = heads([
      ['fund-a', 3, 'aa'],
      ['fund-b', 0, 'bb'],
    ]);
    expect(ledgerDigestRoot(moved)).not.toBe(ledgerDigestRoot(base));
  });
});

const metadata: EventMetadata = {
  actor: { subject: 'auditor-1', role: 'auditor' },
  commandId: 'c',
  correlationId: 'c',
  causationId: 'c',
  recordedAt: '2024-01-01T00:00:00.000Z',
};

/** A log of three streams written in interleaved order, with positions 10, 20, 30, ... */
function interleavedLog(): RecordedEvent[] {
  const log: RecordedEvent[] = [];
  const streamHeads = new Map<string, StreamHead>();
  for (const streamId of ['fund-b', 'fund-a', 'fund-b', 'fund-c', 'fund-a']) {
    const [event] = chainEvents(streamId, streamHeads.get(streamId) ?? null, [
      { type: 'Noted', data: { n: log.length }, metadata },
    ]);
    streamHeads.set(streamId, event);
    log.push({ ...event, position: (log.length + 1) * 10 });
  }
  return log;
}

function storeOver(log: RecordedEvent[]) {
  return {
    headPosition: async () => log[log.length - 1]?.position ?? 0,
    readAll: async function* (options?: ReadAllOptions) {
      yield* log.filter((event) => event.position <= (options?.toPosition ?? Infinity));
    },
  };
}

describe('computeLedgerDigest', () => {
  it('digests the heads of every stream at the head of the log by default', async () => {
    const log = interleavedLog();
    const digest = await computeLedgerDigest(storeOver(log));
    const expectedHeads = new Map([log[4], log[2], log[3]].map((event) => [event.streamId, event]));
    expect(digest).toEqual({
      position: 50,
      streamCount: 3,
      eventCount: 5,
      root: ledgerDigestRoot(expectedHeads),
    });
  });

  it('uses the heads as they were at an earlier position', async () => {
    const log = interleavedLog();
    const digest = await computeLedgerDigest(storeOver(log), 35);
    const expectedHeads = new Map([log[1], log[2]].map((event) => [event.streamId, event]));
    expect(digest).toEqual({
      position: 35,
      streamCount: 2,
      eventCount: 3,
      root: ledgerDigestRoot(expectedHeads),
    });
  });

  it('gives the empty root for an empty log and refuses a position beyond the head', async () => {
    expect(await computeLedgerDigest(storeOver([]))).toEqual({
      position: 0,
      streamCount: 0,
      eventCount: 0,
      root: EMPTY_LEDGER_ROOT,
    });
    await expect(computeLedgerDigest(storeOver(interleavedLog()), 51)).rejects.toThrow(
      /head of the log \(50\)/,
    );
  });
});

describe('the worked example of docs/hash-chain.md', () => {
  it('has the event hashes and digest roots the document states (computed there with Python)', async () => {
    const log = exampleLog();
    expect(log.map((event) => event.hash)).toEqual([
      '24fac31770de0b4535f9389e3404ec4a528de33802362ed78c78f81de5936b62',
      '28102e6e958e3aa192188c756cac42394f29164595a93e8033fde8ff7cc22c81',
      '5db8ef635f645c6d7a395fc1dc5276ba3689b697999aba7d612c091d04c91dbe',
    ]);
    expect((await computeLedgerDigest(storeOver(log))).root).toBe(
      '095ab291e1e9b8fecb112388da5cb53f4b89b5e05d5c746d1ab6be4a5baa3bb1',
    );
    expect((await computeLedgerDigest(storeOver(log), 2)).root).toBe(
      'e8f91dc179629c665468a6dc0cd1a45cb31d0d517eba7508aa416dabc6619298',
    );
  });
});
