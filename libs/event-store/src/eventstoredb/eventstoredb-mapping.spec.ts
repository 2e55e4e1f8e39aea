/**
 * Goal: the EventStoreDB mapping is right against the client's own code, without a server. Events go
 * through the client exactly as it writes and reads them (its `jsonEvent`, the JSON encoding its append
 * sends, its gRPC protobuf messages and its `convertGrpcEvent`), and errors are the client's own
 * `WrongExpectedVersionError`, built the three ways the client builds it.
 */
import {
  convertToCommandError,
  EventStoreDBClient,
  MaxAppendSizeExceededError,
  NO_STREAM,
  WrongExpectedVersionError,
  type EventData,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  convertGrpcEvent,
  createStreamIdentifier,
  createUUID,
  parseUUID,
} from '@eventstore/db-client/dist/utils';
import { WrongExpectedVersion } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { ConcurrencyError, InvalidEventError, UnreadableEventError } from '../errors';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { chainEvents } from '../hash-chain';
import {
  accessDeniedError,
  appendTooLargeError,
  clientConnectionString,
  concurrencyErrorFrom,
  eventIdFromHash,
  EventStoreDbStreamNames,
  expectedRevisionForAppend,
  hiddenHistoryReason,
  mayResendAppend,
  recordedEventFrom,
  safeNumber,
  toEventData,
} from './eventstoredb-mapping';

const metadata = {
  actor: { subject: 'kaemmerei-1', role: 'treasurer' },
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  recordedAt: '2024-03-01T09:30:00.000Z',
};

const contribution: NewEvent = {
  type: 'PrivateContributionRecorded',
  data: {
    amount: '4200.00',
    contributor: 'Förderverein Innenstadt e.V. – „Klaviere“ 🎹',
    shares: ['0.333333', '0.666667'],
    nested: { zero: 0, flag: true, nothing: null },
  },
  metadata,
};

/** Encodes an event the way the client's append does and decodes it the way the client's reads do. */
function throughTheClient(
  eventData: EventData,
  stored: { streamName: string; revision: bigint; commit: bigint },
): ResolvedEvent {
  const record = new ReadResp.ReadEvent.RecordedEvent();
  record.setId(createUUID(eventData.id));
  record.setStreamIdentifier(createStreamIdentifier(stored.streamName));
  record.setStreamRevision(stored.revision.toString());
  record.setCommitPosition(stored.commit.toString());
  record.setPreparePosition(stored.commit.toString());
  record.getMetadataMap().set('type', eventData.type);
  record.getMetadataMap().set('content-type', eventData.contentType);
  record.getMetadataMap().set('created', '638449746000000000');
  record.setData(Buffer.from(JSON.stringify(eventData.data), 'utf8'));
  record.setCustomMetadata(Buffer.from(JSON.stringify(eventData.metadata), 'utf8'));
  const readEvent = new ReadResp.ReadEvent();
  readEvent.setEvent(record);
  readEvent.setCommitPosition(stored.commit.toString());
  return convertGrpcEvent(readEvent);
}

function chained(streamId: string): Omit<RecordedEvent, 'position'> {
  const [event] = chainEvents(streamId, null, [contribution]);
  if (!event) throw new Error('chainEvents returned nothing');
  return event;
}

describe('EventStoreDB stream names', () => {
  test('a prefix is joined with a separator and recognised on the way back', () => {
    const names = new EventStoreDbStreamNames('city-fund');
    expect(names.toEventStoreDb('fund-42')).toBe('city-fund/fund-42');
    expect(names.toLedger('city-fund/fund-42')).toBe('fund-42');
    expect(names.filterPrefixes).toEqual(['city-fund/']);
  });

  test('system streams and streams of other prefixes are not the ledger’s', () => {
    const names = new EventStoreDbStreamNames('city');
    expect(names.toLedger('$ce-fund')).toBeNull();
    expect(names.toLedger('city-fund/fund-42')).toBeNull();
    expect(names.toLedger('fund-42')).toBeNull();
    expect(names.toLedger('city/')).toBeNull();
  });

  test('without a prefix every user stream is the ledger’s, and system stream names are refused', () => {
    const names = new EventStoreDbStreamNames();
    expect(names.toLedger('fund-42')).toBe('fund-42');
    expect(names.toLedger('$stats-127.0.0.1:2113')).toBeNull();
    expect(names.filterPrefixes).toBeNull();
    expect(() => names.toEventStoreDb('$settings')).toThrow(/system stream/);
  });

  test('a prefix with characters that could overlap another prefix is refused', () => {
    expect(() => new EventStoreDbStreamNames('a/b')).toThrow(/prefix/);
    expect(() => new EventStoreDbStreamNames('')).toThrow(/prefix/);
  });
});

describe('EventStoreDB connection strings', () => {
  test('KurrentDB schemes are translated to the esdb schemes this client parses, parameters unchanged', () => {
    expect(clientConnectionString('kurrentdb://localhost:2113?tls=false')).toBe(
      'esdb://localhost:2113?tls=false',
    );
    expect(clientConnectionString('kurrent://admin:changeit@db:2113')).toBe('esdb://admin:changeit@db:2113');
    expect(clientConnectionString('kurrentdb+discover://a:2113,b:2113')).toBe(
      'esdb+discover://a:2113,b:2113',
    );
    expect(clientConnectionString('esdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113?tls=false');
  });

  test('a translated connection string is accepted by the client', async () => {
    const client = EventStoreDBClient.connectionString(
      clientConnectionString('kurrentdb://localhost:2113?tls=false'),
    );
    await client.dispose();
  });
});

describe('EventStoreDB revisions and positions', () => {
  test('bigints within the safe integer range become numbers', () => {
    expect(safeNumber(0n, 'revision')).toBe(0);
    expect(safeNumber(BigInt(Number.MAX_SAFE_INTEGER), 'commit position')).toBe(Number.MAX_SAFE_INTEGER);
  });

  test('a commit position beyond the safe integer range is refused with a clear error', () => {
    expect(() => safeNumber(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 'commit position')).toThrow(
      /commit position 9007199254740992 is outside/,
    );
    expect(() => safeNumber(-1n, 'revision')).toThrow(RangeError);
  });

  test('an append always names the exact head it chained from, never ANY', () => {
    expect(expectedRevisionForAppend(null)).toBe(NO_STREAM);
    expect(expectedRevisionForAppend({ revision: 41, hash: 'a'.repeat(64) })).toBe(41n);
  });
});

describe('EventStoreDB concurrency errors', () => {
  test('the error the client raises from an append response becomes a ConcurrencyError with the actual revision', () => {
    const details = new WrongExpectedVersion();
    details.setExpectedStreamPosition('3');
    details.setCurrentStreamRevision('7');
    const error = WrongExpectedVersionError.fromWrongExpectedVersion(details, 'city/fund-42');

    const mapped = concurrencyErrorFrom(error, 'fund-42', 3);

    expect(mapped).toBeInstanceOf(ConcurrencyError);
    expect(mapped).toMatchObject({ streamId: 'fund-42', expected: 3, actual: 7 });
  });

  test('a stream that does not exist is reported as no_stream', () => {
    const details = new WrongExpectedVersion();
    details.setExpectedStreamPosition('0');
    const error = WrongExpectedVersionError.fromWrongExpectedVersion(details, 'city/fund-42');

    expect(concurrencyErrorFrom(error, 'fund-42', 0)).toMatchObject({ actual: 'no_stream' });
  });

  test('the error the client builds from gRPC trailers maps the same way', () => {
    const trailers = new Metadata();
    trailers.set('stream-name', 'city/fund-42');
    trailers.set('expected-version', '-1');
    trailers.set('actual-version', '12');
    const serviceError: ServiceError = Object.assign(new Error('wrong expected version'), {
      code: status.FAILED_PRECONDITION,
      details: 'wrong expected version',
      metadata: trailers,
    });

    const mapped = concurrencyErrorFrom(new WrongExpectedVersionError(serviceError), 'fund-42', 'no_stream');

    expect(mapped).toMatchObject({ streamId: 'fund-42', expected: 'no_stream', actual: 12 });
  });

  test('the error built from versions (as the client does on a batch append) keeps no_stream', () => {
    const error = new WrongExpectedVersionError(undefined, {
      streamName: 'city/fund-42',
      expected: 5n,
      current: NO_STREAM,
    });

    expect(concurrencyErrorFrom(error, 'fund-42', 5)).toMatchObject({ expected: 5, actual: 'no_stream' });
  });
});

describe('EventStoreDB event round trip', () => {
  const names = new EventStoreDbStreamNames('city');

  test('data, metadata and chain links come back exactly as written, with revision and position', () => {
    const event = chained('fund-42');
    const resolved = throughTheClient(toEventData(event), {
      streamName: 'city/fund-42',
      revision: 0n,
      commit: 123_456n,
    });

    expect(recordedEventFrom(resolved, names)).toEqual({ ...event, position: 123_456 });
  });

  test('the event id is a valid UUID derived from the hash, so a resent event is recognised as the same', () => {
    const event = chained('fund-42');
    const id = toEventData(event).id;

    expect(parseUUID(createUUID(id))).toBe(id);
    expect(id).toBe(eventIdFromHash(event.hash));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toEventData(chained('fund-43')).id).not.toBe(id);
  });

  test('EventStoreDB’s correlation and causation ids are set for its system projections', () => {
    expect(toEventData(chained('fund-42')).metadata).toMatchObject({
      $correlationId: 'corr-1',
      $causationId: 'cause-1',
    });
  });

  test('events of other prefixes and system streams are skipped, not read', () => {
    const foreign = throughTheClient(toEventData(chained('fund-42')), {
      streamName: 'other/fund-42',
      revision: 0n,
      commit: 99n,
    });

    expect(recordedEventFrom(foreign, names)).toBeNull();
    expect(recordedEventFrom({}, names)).toBeNull();
  });

  test('an event read without a log position (2^64 − 1, as before EventStoreDB 22.6) names the version needed', () => {
    const resolved = throughTheClient(toEventData(chained('fund-42')), {
      streamName: 'city/fund-42',
      revision: 0n,
      commit: 2n ** 64n - 1n,
    });

    expect(() => recordedEventFrom(resolved, names)).toThrow(
      /no log position for event city\/fund-42@0 .*EventStoreDB 22\.6 or newer/,
    );
  });

  test('a ledger stream event without the ledger envelope is unreadable at its position', () => {
    const foreignWriter: EventData = {
      ...toEventData(chained('fund-42')),
      metadata: { source: 'elsewhere' },
    };
    const resolved = throughTheClient(foreignWriter, {
      streamName: 'city/fund-42',
      revision: 0n,
      commit: 77n,
    });

    expect(() => recordedEventFrom(resolved, names)).toThrow(UnreadableEventError);
    expect(() => recordedEventFrom(resolved, names)).toThrow(/position 77/);
  });
});

describe('EventStoreDB stream metadata that hides events', () => {
  test('a soft delete (truncate-before long.MaxValue, as the server writes it) is recognised', () => {
    expect(hiddenHistoryReason(JSON.parse('{"$tb":9223372036854775807}'))).toMatch(/soft-deleted/);
  });

  test('truncation and retention limits hide events too', () => {
    expect(hiddenHistoryReason({ $tb: 3 })).toMatch(/before revision 3/);
    expect(hiddenHistoryReason({ $maxCount: 10 })).toMatch(/\$maxCount 10/);
    expect(hiddenHistoryReason({ $maxAge: 60 })).toMatch(/\$maxAge 60 s/);
  });

  test('metadata that hides nothing, or none at all, lets the stream start', () => {
    expect(hiddenHistoryReason({ $acl: { $r: '$all' } })).toBeNull();
    expect(hiddenHistoryReason({ $tb: 0 })).toBeNull();
    expect(hiddenHistoryReason(undefined)).toBeNull();
  });
});

describe('EventStoreDB append errors', () => {
  /** The client's own error for a gRPC status, as it converts every failed call. */
  function clientError(code: status, exception?: string): Error {
    const trailers = new Metadata();
    if (exception) trailers.set('exception', exception);
    if (exception === 'not-leader') {
      trailers.set('leader-endpoint-host', '10.0.0.2');
      trailers.set('leader-endpoint-port', '2113');
    }
    const serviceError: ServiceError = Object.assign(new Error('refused'), {
      code,
      details: 'refused',
      metadata: trailers,
    });
    return convertToCommandError(serviceError);
  }

  test('after a server time-out, a deadline, a lost connection or a leader change the batch is sent again', () => {
    expect(mayResendAppend(clientError(status.ABORTED))).toBe(true);
    expect(mayResendAppend(clientError(status.DEADLINE_EXCEEDED))).toBe(true);
    expect(mayResendAppend(clientError(status.UNAVAILABLE))).toBe(true);
    expect(mayResendAppend(clientError(status.NOT_FOUND, 'not-leader'))).toBe(true);
  });

  test('after a refusal it is not', () => {
    const conflict = new WrongExpectedVersionError(undefined, {
      streamName: 'city/fund-42',
      expected: 3n,
      current: 4n,
    });
    expect(mayResendAppend(conflict)).toBe(false);
    expect(mayResendAppend(clientError(status.PERMISSION_DENIED, 'access-denied'))).toBe(false);
    expect(mayResendAppend(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576))).toBe(false);
    expect(mayResendAppend(new Error('anything else'))).toBe(false);
  });

  test('a batch over the maximum append size becomes the port’s invalid-event error naming the limit', () => {
    const error = appendTooLargeError(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), [
      toEventData(chained('fund-42')),
    ]);

    expect(error).toBeInstanceOf(InvalidEventError);
    expect(error.message).toMatch(/batch of 1 events \(\d+ bytes .*maximum append size of 1048576 bytes/);
  });

  test('a refused user is told which permission the ledger needs', () => {
    expect(accessDeniedError({ all: true }).message).toMatch(/read \$all.*\$admins/s);
    expect(accessDeniedError({ stream: 'fund-42' }).message).toMatch(/stream fund-42.*\$r, \$w and \$mr/s);
  });
});
