/**
 * Shows that verification accepts an intact log (also after a round trip through JSON lines) and names
 * exactly the first altered, removed, duplicated or reordered event in a damaged one.
 */
import { UnreadableEventError } from './errors';
import type { EventMetadata, RecordedEvent } from './event-store.port';
import { chainEvents, computeEventHash, type StreamHead } from './hash-chain';
import { ledgerDigestRoot } from './ledger-digest';
import { verifyChains, type VerifyProgress } from './verify-chains';

const metadata: EventMetadata = {
  actor: { subject: 'treasurer-1', role: 'treasurer' },
  commandId: 'c-1',
  correlationId: 'c-1',
  causationId: 'c-1',
  recordedAt: '2024-05-02T10:00:00.000Z',
};

/** Twelve events over three streams, written round-robin, at positions 1..12. */
function buildLog(): RecordedEvent[] {
  const heads = new Map<string, StreamHead>();
  const log: RecordedEvent[] = [];
  for (let index = 0; index < 12; index += 1) {
    const streamId = `fund-${index % 3}`;
    const [event] = chainEvents(streamId, heads.get(streamId) ?? null, [
      { type: 'ContributionReceived', data: { amount: `${index + 1}00.50`, note: 'Grüße 🎹' }, metadata },
    ]);
    heads.set(streamId, event);
    log.push({ ...event, position: index + 1 });
  }
  return log;
}

async function* replay(events: readonly RecordedEvent[]): AsyncIterable<RecordedEvent> {
  yield* events;
}

describe('verifyChains', () => {
  it('accepts an intact log and returns its counts and ledger digest', async () => {
    const log = buildLog();
    const result = await verifyChains(replay(log));
    const heads = new Map(log.slice(-3).map((event) => [event.streamId, event]));
    expect(result).toEqual({
      ok: true,
      eventCount: 12,
      streamCount: 3,
      firstBreak: null,
      digest: { position: 12, streamCount: 3, eventCount: 12, root: ledgerDigestRoot(heads) },
      seals: null,
    });
  });

  it('accepts a log exported as JSON lines and parsed back, since it depends on no store', async () => {
    const jsonLines = buildLog()
      .map((event) => JSON.stringify(event))
      .join('\n');
    const parsed = jsonLines.split('\n').map((line) => JSON.parse(line) as RecordedEvent);
    expect((await verifyChains(replay(parsed))).ok).toBe(true);
  });

  it('names exactly the event whose data was changed', async () => {
    const log = buildLog();
    log[6] = { ...log[6], data: { ...log[6].data, amount: '700.51' } };
    const result = await verifyChains(replay(log));
    expect(result.ok).toBe(false);
    expect(result.digest).toBeNull();
    expect(result.eventCount).toBe(6);
    expect(result.firstBreak).toMatchObject({
      kind: 'hash_mismatch',
      position: 7,
      streamId: 'fund-0',
      revision: 2,
    });
  });

  it('finds a rewritten event whose hash was recomputed by the link of the next event in its stream', async () => {
    const log = buildLog();
    const forged = { ...log[4], data: { amount: '0.01' } };
    log[4] = { ...forged, hash: computeEventHash(forged) };
    const result = await verifyChains(replay(log));
    expect(result.firstBreak).toMatchObject({
      kind: 'broken_link',
      position: 8,
      streamId: 'fund-1',
      revision: 2,
    });
  });

  it('reports a deleted event as a missing revision at the next event of its stream', async () => {
    const log = buildLog();
    const withoutOne = log.filter((event) => event.position !== 5);
    const result = await verifyChains(replay(withoutOne));
    expect(result.firstBreak).toMatchObject({
      kind: 'missing_revision',
      position: 8,
      streamId: 'fund-1',
      revision: 2,
    });
    expect(result.firstBreak?.message).toBe('Event fund-1@2 (position 8): revision 1 is missing');
  });

  it('names the whole range when several revisions are missing', async () => {
    const log = buildLog().filter((event) => event.position !== 4 && event.position !== 7);
    const result = await verifyChains(replay(log));
    expect(result.firstBreak?.message).toBe('Event fund-0@3 (position 10): revisions 1 to 2 are missing');
  });

  it('reports a repeated event and positions that do not increase', async () => {
    const log = buildLog();
    const repeated = [...log.slice(0, 4), { ...log[3], position: 5 }];
    expect((await verifyChains(replay(repeated))).firstBreak).toMatchObject({
      kind: 'duplicate_revision',
      position: 5,
    });
    const reordered = [log[0], log[2], log[1]];
    expect((await verifyChains(replay(reordered))).firstBreak).toMatchObject({
      kind: 'position_not_increasing',
      position: 2,
    });
  });

  it('reports a malformed exported event instead of throwing', async () => {
    const log = buildLog();
    const { hash: _hash, ...withoutHash } = log[2];
    const result = await verifyChains(replay([log[0], log[1], withoutHash as RecordedEvent]));
    expect(result.firstBreak).toMatchObject({ kind: 'malformed_event', position: 3 });
    expect(result.firstBreak?.message).toContain('field hash');
  });

  it('reports a stored event the source cannot decode at its position', async () => {
    const log = buildLog();
    async function* failingSource(): AsyncIterable<RecordedEvent> {
      yield log[0];
      throw new UnreadableEventError(2, 'data is not valid JSON');
    }
    const result = await verifyChains(failingSource());
    expect(result).toMatchObject({
      ok: false,
      eventCount: 1,
      firstBreak: { kind: 'unreadable_event', position: 2 },
    });
  });

  it('reports progress at the requested interval and once at the end', async () => {
    const progress: VerifyProgress[] = [];
    await verifyChains(replay(buildLog()), {
      progressIntervalEvents: 5,
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([
      { eventCount: 5, position: 5 },
      { eventCount: 10, position: 10 },
      { eventCount: 12, position: 12 },
    ]);
  });
});

describe('verifyChains on edge cases', () => {
  it('accepts an empty log with the empty digest and a log whose first position is 0', async () => {
    const empty = await verifyChains(replay([]));
    expect(empty).toMatchObject({ ok: true, eventCount: 0, digest: { position: 0, streamCount: 0 } });
    const startingAtZero = buildLog().map((event) => ({ ...event, position: event.position - 1 }));
    expect((await verifyChains(replay(startingAtZero))).ok).toBe(true);
  });
});
