import { Pool, type PoolConfig } from 'pg';
import { APPEND_ATTEMPTS_MAX, backOffAfterLoss } from '../append-retries';
import { ConcurrencyError, ReadOnlyStoreError } from '../errors';
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
import type { EventStoreConfig } from '../store-config';
import { PostgresChangeListener } from './postgres-change-listener';
import {
  checkedEventFromTextRow,
  DEFERRED_METADATA_COLUMNS,
  POSTGRES_EVENT_COLUMNS,
  eventWithDeferredMetadataFromRow,
  positionFromBigint,
  recordedEventFromRow,
  type PostgresEventRow,
  type TextEventRow,
} from './postgres-rows';
import { LAYOUT_MARKER, layoutMarkerSql, schemaDefinitionSql } from './postgres-schema';
import { postgresLayout, type PostgresLayout } from '../storage/postgres-layout';
import { PostgresSubscription } from './postgres-subscription';
import { StreamHeadCache } from './stream-head-cache';

export type PostgresEventStoreConfig = Extract<EventStoreConfig, { kind: 'postgres' }>;

export interface PostgresEventStoreOptions {
  /** Events per read query. */
  readonly batchSize?: number;
  /** How often an idle subscription looks for new events when no notification arrives. */
  readonly pollIntervalMs?: number;
  /** Connections in the pool (a subscription's LISTEN connection comes on top, one per store). */
  readonly poolSize?: number;
  /** Streams whose last known head is kept in memory to save a read before each append. */
  readonly headCacheSize?: number;
  /** Set from the configuration's `readOnly`: appends are refused before they reach the server. */
  readonly readOnly?: boolean;
}

const DEFAULT_BATCH_SIZE = 1_000;
const MAX_BATCH_SIZE = 10_000;
const DEFAULT_POLL_INTERVAL_MS = 1_000;
const DEFAULT_POOL_SIZE = 10;
const DEFAULT_HEAD_CACHE_SIZE = 10_000;
/** Revisions are stored as `integer`; no stream can go beyond this. */
const MAX_REVISION = 2_147_483_647;

/** Opens (and creates if missing) the PostgreSQL event store described by the configuration. */
export async function openPostgresEventStore(
  config: PostgresEventStoreConfig,
  options: PostgresEventStoreOptions = {},
): Promise<EventStore> {
  const layout = postgresLayout(config.schema);
  const readOnly = config.readOnly === true;
  // A ledger must not lose an acknowledged event, whatever the server's default for this setting. An
  // auditing store runs every transaction read-only, so the server itself refuses any write.
  const clientConfig: PoolConfig = {
    connectionString: config.connectionString,
    options: readOnly ? '-c default_transaction_read_only=on' : '-c synchronous_commit=on',
  };
  const pool = new Pool({ ...clientConfig, max: options.poolSize ?? DEFAULT_POOL_SIZE });
  // An idle connection that breaks (e.g. a server restart) is discarded by the pool; the next query opens a new one.
  pool.on('error', () => undefined);
  try {
    await (readOnly ? requireLayout(pool, layout) : createLayoutIfMissing(pool, layout));
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresEventStore(pool, layout, new PostgresChangeListener(clientConfig, layout.channel), {
    ...options,
    readOnly,
  });
}

/** A read-only store creates nothing: the layout must be there, complete. */
async function requireLayout(pool: Pool, layout: PostgresLayout): Promise<void> {
  const { rows } = await pool.query<{ marker: string | null }>(layoutMarkerSql(layout));
  if (rows[0]?.marker !== LAYOUT_MARKER) {
    throw new Error(`There is no fund-ledger event store in PostgreSQL schema ${layout.schema}`);
  }
}

async function createLayoutIfMissing(pool: Pool, layout: PostgresLayout): Promise<void> {
  const { rows } = await pool.query<{ marker: string | null }>(layoutMarkerSql(layout));
  if (rows[0]?.marker === LAYOUT_MARKER) return;
  await pool.query(schemaDefinitionSql(layout));
}

type ChainedEvents = ReturnType<typeof chainEvents>;

/** The append functions' result; the head is null when the stream does not exist. */
interface AppendOutcome {
  readonly appended: boolean;
  readonly head_revision: number | null;
  readonly head_hash: string | null;
  readonly positions: string[] | null;
}

/**
 * The head an append chains from, and whether it was just read from the database or only remembered.
 * An unconfirmed guess saves a read: if it is outdated, the append function writes nothing and returns
 * the real head (with no remembered head, the guess is an empty stream, which is right for `'no_stream'`).
 */
interface HeadGuess {
  readonly head: StreamHead | null;
  readonly confirmed: boolean;
}

class PostgresEventStore implements EventStore {
  private readonly heads: StreamHeadCache;
  private readonly subscriptions = new Set<PostgresSubscription>();
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly readOnly: boolean;
  /** Names of the prepared append statements; unique per schema, as one connection prepares each once. */
  private readonly statements: { readonly append: string; readonly appendOne: string };

  constructor(
    private readonly pool: Pool,
    private readonly layout: PostgresLayout,
    private readonly changes: PostgresChangeListener,
    options: PostgresEventStoreOptions,
  ) {
    this.heads = new StreamHeadCache(options.headCacheSize ?? DEFAULT_HEAD_CACHE_SIZE);
    this.batchSize = boundedBatchSize(options.batchSize);
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.readOnly = options.readOnly === true;
    this.statements = { append: `${layout.channel}_append`, appendOne: `${layout.channel}_append_one` };
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    if (this.readOnly) throw new ReadOnlyStoreError(`in PostgreSQL schema ${this.layout.schema}`);
    let guess: HeadGuess = { head: this.heads.get(streamId) ?? null, confirmed: false };
    for (let attempt = 1; attempt <= APPEND_ATTEMPTS_MAX; attempt += 1) {
      if (!guess.confirmed && !matchesExpected(streamId, expectedRevision, guess.head)) {
        guess = { head: await this.readHead(streamId), confirmed: true };
      }
      checkExpectedRevision(streamId, expectedRevision, guess.head);
      const chained = chainEvents(streamId, guess.head, events);
      const outcome = await this.tryAppend(streamId, guess.head, chained);
      if (outcome.appended && outcome.positions) {
        return this.appended(streamId, chained, outcome.positions);
      }
      guess = { head: headFromOutcome(outcome), confirmed: true };
      await backOffAfterLoss(attempt);
    }
    throw new ConcurrencyError(streamId, expectedRevision, guess.head?.revision ?? 'no_stream');
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const batchSize = boundedBatchSize(options.batchSize ?? this.batchSize);
    const toRevision = Math.min(options.toRevision ?? MAX_REVISION, MAX_REVISION);
    let fromRevision = options.fromRevision ?? 0;
    if (fromRevision > toRevision) return;
    for (;;) {
      const { rows } = await this.pool.query<PostgresEventRow>(
        `SELECT ${POSTGRES_EVENT_COLUMNS} FROM ${this.layout.eventsTable}
          WHERE stream_id = $1 AND revision >= $2 AND revision <= $3 ORDER BY revision LIMIT $4`,
        [streamId, fromRevision, toRevision, batchSize],
      );
      for (const row of rows) yield recordedEventFromRow(row);
      const last = rows[rows.length - 1];
      if (last) this.heads.remember(streamId, { revision: last.revision, hash: last.hash });
      if (rows.length < batchSize || !last) return;
      fromRevision = last.revision + 1;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const batchSize = boundedBatchSize(options.batchSize ?? this.batchSize);
    const toPosition = options.toPosition ?? Number.MAX_SAFE_INTEGER;
    let afterPosition = options.afterPosition ?? 0;
    const readPage =
      options.rejectDuplicateMemberNames === true
        ? (after: number) => this.readCheckedGlobalPage(after, batchSize, toPosition)
        : (after: number) => this.readGlobalPage(after, batchSize, toPosition);
    for (;;) {
      const page = await readPage(afterPosition);
      yield* page;
      const last = page[page.length - 1];
      if (page.length < batchSize || !last) return;
      afterPosition = last.position;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const readPage =
      options.deferMetadata === true
        ? (afterPosition: number, limit: number) => this.readGlobalPageDeferringMetadata(afterPosition, limit)
        : (afterPosition: number, limit: number) =>
            this.readGlobalPage(afterPosition, limit, Number.MAX_SAFE_INTEGER);
    const subscription = new PostgresSubscription(
      readPage,
      this.changes,
      {
        afterPosition: options.afterPosition ?? 0,
        batchSize: boundedBatchSize(options.batchSize ?? this.batchSize),
        pollIntervalMs: this.pollIntervalMs,
      },
      (closed) => this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string }>(
      `SELECT coalesce(max(position), 0) AS head FROM ${this.layout.eventsTable}`,
    );
    return positionFromBigint(rows[0]?.head ?? 0);
  }

  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.changes.close();
    await this.pool.end();
  }

  private async readGlobalPage(
    afterPosition: number,
    limit: number,
    toPosition: number,
  ): Promise<RecordedEvent[]> {
    const rows = await this.queryLogPage<PostgresEventRow>(
      POSTGRES_EVENT_COLUMNS,
      afterPosition,
      toPosition,
      limit,
    );
    return rows.map(recordedEventFromRow);
  }

  /** The page as stored text, checked for repeated member names before it is parsed. */
  private async readCheckedGlobalPage(
    afterPosition: number,
    limit: number,
    toPosition: number,
  ): Promise<RecordedEvent[]> {
    const rows = await this.queryLogPage<TextEventRow>(
      DEFERRED_METADATA_COLUMNS,
      afterPosition,
      toPosition,
      limit,
    );
    return rows.map(checkedEventFromTextRow);
  }

  private async queryLogPage<Row extends object>(
    columns: string,
    afterPosition: number,
    toPosition: number,
    limit: number,
  ): Promise<Row[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT ${columns} FROM ${this.layout.eventsTable}
        WHERE position > $1 AND position <= $2 ORDER BY position LIMIT $3`,
      [afterPosition, toPosition, limit],
    );
    return rows;
  }

  private async readGlobalPageDeferringMetadata(
    afterPosition: number,
    limit: number,
  ): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<TextEventRow>(
      `SELECT ${DEFERRED_METADATA_COLUMNS} FROM ${this.layout.eventsTable}
        WHERE position > $1 ORDER BY position LIMIT $2`,
      [afterPosition, limit],
    );
    return rows.map(eventWithDeferredMetadataFromRow);
  }

  private async readHead(streamId: string): Promise<StreamHead | null> {
    const { rows } = await this.pool.query<StreamHead>(
      `SELECT revision, hash FROM ${this.layout.streamsTable} WHERE stream_id = $1`,
      [streamId],
    );
    return rows[0] ?? null;
  }

  /** One call of the append function; named statements are prepared once per connection. */
  private async tryAppend(
    streamId: string,
    head: StreamHead | null,
    chained: ChainedEvents,
  ): Promise<AppendOutcome> {
    const single = chained.length === 1;
    const { rows } = await this.pool.query<AppendOutcome>({
      name: single ? this.statements.appendOne : this.statements.append,
      text: `SELECT * FROM ${single ? this.layout.appendOneFunction : this.layout.appendFunction}(
        $1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      values: single
        ? appendOneParameters(streamId, head, chained[0]!)
        : appendParameters(streamId, head, chained),
    });
    const outcome = rows[0];
    if (!outcome) throw new Error(`The append function returned no outcome for stream ${streamId}`);
    return outcome;
  }

  private appended(streamId: string, chained: ChainedEvents, positions: readonly string[]): AppendResult {
    const events = chained.map((event, index) => ({
      ...event,
      position: positionFromBigint(positions[index] ?? Number.NaN),
    }));
    const last = events[events.length - 1];
    if (!last) throw new Error('An append of at least one event recorded none');
    this.heads.remember(streamId, { revision: last.revision, hash: last.hash });
    return { nextExpectedRevision: last.revision, lastPosition: last.position, events };
  }
}

/** The parameters of the batch append function, one array per column (see `postgres-schema.ts`). */
export function appendParameters(
  streamId: string,
  head: StreamHead | null,
  chained: ChainedEvents,
): unknown[] {
  return [
    streamId,
    head?.revision ?? -1,
    head?.hash ?? null,
    chained.map((event) => event.revision),
    chained.map((event) => event.type),
    chained.map((event) => JSON.stringify(event.data)),
    chained.map((event) => JSON.stringify(event.metadata)),
    chained.map((event) => event.prevHash),
    chained.map((event) => event.hash),
  ];
}

/** The parameters of the single-event append function. */
function appendOneParameters(
  streamId: string,
  head: StreamHead | null,
  event: ChainedEvents[number],
): unknown[] {
  return [
    streamId,
    head?.revision ?? -1,
    head?.hash ?? null,
    event.revision,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
    event.prevHash,
    event.hash,
  ];
}

function matchesExpected(streamId: string, expected: ExpectedRevision, head: StreamHead | null): boolean {
  try {
    checkExpectedRevision(streamId, expected, head);
    return true;
  } catch (error) {
    if (error instanceof ConcurrencyError) return false;
    throw error;
  }
}

function headFromOutcome(outcome: AppendOutcome): StreamHead | null {
  if (outcome.head_revision === null || outcome.head_hash === null) return null;
  return { revision: outcome.head_revision, hash: outcome.head_hash };
}

function boundedBatchSize(requested: number | undefined): number {
  const size = requested ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`Batch size must be a positive integer, got ${size}`);
  return Math.min(size, MAX_BATCH_SIZE);
}
