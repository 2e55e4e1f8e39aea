import type { PostgresLayout } from '../storage/postgres-layout';

/**
 * The PostgreSQL layout of the ledger: one append-only event table, one table of stream heads, and the
 * append function that writes a batch in a single statement (one round trip, one transaction).
 */

/**
 * Written as the comment of the events table once the layout is complete. A store that finds it skips
 * the DDL altogether, so opening a store never takes locks that would wait for appends in flight.
 * Change it whenever the DDL changes.
 */
export const LAYOUT_MARKER = 'fund-ledger event store layout 3';

/** The layout marker found on the events table, or null when the table does not exist (yet). */
export function layoutMarkerSql(layout: PostgresLayout): string {
  return `SELECT obj_description(to_regclass('${layout.eventsTable}'), 'pg_class') AS marker`;
}

/**
 * Idempotent DDL for the layout, run in one transaction under an advisory lock: `CREATE ... IF NOT EXISTS`
 * alone is not safe when several processes start at once (they race on the system catalogues).
 */
export function schemaDefinitionSql(layout: PostgresLayout): string {
  return [
    'BEGIN',
    `SELECT pg_advisory_xact_lock(${layout.layoutLockKeys[0]}, ${layout.layoutLockKeys[1]})`,
    `CREATE SCHEMA IF NOT EXISTS "${layout.schema}"`,
    eventsTableSql(layout),
    streamsTableSql(layout),
    refuseChangeFunctionSql(layout),
    refuseChangeTriggersSql(layout),
    moveHeadFunctionSql(layout),
    appendFunctionsSql(layout),
    `COMMENT ON TABLE ${layout.eventsTable} IS '${LAYOUT_MARKER}'`,
    'COMMIT',
  ].join(';\n');
}

/**
 * Data and metadata are `json`, not `jsonb`: `json` keeps the exact text that was hashed (key order,
 * duplicate keys, `\u0000` escapes), while `jsonb` would normalise it. The identity column keeps the
 * default sequence cache of 1, so positions are handed out in the order writers take the append lock.
 */
function eventsTableSql(layout: PostgresLayout): string {
  return `CREATE TABLE IF NOT EXISTS ${layout.eventsTable} (
    position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id text NOT NULL,
    revision integer NOT NULL CHECK (revision >= 0),
    type text NOT NULL,
    data json NOT NULL,
    metadata json NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    UNIQUE (stream_id, revision)
  )`;
}

function streamsTableSql(layout: PostgresLayout): string {
  return `CREATE TABLE IF NOT EXISTS ${layout.streamsTable} (
    stream_id text PRIMARY KEY,
    revision integer NOT NULL CHECK (revision >= 0),
    hash text NOT NULL
  )`;
}

/** Stored events are facts: ordinary updates, deletes and truncation are refused by the database itself. */
function refuseChangeFunctionSql(layout: PostgresLayout): string {
  return `CREATE OR REPLACE FUNCTION "${layout.schema}".ledger_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
  BEGIN
    RAISE EXCEPTION 'ledger events are append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
  END
  $fn$`;
}

function refuseChangeTriggersSql(layout: PostgresLayout): string {
  return [
    `CREATE OR REPLACE TRIGGER ledger_events_append_only BEFORE UPDATE OR DELETE ON ${layout.eventsTable}
      FOR EACH ROW EXECUTE FUNCTION "${layout.schema}".ledger_refuse_change()`,
    `CREATE OR REPLACE TRIGGER ledger_events_no_truncate BEFORE TRUNCATE ON ${layout.eventsTable}
      FOR EACH STATEMENT EXECUTE FUNCTION "${layout.schema}".ledger_refuse_change()`,
  ].join(';\n');
}

/**
 * Moves the stream head from the head the writer chained from to the batch's last event, or returns
 * false (writing nothing) if the head is elsewhere. `p_expected_head` is -1 when the writer chained from
 * an empty stream. Moving the head row locks it, so writers of one stream queue there; a writer that
 * finds the head moved sees the other's committed head when it retries.
 */
function moveHeadFunctionSql(layout: PostgresLayout): string {
  return `CREATE OR REPLACE FUNCTION ${layout.moveHeadFunction}(
    p_stream_id text, p_expected_head integer, p_expected_hash text, p_revision integer, p_hash text
  ) RETURNS boolean
  LANGUAGE plpgsql AS $fn$
  BEGIN
    IF p_expected_head >= 0 THEN
      UPDATE ${layout.streamsTable} SET revision = p_revision, hash = p_hash
        WHERE stream_id = p_stream_id AND revision = p_expected_head AND hash = p_expected_hash;
    ELSE
      INSERT INTO ${layout.streamsTable} (stream_id, revision, hash) VALUES (p_stream_id, p_revision, p_hash)
        ON CONFLICT (stream_id) DO NOTHING;
    END IF;
    RETURN FOUND;
  END
  $fn$`;
}

/**
 * The two append functions write a chained batch (`ledger_append`, arrays of columns) or a single event
 * (`ledger_append_one`, the common case, with plain parameters that need no array parsing) if the head
 * could be moved; otherwise they write nothing and return the current head, so the writer can report
 * a conflict or chain again (`'any'`). The advisory lock taken before the insert is held until commit, so
 * global positions become visible strictly in ascending order
 * (docs/decisions/0004-postgres-global-ordering.md).
 */
function appendFunctionsSql(layout: PostgresLayout): string {
  const lock = `PERFORM pg_advisory_xact_lock(${layout.appendLockKeys[0]}, ${layout.appendLockKeys[1]})`;
  const reportHead = `SELECT s.revision, s.hash INTO head_revision, head_hash
        FROM ${layout.streamsTable} s WHERE s.stream_id = p_stream_id;
      appended := false;
      RETURN;`;
  return [
    // Earlier layouts returned a table; a function's result type can only change by dropping it.
    `DROP FUNCTION IF EXISTS ${layout.appendFunction}(text, integer, text, integer[], text[], text[], text[], text[], text[])`,
    `CREATE OR REPLACE FUNCTION ${layout.appendFunction}(
    p_stream_id text, p_expected_head integer, p_expected_hash text, p_revisions integer[], p_types text[],
    p_data text[], p_metadata text[], p_prev_hashes text[], p_hashes text[],
    OUT appended boolean, OUT head_revision integer, OUT head_hash text, OUT positions bigint[]
  ) LANGUAGE plpgsql AS $fn$
  DECLARE
    v_last integer := cardinality(p_hashes);
  BEGIN
    IF NOT ${layout.moveHeadFunction}(p_stream_id, p_expected_head, p_expected_hash,
        p_revisions[v_last], p_hashes[v_last]) THEN
      ${reportHead}
    END IF;
    ${lock};
    WITH inserted AS (
      INSERT INTO ${layout.eventsTable} (stream_id, revision, type, data, metadata, prev_hash, hash)
      SELECT p_stream_id, u.revision, u.type, u.data::json, u.metadata::json, u.prev_hash, u.hash
        FROM unnest(p_revisions, p_types, p_data, p_metadata, p_prev_hashes, p_hashes)
          WITH ORDINALITY AS u(revision, type, data, metadata, prev_hash, hash, ordinal)
        ORDER BY u.ordinal
      RETURNING ${layout.eventsTable}.position, ${layout.eventsTable}.revision
    )
    SELECT array_agg(inserted.position ORDER BY inserted.revision) INTO positions FROM inserted;
    PERFORM pg_notify('${layout.channel}', positions[v_last]::text);
    appended := true;
    head_revision := p_revisions[v_last];
    head_hash := p_hashes[v_last];
  END
  $fn$`,
    `CREATE OR REPLACE FUNCTION ${layout.appendOneFunction}(
    p_stream_id text, p_expected_head integer, p_expected_hash text, p_revision integer, p_type text,
    p_data text, p_metadata text, p_prev_hash text, p_hash text,
    OUT appended boolean, OUT head_revision integer, OUT head_hash text, OUT positions bigint[]
  ) LANGUAGE plpgsql AS $fn$
  BEGIN
    IF NOT ${layout.moveHeadFunction}(p_stream_id, p_expected_head, p_expected_hash, p_revision, p_hash) THEN
      ${reportHead}
    END IF;
    ${lock};
    INSERT INTO ${layout.eventsTable} (stream_id, revision, type, data, metadata, prev_hash, hash)
      VALUES (p_stream_id, p_revision, p_type, p_data::json, p_metadata::json, p_prev_hash, p_hash)
      RETURNING ARRAY[${layout.eventsTable}.position] INTO positions;
    PERFORM pg_notify('${layout.channel}', positions[1]::text);
    appended := true;
    head_revision := p_revision;
    head_hash := p_hash;
  END
  $fn$`,
  ].join(';\n');
}
