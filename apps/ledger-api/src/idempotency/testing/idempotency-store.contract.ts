import { IN_PROGRESS_LEASE_MS, type IdempotencyStore } from '../idempotency-store.port';

/**
 * The behaviour every IdempotencyStore adapter must show, run against each of them: first use starts
 * a run, a completed run is replayed, a different request is a mismatch, a running one is reported as
 * such until its lease expires, a failed run is forgotten, a late run cannot clobber a takeover, and
 * records of runs completed before a cutoff are purged.
 */
export function runIdempotencyStoreContract(
  open: () => Promise<{ store: IdempotencyStore; dispose(): Promise<void> }>,
) {
  let store: IdempotencyStore;
  let dispose: () => Promise<void>;
  const scope = { subject: 'treasurer-anna', key: 'key-1' };
  const now = new Date('2024-05-01T09:30:00.000Z');
  const later = (milliseconds: number) => new Date(now.getTime() + milliseconds);

  beforeEach(async () => {
    ({ store, dispose } = await open());
  });
  afterEach(async () => dispose());

  it('starts a run for a new key', async () => {
    expect(await store.begin(scope, 'fingerprint-a', now)).toEqual({
      kind: 'started',
      attemptId: expect.any(String),
    });
  });

  it('replays the completed response for the same request', async () => {
    const started = await store.begin(scope, 'fingerprint-a', now);
    if (started.kind !== 'started') throw new Error('expected a start');
    await store.complete(scope, started.attemptId, { status: 201, bodyJson: '{"position":7}' }, later(5));

    expect(await store.begin(scope, 'fingerprint-a', later(10))).toEqual({
      kind: 'completed',
      response: { status: 201, bodyJson: '{"position":7}' },
    });
  });

  it('replays a response without a body', async () => {
    const started = await store.begin(scope, 'fingerprint-a', now);
    if (started.kind !== 'started') throw new Error('expected a start');
    await store.complete(scope, started.attemptId, { status: 204, bodyJson: null }, now);

    expect(await store.begin(scope, 'fingerprint-a', now)).toEqual({
      kind: 'completed',
      response: { status: 204, bodyJson: null },
    });
  });

  it('reports a different request with the same key as a mismatch, running or completed', async () => {
    await store.begin(scope, 'fingerprint-a', now);
    expect(await store.begin(scope, 'fingerprint-b', now)).toEqual({ kind: 'mismatch' });
    expect(await store.begin(scope, 'fingerprint-b', later(IN_PROGRESS_LEASE_MS + 1))).toEqual({
      kind: 'mismatch',
    });
  });

  it('keeps keys of different subjects apart', async () => {
    await store.begin(scope, 'fingerprint-a', now);
    expect((await store.begin({ ...scope, subject: 'treasurer-ben' }, 'fingerprint-b', now)).kind).toBe(
      'started',
    );
  });

  it('reports a run in progress until its lease expires, then lets a retry take over', async () => {
    const first = await store.begin(scope, 'fingerprint-a', now);
    expect(await store.begin(scope, 'fingerprint-a', later(IN_PROGRESS_LEASE_MS - 1))).toEqual({
      kind: 'in_progress',
    });

    const takeover = await store.begin(scope, 'fingerprint-a', later(IN_PROGRESS_LEASE_MS));
    expect(takeover.kind).toBe('started');
    expect(takeover).not.toEqual(first);
  });

  it('keeps a run in progress while it renews its lease, and frees the key once it stops', async () => {
    const running = await store.begin(scope, 'fingerprint-a', now);
    if (running.kind !== 'started') throw new Error('expected a start');
    await store.renew(scope, running.attemptId, later(IN_PROGRESS_LEASE_MS - 1));

    expect(await store.begin(scope, 'fingerprint-a', later(IN_PROGRESS_LEASE_MS))).toEqual({
      kind: 'in_progress',
    });
    expect((await store.begin(scope, 'fingerprint-a', later(2 * IN_PROGRESS_LEASE_MS - 1))).kind).toBe(
      'started',
    );
  });

  it('does not let a run that was taken over renew the lease of the run that took over', async () => {
    const first = await store.begin(scope, 'fingerprint-a', now);
    const takeover = await store.begin(scope, 'fingerprint-a', later(IN_PROGRESS_LEASE_MS));
    if (first.kind !== 'started' || takeover.kind !== 'started') throw new Error('expected two starts');
    await store.renew(scope, first.attemptId, later(2 * IN_PROGRESS_LEASE_MS - 1));

    expect((await store.begin(scope, 'fingerprint-a', later(2 * IN_PROGRESS_LEASE_MS))).kind).toBe('started');
  });

  it('ignores the completion of a run that was taken over', async () => {
    const first = await store.begin(scope, 'fingerprint-a', now);
    const takeover = await store.begin(scope, 'fingerprint-a', later(IN_PROGRESS_LEASE_MS));
    if (first.kind !== 'started' || takeover.kind !== 'started') throw new Error('expected two starts');

    await store.complete(
      scope,
      first.attemptId,
      { status: 201, bodyJson: '"late"' },
      later(IN_PROGRESS_LEASE_MS),
    );
    await store.release(scope, first.attemptId);
    expect(await store.begin(scope, 'fingerprint-a', later(IN_PROGRESS_LEASE_MS + 1))).toEqual({
      kind: 'in_progress',
    });

    await store.complete(
      scope,
      takeover.attemptId,
      { status: 201, bodyJson: '"current"' },
      later(IN_PROGRESS_LEASE_MS),
    );
    expect(await store.begin(scope, 'fingerprint-a', later(IN_PROGRESS_LEASE_MS + 2))).toEqual({
      kind: 'completed',
      response: { status: 201, bodyJson: '"current"' },
    });
  });

  it('forgets a released run so that a retry runs again, even with a different request', async () => {
    const started = await store.begin(scope, 'fingerprint-a', now);
    if (started.kind !== 'started') throw new Error('expected a start');
    await store.release(scope, started.attemptId);

    expect((await store.begin(scope, 'fingerprint-b', now)).kind).toBe('started');
  });

  it('never releases a completed record', async () => {
    const started = await store.begin(scope, 'fingerprint-a', now);
    if (started.kind !== 'started') throw new Error('expected a start');
    await store.complete(scope, started.attemptId, { status: 201, bodyJson: '{}' }, now);
    await store.release(scope, started.attemptId);

    expect((await store.begin(scope, 'fingerprint-a', now)).kind).toBe('completed');
  });

  it('lets exactly one of many simultaneous begins start', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => store.begin({ ...scope, key: 'race' }, 'fingerprint-a', now)),
    );
    expect(outcomes.filter((outcome) => outcome.kind === 'started')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === 'in_progress')).toHaveLength(7);
  });

  describe('purging completed records', () => {
    async function completeAt(key: string, at: Date): Promise<void> {
      const started = await store.begin({ ...scope, key }, 'fingerprint-a', at);
      if (started.kind !== 'started') throw new Error('expected a start');
      await store.complete({ ...scope, key }, started.attemptId, { status: 201, bodyJson: '{}' }, at);
    }

    it('forgets runs completed before the cutoff, batch after batch, and keeps later and running ones', async () => {
      const oldKeys = ['old-0', 'old-1', 'old-2', 'old-3', 'old-4'];
      for (const [index, key] of oldKeys.entries()) await completeAt(key, later(index));
      await completeAt('at-cutoff', later(10));
      await store.begin({ ...scope, key: 'running' }, 'fingerprint-a', now);

      expect(await store.purgeCompletedBefore(later(10), 2)).toBe(oldKeys.length);

      for (const key of oldKeys) {
        expect((await store.begin({ ...scope, key }, 'fingerprint-b', later(11))).kind).toBe('started');
      }
      expect((await store.begin({ ...scope, key: 'at-cutoff' }, 'fingerprint-a', later(11))).kind).toBe(
        'completed',
      );
      expect(await store.begin({ ...scope, key: 'running' }, 'fingerprint-a', later(11))).toEqual({
        kind: 'in_progress',
      });
    });

    it('purges nothing when no run completed before the cutoff', async () => {
      await completeAt('recent', later(5));
      expect(await store.purgeCompletedBefore(later(5))).toBe(0);
      expect((await store.begin({ ...scope, key: 'recent' }, 'fingerprint-a', later(6))).kind).toBe(
        'completed',
      );
    });
  });

  it('answers a ping', async () => {
    expect(await store.ping()).toBe(true);
  });
}
