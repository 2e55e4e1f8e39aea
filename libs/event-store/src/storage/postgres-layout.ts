import { createHash } from 'node:crypto';

/**
 * The names and advisory lock keys of the ledger's PostgreSQL layout in one schema. The event store
 * creates the tables; the other stores that share the database (idempotency, read models) take the
 * same layout lock, so nothing creates tables in a schema while another process does.
 */

/** PostgreSQL identifiers are at most 63 bytes; the schema name is quoted, so only safe characters are allowed. */
const SCHEMA_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** First key of every advisory lock this adapter takes, so its locks never collide with an application's. */
const ADVISORY_LOCK_NAMESPACE = 0x464c4547;
/** First key of the sealing lock: a namespace of its own, so it never waits for appends or layouts. */
const SEAL_LOCK_NAMESPACE = 0x464c5353;
export interface PostgresLayout {
  readonly schema: string;
  /** Fully qualified, quoted table and function names, ready to splice into SQL. */
  readonly eventsTable: string;
  readonly streamsTable: string;
  readonly appendFunction: string;
  readonly appendOneFunction: string;
  readonly moveHeadFunction: string;
  /** NOTIFY channel on which every committed append announces its last position. */
  readonly channel: string;
  /** Keys of the advisory lock that serialises global position assignment within this schema. */
  readonly appendLockKeys: readonly [namespace: number, key: number];
  /** Keys of the advisory lock that serialises creating this schema's layout. */
  readonly layoutLockKeys: readonly [namespace: number, key: number];
  /** Keys of the session advisory lock held by the one instance that seals the log. */
  readonly sealLockKeys: readonly [namespace: number, key: number];
}

export function postgresLayout(schema = 'public'): PostgresLayout {
  if (!SCHEMA_NAME_PATTERN.test(schema)) {
    throw new Error(
      `PostgreSQL schema name "${schema}" is not allowed: use letters, digits and underscores, ` +
        'starting with a letter or underscore, at most 63 characters',
    );
  }
  const digest = createHash('sha256').update(schema).digest();
  const quoted = `"${schema}"`;
  return {
    schema,
    eventsTable: `${quoted}.ledger_events`,
    streamsTable: `${quoted}.ledger_streams`,
    appendFunction: `${quoted}.ledger_append`,
    appendOneFunction: `${quoted}.ledger_append_one`,
    moveHeadFunction: `${quoted}.ledger_move_head`,
    channel: `ledger_events_${digest.toString('hex').slice(0, 24)}`,
    // The append key is odd and the layout key even, so creating a layout never waits for appends.
    appendLockKeys: [ADVISORY_LOCK_NAMESPACE, digest.readInt32BE(0) | 1],
    layoutLockKeys: [ADVISORY_LOCK_NAMESPACE, digest.readInt32BE(0) & ~1],
    sealLockKeys: [SEAL_LOCK_NAMESPACE, digest.readInt32BE(0)],
  };
}
