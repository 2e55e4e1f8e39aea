/**
 * The embedded default adapter: one SQLite file (better-sqlite3) that several OS processes may open at
 * once. WAL lets readers run beside the single writer; `synchronous=FULL` makes every acknowledged append
 * survive a power cut; `BEGIN IMMEDIATE` takes the write lock before the stream head is read, so the
 * expected-revision check and the insert happen under one lock and two processes never both win.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { ReadOnlyStoreError } from '../errors';
import { dirname, resolve } from 'node:path';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { chainEvents, checkExpectedRevision, type StreamHead } from '../hash-chain';
import { refuseDuplicateMembers } from '../stored-json';
import { batchedIterable } from './batched-iterable';
import {
  SQLITE_EVENT_COLUMNS,
  toEventWithDeferredMetadata,
  toLogEvent,
  toRecordedEvent,
  type SqliteEventRow,
  type LogRow,
} from './sqlite-rows';
import { notifyAppended, PollingSubscription } from './sqlite-subscription';
import { useWriteAheadLog } from '../storage/sqlite-write-ahead-log';

export interface SqliteEventStoreOptions {
  /** The database file; its directory is created when missing. */
  readonly path: string;
  /** Rows per read query in `readStream`, `readAll` and subscriptions (1 to 10,000). */
  readonly readBatchSize?: number;
  /** How often an idle subscription looks for appends made by other processes. */
  readonly pollIntervalMs?: number;
  /** How long an append waits for another process's write lock before failing with SQLITE_BUSY. */
  readonly busyTimeoutMs?: number;
  /** Opens an existing file read-only: no schema, no journal switch, no append (for auditing). */
  readonly readOnly?: boolean;
  /**
   * Reads the file once into memory and never touches it again, for a copy on read-only media where
   * SQLite could not create the shared-memory file a read-only open of a WAL database needs. Refused
   * while a write-ahead log with content sits beside the file: its events are not in the file yet.
   */
  readonly immutable?: boolean;
}

const READ_BATCH_SIZE_DEFAULT = 1000;
const READ_BATCH_SIZE_MAX = 10_000;
const POLL_INTERVAL_MS_DEFAULT = 50;
const BUSY_TIMEOUT_MS_DEFAULT = 10_000;
const SCHEMA_VERSION = 1;

/**
 * `position` is an AUTOINCREMENT rowid. SQLite admits one writer at a time and assigns the rowid under
 * that writer's lock, so commit order is position order: a reader that has seen position N has seen
 * every committed position below N, which is what lets subscriptions read by position without gaps.
 * AUTOINCREMENT (rather than a plain rowid) also guarantees a position is never reused.
 * The triggers keep the application from editing history by mistake; they are no defence against
 * someone with write access to the file, which is what the hash chain is for.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position  INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id TEXT    NOT NULL,
    revision  INTEGER NOT NULL CHECK (revision >= 0),
    type      TEXT    NOT NULL,
    data      TEXT    NOT NULL,
    metadata  TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  );
  CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  PRAGMA user_version = ${SCHEMA_VERSION};
`;

export function openSqliteEventStore(options: SqliteEventStoreOptions): EventStore {
  return new SqliteEventStore(options);
}

class SqliteEventStore implements EventStore {
  private readonly path: string;
  private readonly db: Database.Database;
  private readonly readBatchSize: number;
  private readonly pollIntervalMs: number;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly appendInTransaction: Database.Transaction<
    (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) => RecordedEvent[]
  >;
  private readonly subscriptions = new Set<PollingSubscription>();
  private readonly readOnly: boolean;
  private closed = false;

  constructor(options: SqliteEventStoreOptions) {
    this.path = resolve(options.path);
    this.readBatchSize = boundedBatchSize(options.readBatchSize ?? READ_BATCH_SIZE_DEFAULT);
    this.pollIntervalMs = options.pollIntervalMs ?? POLL_INTERVAL_MS_DEFAULT;
    this.readOnly = options.readOnly === true || options.immutable === true;
    const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS_DEFAULT;
    this.db = this.readOnly
      ? openForReading(this.path, busyTimeoutMs, options.immutable === true)
      : openDatabase(this.path, busyTimeoutMs);
    this.statements = prepareStatements(this.db);
    this.appendInTransaction = this.db.transaction((streamId, events, expected) =>
      this.insertChained(streamId, events, expected),
    );
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    this.assertOpen();
    if (this.readOnly) throw new ReadOnlyStoreError(`at ${this.path}`);
    const recorded = this.appendInTransaction.immediate(streamId, events, expectedRevision);
    notifyAppended(this.path);
    const last = recorded[recorded.length - 1];
    return { nextExpectedRevision: last.revision, lastPosition: last.position, events: recorded };
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const batchSize = boundedBatchSize(options.batchSize ?? this.readBatchSize);
    const toRevision = options.toRevision ?? Number.MAX_SAFE_INTEGER;
    let fromRevision = options.fromRevision ?? 0;
    return batchedIterable(() => {
      this.assertOpen();
      const rows = this.statements.streamBatch.all(
        streamId,
        fromRevision,
        toRevision,
        batchSize,
      ) as SqliteEventRow[];
      fromRevision = rows.length === 0 ? fromRevision : rows[rows.length - 1][1] + 1;
      return rows.map((row) => toRecordedEvent(streamId, row));
    }, batchSize);
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const batchSize = boundedBatchSize(options.batchSize ?? this.readBatchSize);
    const toPosition = options.toPosition ?? Number.MAX_SAFE_INTEGER;
    let afterPosition = options.afterPosition ?? 0;
    const toEvent = options.rejectDuplicateMemberNames === true ? toCheckedLogEvent : toLogEvent;
    return batchedIterable(() => {
      const events = this.readAllBatch(afterPosition, toPosition, batchSize, toEvent);
      afterPosition = events.length === 0 ? afterPosition : events[events.length - 1].position;
      return events;
    }, batchSize);
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    this.assertOpen();
    const batchSize = boundedBatchSize(options.batchSize ?? this.readBatchSize);
    const toEvent = options.deferMetadata === true ? toEventWithDeferredMetadata : toLogEvent;
    const subscription = new PollingSubscription({
      path: this.path,
      afterPosition: options.afterPosition ?? 0,
      pollIntervalMs: this.pollIntervalMs,
      readBatch: (afterPosition) =>
        this.readAllBatch(afterPosition, Number.MAX_SAFE_INTEGER, batchSize, toEvent),
      onClose: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.statements.headPosition.get() as number;
  }

  async ping(): Promise<boolean> {
    if (this.closed) {
      return false;
    }
    try {
      return this.statements.ping.get() === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.db.close();
  }

  /** Runs inside `BEGIN IMMEDIATE`: the head read, the check and the inserts see no other writer. */
  private insertChained(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): RecordedEvent[] {
    const headRow = this.statements.streamHead.get(streamId) as [number, string] | undefined;
    const head: StreamHead | null = headRow === undefined ? null : { revision: headRow[0], hash: headRow[1] };
    checkExpectedRevision(streamId, expected, head);
    return chainEvents(streamId, head, events).map((event) => {
      const { lastInsertRowid } = this.statements.insert.run(
        event.streamId,
        event.revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        event.prevHash,
        event.hash,
      );
      return withPosition(event, Number(lastInsertRowid));
    });
  }

  private readAllBatch(
    afterPosition: number,
    toPosition: number,
    batchSize: number,
    toEvent: (row: LogRow) => RecordedEvent,
  ): RecordedEvent[] {
    this.assertOpen();
    const rows = this.statements.allBatch.all(afterPosition, toPosition, batchSize) as LogRow[];
    return rows.map(toEvent);
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new Error(`The SQLite event store at ${this.path} is closed`);
    }
  }
}

function openDatabase(path: string, busyTimeoutMs: number): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: busyTimeoutMs });
  const journalMode = useWriteAheadLog(db, busyTimeoutMs);
  if (journalMode !== 'wal') {
    db.close();
    throw new Error(
      `SQLite at ${path} cannot use write-ahead logging (journal mode is ${String(journalMode)})`,
    );
  }
  db.pragma('synchronous = FULL');
  db.transaction(() => db.exec(SCHEMA)).immediate();
  return db;
}

/**
 * Opens an existing events file without writing to it. SQLite still needs the shared-memory index
 * (`-shm`) beside a WAL file to read it consistently; the immutable mode does without, from a copy in memory.
 */
function openForReading(path: string, busyTimeoutMs: number, immutable: boolean): Database.Database {
  if (!existsSync(path)) throw new Error(`There is no SQLite event store at ${path}`);
  if (!immutable) return openReadOnly(path, busyTimeoutMs);
  const writeAheadLog = `${path}-wal`;
  if (existsSync(writeAheadLog) && statSync(writeAheadLog).size > 0) {
    throw new Error(
      `${writeAheadLog} holds events not yet in ${path}: open it read-only (not immutable), or checkpoint it first`,
    );
  }
  const image = readFileSync(path);
  // Bytes 18 and 19 of the header say "WAL" (2); an in-memory copy has no log beside it and must read
  // as a rollback-journal database (1). The copy is changed, never the file.
  image[18] = 1;
  image[19] = 1;
  return new Database(image, { readonly: true });
}

function openReadOnly(path: string, busyTimeoutMs: number): Database.Database {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    db.pragma('schema_version');
    return db;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'SQLITE_CANTOPEN') throw error;
    throw new Error(
      `SQLite cannot open ${path} read-only: reading a file in write-ahead-log mode needs its -shm file beside it, ` +
        'which cannot be created there. On read-only media, set SQLITE_IMMUTABLE=true',
    );
  }
}

/** A row of the log checked for member names that appear twice in its data or metadata text. */
function toCheckedLogEvent(row: LogRow): RecordedEvent {
  refuseDuplicateMembers(row[0], row[3], row[4]);
  return toLogEvent(row);
}

function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare(
      'INSERT INTO events (stream_id, revision, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    streamHead: db
      .prepare('SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1')
      .raw(),
    streamBatch: db
      .prepare(
        `SELECT ${SQLITE_EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? AND revision <= ?
         ORDER BY revision LIMIT ?`,
      )
      .raw(),
    allBatch: db
      .prepare(
        `SELECT ${SQLITE_EVENT_COLUMNS}, stream_id FROM events
         WHERE position > ? AND position <= ? ORDER BY position LIMIT ?`,
      )
      .raw(),
    headPosition: db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
    ping: db.prepare('SELECT 1').pluck(),
  };
}

/** Puts the position where reads put it, so appended and read events serialise identically. */
function withPosition(event: Omit<RecordedEvent, 'position'>, position: number): RecordedEvent {
  const { streamId, revision, type, data, metadata, prevHash, hash } = event;
  return { streamId, revision, position, type, data, metadata, prevHash, hash };
}

function boundedBatchSize(batchSize: number): number {
  if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > READ_BATCH_SIZE_MAX) {
    throw new RangeError(
      `A read batch size must be an integer from 1 to ${READ_BATCH_SIZE_MAX}, got ${batchSize}`,
    );
  }
  return batchSize;
}
