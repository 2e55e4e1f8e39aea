/**
 * Goal: the EventStoreDB adapter keeps the server's own rules where no server can run. It talks through
 * the unmodified client to a scripted node (`testing/scripted-eventstoredb-node.ts`) that answers with the
 * client's own gRPC messages as the server's source decides, so every request, header, deadline, error and
 * reconnection goes through the client exactly as it would against a cluster.
 */
import { DeadlineExceededError } from '@eventstore/db-client';
import { ConcurrencyError, InvalidEventError, StoreAccessDeniedError } from '../errors';
import type { EventStore, NewEvent } from '../event-store.port';
import { AppendUnconfirmedError, StreamHistoryHiddenError } from './eventstoredb-errors';
import { openEventStoreDbEventStore } from './eventstoredb-event-store';
import { openEventStoreDbContractHarness } from './testing/eventstoredb-contract-harness';
import { ScriptedEventStoreDbNode, ScriptedLog } from './testing/scripted-eventstoredb-node';

const PREFIX = 'city';
const FUND = 'fund-42';
const FUND_STREAM = `${PREFIX}/${FUND}`;

const running: Array<{ stop(): Promise<void> } | { close(): Promise<void> }> = [];

afterEach(async () => {
  for (const resource of running.splice(0).reverse()) {
    await ('close' in resource ? resource.close() : resource.stop());
  }
});

async function startNode(...args: Parameters<typeof ScriptedEventStoreDbNode.start>) {
  const node = await ScriptedEventStoreDbNode.start(...args);
  running.push(node);
  return node;
}

/** A store on the node; resends follow each other at once, so the tests do not wait for real pauses. */
async function storeOn(node: ScriptedEventStoreDbNode, parameters = ''): Promise<EventStore> {
  const store = await openEventStoreDbEventStore(
    {
      kind: 'eventstoredb',
      connectionString: node.connectionString('esdb', parameters),
      streamPrefix: PREFIX,
    },
    { resendPausesMs: [1, 1, 1] },
  );
  running.push(store);
  return store;
}

function contribution(amount: string): NewEvent {
  return {
    type: 'PrivateContributionRecorded',
    data: { amount, contributor: 'Förderverein Innenstadt e.V.' },
    metadata: {
      actor: { subject: 'kaemmerei-1', role: 'treasurer' },
      commandId: `cmd-${amount}`,
      correlationId: 'corr-1',
      causationId: `cmd-${amount}`,
      recordedAt: '2024-03-01T09:30:00.000Z',
    },
  };
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

/** Fails the test instead of letting it hang when the work never settles. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Retries the check for a moment: a cancellation reaches the node a little after the client gives up. */
async function eventually(check: () => void): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return check();
    } catch (error) {
      if (attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** A leader whose fund stream has `revisions` events, and a follower that saw only the first of them. */
async function clusterAfterLeaderChange(revisions: number) {
  const leader = await startNode();
  const writer = await storeOn(leader);
  await writer.append(FUND, [contribution('100.00')], 'no_stream');
  const follower = await startNode({ leader, log: leader.log.copy() });
  for (let revision = 1; revision < revisions; revision += 1) {
    await writer.append(FUND, [contribution(`${revision}01.00`)], revision - 1);
  }
  return { leader, follower };
}

describe('reads the command path depends on go to the leader', () => {
  test('an append with the revision read from the leader is not refused on a lagging follower’s head', async () => {
    const { leader, follower } = await clusterAfterLeaderChange(2);
    const store = await storeOn(follower);

    const appended = await store.append(FUND, [contribution('250.00')], 1);

    expect(appended.nextExpectedRevision).toBe(2);
    expect(leader.log.stream(FUND_STREAM).map((event) => event.revision)).toEqual([0, 1, 2]);
  });

  test('a batch is read back from the leader, not from the follower that forwarded nothing yet', async () => {
    const { leader, follower } = await clusterAfterLeaderChange(1);
    const store = await storeOn(follower);

    const appended = await store.append(FUND, [contribution('1.00'), contribution('2.00')], 0);

    const stored = leader.log.stream(FUND_STREAM).slice(1);
    expect(appended.events.map((event) => event.position)).toEqual(stored.map((e) => Number(e.position)));
  });

  test('a stream read after a leader change shows the leader’s events', async () => {
    const { follower } = await clusterAfterLeaderChange(3);
    const store = await storeOn(follower);

    const events = await collect(store.readStream(FUND));

    expect(events.map((event) => event.revision)).toEqual([0, 1, 2]);
  });

  test('every request the adapter sends requires the leader', async () => {
    const node = await startNode();
    const store = await storeOn(node);
    await store.append(FUND, [contribution('1.00'), contribution('2.00')], 'no_stream');
    await collect(store.readStream(FUND));
    await collect(store.readAll());
    await store.headPosition();
    await store.ping();

    expect(node.received.length).toBeGreaterThan(5);
    expect(node.received.filter((request) => !request.requiresLeader)).toEqual([]);
  });
});

describe('a stream EventStoreDB hides is never chained from the genesis hash', () => {
  test.each(['no_stream', 'any'] as const)(
    'an append (%s) to a soft-deleted stream is refused and writes nothing',
    async (expected) => {
      const node = await startNode();
      const store = await storeOn(node);
      await store.append(FUND, [contribution('1.00'), contribution('2.00')], 'no_stream');
      node.log.softDelete(FUND_STREAM);
      const appendsBefore = node.appendsReceived().length;

      const appending = store.append(FUND, [contribution('3.00'), contribution('4.00')], expected);

      await expect(appending).rejects.toThrow(StreamHistoryHiddenError);
      await expect(appending).rejects.toThrow(/fund-42 was soft-deleted/);
      expect(node.appendsReceived()).toHaveLength(appendsBefore);
      expect(node.log.stream(FUND_STREAM)).toHaveLength(2);
    },
  );

  test('a stream whose metadata hides every event behind a retention limit is refused too', async () => {
    const node = await startNode();
    const store = await storeOn(node);
    node.log.setMetadata(FUND_STREAM, '{"$maxAge":86400}');

    await expect(store.append(FUND, [contribution('1.00')], 'no_stream')).rejects.toThrow(/\$maxAge 86400/);
    expect(node.appendsReceived()).toEqual([]);
  });

  test('a new stream with no metadata starts at revision 0', async () => {
    const node = await startNode();
    const store = await storeOn(node);

    const appended = await store.append(FUND, [contribution('1.00')], 'no_stream');

    expect(appended.nextExpectedRevision).toBe(0);
  });
});

describe('a batch whose answer was lost is sent again, identical, a bounded number of times', () => {
  test.each([
    ['a commit time-out after the write', { kind: 'timeout', written: true }],
    ['a connection lost after the write', { kind: 'connection-lost', written: true }],
    ['a connection lost before the write', { kind: 'connection-lost', written: false }],
  ] as const)('%s: the batch stands once and is confirmed', async (_case, fault) => {
    const node = await startNode();
    const store = await storeOn(node);
    node.appendFaults.push(fault);

    const appended = await store.append(FUND, [contribution('1.00'), contribution('2.00')], 'no_stream');

    const stored = node.log.stream(FUND_STREAM);
    expect(stored.map((event) => event.revision)).toEqual([0, 1]);
    expect(appended.events.map((event) => event.position)).toEqual(stored.map((e) => Number(e.position)));
    const [first, resent] = node.appendsReceived();
    expect(resent).toEqual(first);
    expect(first).toMatchObject({ expected: '-1' });
  });

  test('an append with any whose answer was lost does not chain a second copy', async () => {
    const node = await startNode();
    const store = await storeOn(node);
    await store.append(FUND, [contribution('1.00')], 'no_stream');
    node.appendFaults.push({ kind: 'timeout', written: true });

    const appended = await store.append(FUND, [contribution('2.00')], 'any');

    expect(appended.nextExpectedRevision).toBe(1);
    expect(node.log.stream(FUND_STREAM)).toHaveLength(2);
    expect(
      node
        .appendsReceived()
        .slice(1)
        .map((request) => request.expected),
    ).toEqual(['0', '0']);
  });

  test('when no attempt is answered, the error says where the batch stands if it stands at all', async () => {
    const node = await startNode();
    const store = await storeOn(node);
    node.appendFaults.push(
      { kind: 'connection-lost', written: true },
      ...Array.from({ length: 3 }, () => ({ kind: 'connection-lost', written: false }) as const),
    );

    const appending = store.append(FUND, [contribution('1.00'), contribution('2.00')], 'no_stream');

    await expect(appending).rejects.toThrow(AppendUnconfirmedError);
    await expect(appending).rejects.toMatchObject({ firstRevision: 0, lastRevision: 1, attempts: 4 });
    const attempts = node.appendsReceived();
    expect(attempts).toHaveLength(4);
    expect(new Set(attempts.map((attempt) => JSON.stringify(attempt))).size).toBe(1);
    // What a caller may assume: the batch stands whole at those revisions, and a retry of the same
    // decision with the same expected revision is refused instead of writing it twice.
    expect((await collect(store.readStream(FUND))).map((event) => event.revision)).toEqual([0, 1]);
    await expect(store.append(FUND, [contribution('1.00')], 'no_stream')).rejects.toThrow(ConcurrencyError);
  });

  test('a resend that finds another writer’s event after the revision is a conflict, with nothing written', async () => {
    const node = await startNode();
    const store = await storeOn(node);
    node.appendFaults.push({
      kind: 'timeout',
      written: false,
      meanwhile: (log: ScriptedLog) => log.appendForeign(FUND_STREAM),
    });

    const appending = store.append(FUND, [contribution('1.00')], 'no_stream');

    await expect(appending).rejects.toThrow(ConcurrencyError);
    await expect(appending).rejects.toMatchObject({ expected: 'no_stream', actual: 0 });
    expect(node.log.stream(FUND_STREAM).map((event) => event.type)).toEqual(['SomethingElse']);
  });
});

describe('permissions, deadlines, older servers and the append size', () => {
  test('a ping refused because the user may not read $all says which permission is missing', async () => {
    const node = await startNode({ allReadsDenied: true });
    const store = await storeOn(node);

    await expect(store.ping()).rejects.toThrow(StoreAccessDeniedError);
    await expect(store.ping()).rejects.toThrow(/read \$all.*\$admins/s);
    await expect(collect(store.readAll())).rejects.toThrow(StoreAccessDeniedError);
  });

  test('a node that never answers costs a ping and every read no more than the deadline', async () => {
    const node = await startNode({ readsHang: true });
    const store = await storeOn(node, '&defaultDeadline=200');

    await expect(within(2_000, store.ping())).resolves.toBe(false);
    await expect(within(2_000, collect(store.readAll()))).rejects.toThrow(DeadlineExceededError);
    await expect(within(2_000, store.append(FUND, [contribution('1.00')], 'any'))).rejects.toThrow(
      DeadlineExceededError,
    );
    await eventually(() => expect(node.cancelledReads).toBe(3));
  });

  test('a server that sends no position for stream reads is named as older than 22.6', async () => {
    const node = await startNode({ streamReadPositions: 'absent' });
    const store = await storeOn(node);
    await store.append(FUND, [contribution('1.00')], 'no_stream');

    await expect(collect(store.readStream(FUND))).rejects.toThrow(/2\^64 − 1.*EventStoreDB 22\.6 or newer/);
  });

  test('a batch larger than the server’s maximum append size is refused by the port’s error, naming the limit', async () => {
    const node = await startNode({ maxAppendSize: 2_000 });
    const store = await storeOn(node);
    const batch = Array.from({ length: 10 }, (_, index) => contribution(`${index}.00`));

    const appending = store.append(FUND, batch, 'no_stream');

    await expect(appending).rejects.toThrow(InvalidEventError);
    await expect(appending).rejects.toThrow(/maximum append size of 2000 bytes/);
    expect(node.log.stream(FUND_STREAM)).toEqual([]);
  });
});

describe('the contract harness', () => {
  test('cleans up after itself with a KurrentDB connection string', async () => {
    const node = await startNode();
    const harness = await openEventStoreDbContractHarness(node.connectionString('kurrentdb'));
    await harness.store.append('fund-1', [contribution('1.00')], 'no_stream');

    await harness.dispose();

    const deleted = node.received.filter((request) => request.method === 'delete');
    expect(deleted.map((request) => request.stream)).toEqual([
      expect.stringMatching(/^contract-\w+\/fund-1$/),
    ]);
  });
});
