/**
 * An in-process stand-in for one EventStoreDB / KurrentDB node that speaks the real gRPC protocol with the
 * client library's own generated messages, so the adapter can be tested through the unmodified client
 * where no server can run. It keeps its log in memory and answers the way the server's source decides
 * (KurrentDB): expected revisions, soft-deleted streams and resent batches as `IndexWriter.CheckCommit`
 * does (`Services/Storage/ReaderIndex/IndexWriter.cs`), positions and "stream not found" as
 * `Streams.Read.cs`, append errors as `Streams.BatchAppend.cs` and `RpcExceptions.cs`, requests that
 * require the leader as `ClusterVNodeController.cs`. Tests script what a real cluster shows: a time-out
 * after or before the write, a lost connection, a follower that lags behind, refused access.
 *
 * It is a test double, not a server: no subscriptions, no links, no scavenging, one stream per append.
 */
import { randomUUID } from 'node:crypto';
import {
  Metadata,
  Server,
  ServerCredentials,
  status,
  type sendUnaryData,
  type ServerDuplexStream,
  type ServerUnaryCall,
  type ServerWritableStream,
  type ServiceError,
} from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import {
  AllStreamPosition,
  MaximumAppendSizeExceeded,
  StreamIdentifier,
  Timeout,
  UUID,
  WrongExpectedVersion,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import {
  BatchAppendReq,
  BatchAppendResp,
  DeleteReq,
  DeleteResp,
  ReadReq,
  ReadResp,
} from '@eventstore/db-client/generated/streams_pb';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';

/** What the server writes as `$tb` when it soft-deletes a stream: `EventNumber.DeletedStream`, long.MaxValue. */
export const SOFT_DELETED_TRUNCATE_BEFORE = '9223372036854775807';
/** `Position.FromInt64(-1, -1)`: what servers before 22.6 send as the position of an event read from a stream. */
const NO_POSITION = (2n ** 64n - 1n).toString();
/** The server's default `--max-append-size`. */
const DEFAULT_MAX_APPEND_SIZE = 1_048_576;
/** `Constants.Exceptions` keys and values the client reads from trailers. */
const EXCEPTION_KEY = 'exception';

export interface StoredEvent {
  readonly streamName: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
  readonly position: bigint;
}

interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
}

type Expected = number | 'any' | 'stream_exists';

type AppendDecision =
  | { readonly kind: 'write' }
  | { readonly kind: 'already-written'; readonly last: StoredEvent }
  | { readonly kind: 'wrong-expected-version'; readonly current: number };

/** One copy of the transaction log: the leader's, or a follower's that may lag behind it. */
export class ScriptedLog {
  private readonly events: StoredEvent[] = [];
  private nextPosition = 1_024n;

  /** A follower's copy: it stays as it is now until `catchUp` is called. */
  copy(): ScriptedLog {
    const copy = new ScriptedLog();
    copy.catchUp(this);
    return copy;
  }

  catchUp(leader: ScriptedLog): void {
    this.events.splice(0, this.events.length, ...leader.events);
    this.nextPosition = leader.nextPosition;
  }

  all(): readonly StoredEvent[] {
    return this.events;
  }

  stream(streamName: string): StoredEvent[] {
    return this.events.filter((event) => event.streamName === streamName);
  }

  lastRevision(streamName: string): number {
    return this.stream(streamName).at(-1)?.revision ?? -1;
  }

  /** The stream's current metadata as the server stores it: the JSON of the last event in `$$<stream>`. */
  metadataText(streamName: string): string | null {
    const last = this.stream(`$$${streamName}`).at(-1);
    return last ? Buffer.from(last.data).toString('utf8') : null;
  }

  setMetadata(streamName: string, json: string): void {
    const metastream = `$$${streamName}`;
    this.write(metastream, this.lastRevision(metastream) + 1, [
      {
        id: randomUUID(),
        type: '$metadata',
        contentType: 'application/json',
        data: Buffer.from(json),
        metadata: Buffer.alloc(0),
      },
    ]);
  }

  /** What the server's soft delete writes: truncate-before set to `EventNumber.DeletedStream`. */
  softDelete(streamName: string): void {
    this.setMetadata(streamName, `{"$tb":${SOFT_DELETED_TRUNCATE_BEFORE}}`);
  }

  isSoftDeleted(streamName: string): boolean {
    return this.truncateBefore(streamName) === BigInt(SOFT_DELETED_TRUNCATE_BEFORE);
  }

  /** The events a read shows: those at or after the truncate-before revision, none of a soft-deleted stream. */
  visible(streamName: string): StoredEvent[] {
    const truncateBefore = this.truncateBefore(streamName) ?? 0n;
    return this.stream(streamName).filter((event) => BigInt(event.revision) >= truncateBefore);
  }

  appendForeign(streamName: string, count = 1): void {
    this.write(
      streamName,
      this.lastRevision(streamName) + 1,
      Array.from({ length: count }, () => ({
        id: randomUUID(),
        type: 'SomethingElse',
        contentType: 'application/json',
        data: Buffer.from('{}'),
        metadata: Buffer.alloc(0),
      })),
    );
  }

  /**
   * `IndexWriter.CheckCommit` for one stream: a batch expected exactly at the head is written; one whose
   * events already stand, with the same ids, right after the expected revision is recognised as already
   * written (the idempotent resend); `no_stream` on a soft-deleted stream is written after its old last
   * event; anything else is a wrong expected version.
   */
  decide(streamName: string, expected: Expected, ids: readonly string[]): AppendDecision {
    const current = this.lastRevision(streamName);
    const stored = this.stream(streamName);
    if (expected === 'any' || expected === 'stream_exists') {
      const earlier = stored.find((event) => event.id === ids[0]);
      if (earlier)
        return { kind: 'already-written', last: stored[earlier.revision + ids.length - 1] ?? earlier };
      return expected === 'stream_exists' && current < 0
        ? { kind: 'wrong-expected-version', current }
        : { kind: 'write' };
    }
    if (expected === current) return { kind: 'write' };
    if (expected > current) return { kind: 'wrong-expected-version', current };
    const standing = ids.every((id, index) => stored[expected + 1 + index]?.id === id);
    if (standing) return { kind: 'already-written', last: stored[expected + ids.length]! };
    const firstStands = stored[expected + 1]?.id === ids[0];
    if (!firstStands && expected === -1 && this.isSoftDeleted(streamName)) return { kind: 'write' };
    return { kind: 'wrong-expected-version', current };
  }

  /** Writes after the stream's last event; a soft-deleted stream comes back truncated before the new events. */
  writeAfterHead(streamName: string, events: readonly ProposedEvent[]): StoredEvent[] {
    const wasSoftDeleted = this.isSoftDeleted(streamName);
    const written = this.write(streamName, this.lastRevision(streamName) + 1, events);
    if (wasSoftDeleted) this.setMetadata(streamName, `{"$tb":${written[0]!.revision}}`);
    return written;
  }

  private write(streamName: string, firstRevision: number, events: readonly ProposedEvent[]): StoredEvent[] {
    const written = events.map((event, index) => {
      const stored: StoredEvent = {
        streamName,
        revision: firstRevision + index,
        id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        position: this.nextPosition,
      };
      this.nextPosition += BigInt(200 + event.data.length + event.metadata.length);
      return stored;
    });
    this.events.push(...written);
    return written;
  }

  private truncateBefore(streamName: string): bigint | undefined {
    const match = /"\$tb"\s*:\s*(\d+)/.exec(this.metadataText(streamName) ?? '');
    return match ? BigInt(match[1]!) : undefined;
  }
}

/** What the next batch append meets, in order; an append with no fault left is decided normally. */
export type AppendFault =
  /** The server's commit time-out (`Status.Timeout`); `written`: whether the events were committed all the same. */
  | { readonly kind: 'timeout'; readonly written: boolean; readonly meanwhile?: (log: ScriptedLog) => void }
  /** The call dies with UNAVAILABLE, as when the connection drops or the node goes down; `written` as above. */
  | { readonly kind: 'connection-lost'; readonly written: boolean };

export interface ScriptedNodeOptions {
  /** The log this node serves; a follower's is usually a stale copy of its leader's. */
  readonly log?: ScriptedLog;
  /** Makes this node a follower: it names this leader when a request requires one and forwards appends to it. */
  readonly leader?: ScriptedEventStoreDbNode;
  /** `absent`: stream reads carry no log position, as from servers before EventStoreDB 22.6. */
  readonly streamReadPositions?: 'sent' | 'absent';
  readonly maxAppendSize?: number;
  /** Refuses reads of `$all`, as the server does for a user outside `$admins` under the default ACL. */
  readonly allReadsDenied?: boolean;
  /** Never answers a read, as a node that hangs. */
  readonly readsHang?: boolean;
}

/** One request as the node received it. */
export interface ReceivedRequest {
  readonly method: 'read' | 'batchAppend' | 'delete';
  readonly requiresLeader: boolean;
  readonly stream: string;
  /** For appends: the expected revision as sent, and the event ids in order. */
  readonly expected?: string;
  readonly eventIds?: readonly string[];
}

export class ScriptedEventStoreDbNode {
  readonly received: ReceivedRequest[] = [];
  readonly appendFaults: AppendFault[] = [];
  /** Reads the client cancelled before the node answered. */
  cancelledReads = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly log: ScriptedLog,
    private readonly options: ScriptedNodeOptions,
  ) {}

  static async start(options: ScriptedNodeOptions = {}): Promise<ScriptedEventStoreDbNode> {
    const server = new Server();
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
    const node = new ScriptedEventStoreDbNode(server, port, options.log ?? new ScriptedLog(), options);
    server.addService(StreamsService, {
      read: (call: ServerWritableStream<ReadReq, ReadResp>) => node.read(call),
      batchAppend: (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => node.batchAppend(call),
      delete: (call: ServerUnaryCall<DeleteReq, DeleteResp>, callback: sendUnaryData<DeleteResp>) =>
        node.delete(call, callback),
    });
    server.addService(ServerFeaturesService, {
      getSupportedMethods: (_call: unknown, callback: sendUnaryData<SupportedMethods>) =>
        callback(null, supportedMethods()),
    });
    return node;
  }

  connectionString(scheme = 'esdb', parameters = ''): string {
    return `${scheme}://127.0.0.1:${this.port}?tls=false${parameters}`;
  }

  appendsReceived(): ReceivedRequest[] {
    return this.received.filter((request) => request.method === 'batchAppend');
  }

  async stop(): Promise<void> {
    this.server.forceShutdown();
  }

  private get isFollower(): boolean {
    return this.options.leader !== undefined;
  }

  private read(call: ServerWritableStream<ReadReq, ReadResp>): void {
    const options = call.request.getOptions()!;
    const stream = options.hasAll() ? '$all' : streamNameOf(options.getStream()!.getStreamIdentifier());
    const requiresLeader = requiresLeaderOf(call.metadata);
    this.received.push({ method: 'read', requiresLeader, stream });
    if (this.options.readsHang) {
      call.on('cancelled', () => (this.cancelledReads += 1));
      return;
    }
    if (this.isFollower && requiresLeader) return void call.emit('error', this.notLeader());
    if (stream === '$all' && this.options.allReadsDenied) return void call.emit('error', accessDenied());
    const count = Number(options.getCount());
    const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
    if (stream === '$all') {
      for (const event of this.readAll(options.getAll()!, backwards, count))
        call.write(readResponse(event, event.position.toString()));
      return void call.end();
    }
    const visible = this.log.visible(stream);
    if (visible.length === 0) return this.streamNotFound(call, stream);
    const from = options.getStream()!;
    const start = from.hasEnd()
      ? Number.MAX_SAFE_INTEGER
      : from.hasStart()
        ? backwards
          ? -1
          : 0
        : Number(from.getRevision());
    const page = (
      backwards
        ? visible.filter((e) => e.revision <= start).reverse()
        : visible.filter((e) => e.revision >= start)
    ).slice(0, count);
    const position = this.options.streamReadPositions === 'absent' ? NO_POSITION : undefined;
    for (const event of page)
      call.write(readResponse(event, position ?? event.position.toString(), position));
    call.end();
  }

  private readAll(all: ReadReq.Options.AllOptions, backwards: boolean, count: number): StoredEvent[] {
    const events = this.log.all();
    if (backwards) {
      const before = all.hasEnd() ? Infinity : Number(all.getPosition()!.getCommitPosition());
      return events
        .filter((event) => Number(event.position) <= before)
        .reverse()
        .slice(0, count);
    }
    const from = all.hasStart() ? 0 : Number(all.getPosition()!.getCommitPosition());
    return events.filter((event) => Number(event.position) >= from).slice(0, count);
  }

  private streamNotFound(call: ServerWritableStream<ReadReq, ReadResp>, stream: string): void {
    const notFound = new ReadResp.StreamNotFound();
    notFound.setStreamIdentifier(streamIdentifier(stream));
    const response = new ReadResp();
    response.setStreamNotFound(notFound);
    call.write(response);
    call.end();
  }

  private batchAppend(call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void {
    const requiresLeader = requiresLeaderOf(call.metadata);
    const pending = new Map<string, { options: BatchAppendReq.Options; events: ProposedEvent[] }>();
    call.on('data', (request: BatchAppendReq) => {
      const correlation = request.getCorrelationId()!;
      const key = correlation.getString();
      const batch = pending.get(key) ?? { options: request.getOptions()!, events: [] };
      batch.events.push(...request.getProposedMessagesList().map(proposedEvent));
      pending.set(key, batch);
      if (!request.getIsFinal()) return;
      pending.delete(key);
      const stream = streamNameOf(batch.options.getStreamIdentifier());
      const expected = expectedOf(batch.options);
      this.received.push({
        method: 'batchAppend',
        requiresLeader,
        stream,
        expected: String(expected),
        eventIds: batch.events.map((event) => event.id),
      });
      if (this.isFollower && requiresLeader) return void call.emit('error', this.notLeader());
      const target = this.options.leader ?? this;
      const response = target.decideAppend(stream, expected, batch.events);
      if (response === 'connection-lost') return void call.emit('error', unavailable());
      response.setCorrelationId(correlation);
      response.setStreamIdentifier(streamIdentifier(stream));
      call.write(response);
    });
    call.on('end', () => call.end());
  }

  private decideAppend(
    stream: string,
    expected: Expected,
    events: ProposedEvent[],
  ): BatchAppendResp | 'connection-lost' {
    const fault = this.appendFaults.shift();
    const size = events.reduce(
      (sum, event) => sum + event.type.length + event.data.length + event.metadata.length,
      0,
    );
    const maxAppendSize = this.options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE;
    if (size > maxAppendSize)
      return errorResponse(packed(maxAppendSizeExceeded(maxAppendSize), 'MaximumAppendSizeExceeded'));
    const decision = this.log.decide(
      stream,
      expected,
      events.map((event) => event.id),
    );
    if (fault) {
      if (fault.written && decision.kind === 'write') this.log.writeAfterHead(stream, events);
      if (fault.kind === 'connection-lost') return 'connection-lost';
      fault.meanwhile?.(this.log);
      return errorResponse(packed(new Timeout(), 'Timeout'));
    }
    switch (decision.kind) {
      case 'wrong-expected-version':
        return errorResponse(
          packed(wrongExpectedVersion(decision.current, expected), 'WrongExpectedVersion'),
        );
      case 'already-written':
        return successResponse(decision.last);
      case 'write':
        return successResponse(this.log.writeAfterHead(stream, events).at(-1)!);
    }
  }

  private delete(call: ServerUnaryCall<DeleteReq, DeleteResp>, callback: sendUnaryData<DeleteResp>): void {
    const stream = streamNameOf(call.request.getOptions()!.getStreamIdentifier());
    this.received.push({ method: 'delete', requiresLeader: requiresLeaderOf(call.metadata), stream });
    this.log.softDelete(stream);
    callback(null, new DeleteResp());
  }

  private notLeader(): Partial<ServiceError> {
    const trailers = new Metadata();
    trailers.set(EXCEPTION_KEY, 'not-leader');
    trailers.set('leader-endpoint-host', '127.0.0.1');
    trailers.set('leader-endpoint-port', String(this.options.leader!.port));
    return { code: status.NOT_FOUND, details: 'Leader info available', metadata: trailers };
  }
}

function supportedMethods(): SupportedMethods {
  const batchAppend = new SupportedMethod();
  batchAppend.setServiceName('event_store.client.streams.Streams');
  batchAppend.setMethodName('BatchAppend');
  const methods = new SupportedMethods();
  methods.setEventStoreServerVersion('24.10.0');
  methods.addMethods(batchAppend);
  return methods;
}

function requiresLeaderOf(metadata: Metadata): boolean {
  return metadata.get('requires-leader')[0] === 'true';
}

function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier!.getStreamName_asU8()).toString('utf8');
}

function streamIdentifier(name: string): StreamIdentifier {
  const identifier = new StreamIdentifier();
  identifier.setStreamName(Buffer.from(name, 'utf8'));
  return identifier;
}

function expectedOf(options: BatchAppendReq.Options): Expected {
  if (options.hasAny()) return 'any';
  if (options.hasStreamExists()) return 'stream_exists';
  if (options.hasNoStream()) return -1;
  return Number(options.getStreamPosition());
}

function proposedEvent(message: BatchAppendReq.ProposedMessage): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: message.getId()!.getString(),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? '',
    data: message.getData_asU8(),
    metadata: message.getCustomMetadata_asU8(),
  };
}

function readResponse(event: StoredEvent, commit: string, prepare = commit): ReadResp {
  const id = new UUID();
  id.setString(event.id);
  const record = new ReadResp.ReadEvent.RecordedEvent();
  record.setId(id);
  record.setStreamIdentifier(streamIdentifier(event.streamName));
  record.setStreamRevision(String(event.revision));
  record.setCommitPosition(commit);
  record.setPreparePosition(prepare);
  record.getMetadataMap().set('type', event.type);
  record.getMetadataMap().set('content-type', 'application/json');
  record.getMetadataMap().set('created', '638449746000000000');
  record.setData(event.data);
  record.setCustomMetadata(event.metadata);
  const readEvent = new ReadResp.ReadEvent();
  readEvent.setEvent(record);
  if (commit === NO_POSITION) readEvent.setNoPosition(new Empty());
  else readEvent.setCommitPosition(commit);
  const response = new ReadResp();
  response.setEvent(readEvent);
  return response;
}

function successResponse(last: StoredEvent): BatchAppendResp {
  const position = new AllStreamPosition();
  position.setCommitPosition(last.position.toString());
  position.setPreparePosition(last.position.toString());
  const success = new BatchAppendResp.Success();
  success.setCurrentRevision(String(last.revision));
  success.setPosition(position);
  const response = new BatchAppendResp();
  response.setSuccess(success);
  return response;
}

function errorResponse(error: Status): BatchAppendResp {
  const response = new BatchAppendResp();
  response.setError(error);
  return response;
}

/** A `google.rpc.Status` whose details carry one of the client's error messages, as `Status.*` in the server. */
function packed(details: { serializeBinary(): Uint8Array }, name: string): Status {
  const any = new Any();
  any.pack(details.serializeBinary(), `event_store.client.${name}`);
  const error = new Status();
  error.setMessage(name);
  error.setDetails(any);
  return error;
}

function wrongExpectedVersion(current: number, expected: Expected): WrongExpectedVersion {
  const details = new WrongExpectedVersion();
  if (current < 0) details.setCurrentNoStream(new Empty());
  else details.setCurrentStreamRevision(String(current));
  if (expected === 'any') details.setExpectedAny(new Empty());
  else if (expected === 'stream_exists') details.setExpectedStreamExists(new Empty());
  else if (expected < 0) details.setExpectedNoStream(new Empty());
  else details.setExpectedStreamPosition(String(expected));
  return details;
}

function maxAppendSizeExceeded(limit: number): MaximumAppendSizeExceeded {
  const details = new MaximumAppendSizeExceeded();
  details.setMaxappendsize(limit);
  return details;
}

function accessDenied(): Partial<ServiceError> {
  const trailers = new Metadata();
  trailers.set(EXCEPTION_KEY, 'access-denied');
  return { code: status.PERMISSION_DENIED, details: 'Access Denied', metadata: trailers };
}

function unavailable(): Partial<ServiceError> {
  return { code: status.UNAVAILABLE, details: 'Server Is Not Ready' };
}
