/**
 * Read models in PostgreSQL, in the schema of the event store (or the one READ_MODEL_STORE points at).
 * A write locks the checkpoint row (`FOR UPDATE`) before comparing it, so service instances sharing the
 * database store their documents one after another; loads read in one REPEATABLE READ snapshot, so the
 * documents and the checkpoint they come with always belong together.
 */
import { Pool, type PoolClient } from 'pg';
import { postgresLayout } from '@fund-ledger/event-store/storage/postgres-layout';
import type { ApplicationView } from '../board/application-view';
import type { FundSummary } from '../fund-projection';
import {
  writeOutcomeFor,
  type DocumentsRequest,
  type DocumentsWrite,
  type FundReadModel,
  type LoadedDocuments,
  type ReadModelStore,
  type StoredCheckpoint,
  type StoredFundIds,
  type WriteOutcome,
} from './read-model-store.port';

export interface PostgresReadModelStoreConfig {
  readonly connectionString: string;
  readonly schema?: string;
  readonly poolSize?: number;
}

const PROJECTION_NAME = 'funds';
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** Serialises the creation of the tables when several instances start at once (a value unique to this use). */
const DDL_LOCK = [0x464c4547, 0x52454144] as const;
/**
 * `CREATE SCHEMA IF NOT EXISTS` run at the same moment by two connections (this store and the other
 * stores of the service, which start together) can still fail on the catalogue's unique index or with
 * "duplicate schema"; either means the schema now exists.
 */
const SCHEMA_ALREADY_CREATED = new Set(['23505', '42P06']);

/**
 * Creates the schema under the event store's own layout lock: the event store creates the same schema
 * in a transaction holding that lock, and would fail if this store created it in between.
 */
async function createSchema(pool: Pool, schema: string): Promise<void> {
  const [namespace, key] = postgresLayout(schema).layoutLockKeys;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [namespace, key]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (!SCHEMA_ALREADY_CREATED.has(String(Reflect.get(Object(error), 'code')))) throw error;
  } finally {
    client.release();
  }
}

/** Serialises rebuilds: on a fresh database the checkpoint row does not exist yet, so `FOR UPDATE` locks nothing. */
const REBUILD_LOCK = [0x464c4547, 0x52424c44] as const;
const DEFAULT_POOL_SIZE = 4;
const NO_CHECKPOINT: StoredCheckpoint = { position: 0, version: 0, generation: 0 };

interface Tables {
  readonly checkpoints: string;
  readonly summaries: string;
  readonly applications: string;
}

export async function openPostgresReadModelStore(
  config: PostgresReadModelStoreConfig,
): Promise<ReadModelStore> {
  const schema = config.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`PostgreSQL schema name "${schema}" is not allowed`);
  const tables: Tables = {
    checkpoints: `"${schema}".projection_checkpoints`,
    summaries: `"${schema}".projection_fund_summaries`,
    applications: `"${schema}".projection_fund_applications`,
  };
  const pool = new Pool({
    connectionString: config.connectionString,
    max: config.poolSize ?? DEFAULT_POOL_SIZE,
  });
  // A broken idle connection (e.g. after a server restart) is dropped by the pool; the next query opens a new one.
  pool.on('error', () => undefined);
  // A connection checked out for a transaction has no pool listener: when the server ends it, its error
  // event would end the process. The failed query already reports the error to the transaction.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await createSchema(pool, schema);
    await pool.query(tablesSql(tables));
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresReadModelStore(pool, tables);
}

function tablesSql(tables: Tables): string {
  return [
    'BEGIN',
    `SELECT pg_advisory_xact_lock(${DDL_LOCK[0]}, ${DDL_LOCK[1]})`,
    `CREATE TABLE IF NOT EXISTS ${tables.checkpoints} (
      projection text PRIMARY KEY, position bigint NOT NULL, version integer NOT NULL, generation integer NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${tables.summaries} (fund_id text PRIMARY KEY, document text NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${tables.applications} (
      fund_id text NOT NULL, application_id text NOT NULL, document text NOT NULL, PRIMARY KEY (fund_id, application_id))`,
    'COMMIT',
  ].join(';\n');
}

type CheckpointRow = { position: string; version: number; generation: number };

class PostgresReadModelStore implements ReadModelStore {
  constructor(
    private readonly pool: Pool,
    private readonly tables: Tables,
  ) {}

  async readCheckpoint(): Promise<StoredCheckpoint> {
    return this.checkpoint(this.pool, false);
  }

  async startRebuild(version: number, ifGeneration?: number): Promise<StoredCheckpoint> {
    return this.inTransaction('BEGIN', async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(${REBUILD_LOCK[0]}, ${REBUILD_LOCK[1]})`);
      const current = await this.checkpoint(client, true);
      if (ifGeneration !== undefined && current.generation !== ifGeneration) return current;
      const rebuilt = { position: 0, version, generation: current.generation + 1 };
      await client.query(`DELETE FROM ${this.tables.summaries}`);
      await client.query(`DELETE FROM ${this.tables.applications}`);
      await client.query(
        `INSERT INTO ${this.tables.checkpoints} (projection, position, version, generation) VALUES ($1, 0, $2, $3)
         ON CONFLICT (projection) DO UPDATE SET position = 0, version = $2, generation = $3`,
        [PROJECTION_NAME, version, rebuilt.generation],
      );
      return rebuilt;
    });
  }

  async loadDocuments(request: DocumentsRequest): Promise<LoadedDocuments> {
    return this.inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
      const checkpoint = await this.checkpoint(client, false);
      const summaries = await client.query<{ document: string }>(
        `SELECT document FROM ${this.tables.summaries} WHERE fund_id = ANY($1::text[])`,
        [request.fundIds],
      );
      const applications = await client.query<{ document: string }>(
        `SELECT a.document FROM ${this.tables.applications} a
         JOIN unnest($1::text[], $2::text[]) AS k(fund_id, application_id)
           ON a.fund_id = k.fund_id AND a.application_id = k.application_id`,
        [request.applications.map((key) => key.fundId), request.applications.map((key) => key.applicationId)],
      );
      return {
        checkpoint,
        summaries: summaries.rows.map((row) => JSON.parse(row.document) as FundSummary),
        applications: applications.rows.map((row) => JSON.parse(row.document) as ApplicationView),
      };
    });
  }

  async write(write: DocumentsWrite): Promise<WriteOutcome> {
    return this.inTransaction('BEGIN', async (client) => {
      const outcome = writeOutcomeFor(await this.checkpoint(client, true), write);
      if (outcome !== 'written') return outcome;
      // The documents go as one JSON array: `json` keeps every element's text exactly as JSON.stringify
      // wrote it, and one array costs far less to send than a text array, whose every quote is escaped.
      // The keys go beside them, as reading them out of the JSON fails on a string holding \u0000.
      await client.query(
        `INSERT INTO ${this.tables.summaries} (fund_id, document)
         SELECT k.fund_id, d.document::text
           FROM unnest($1::text[]) WITH ORDINALITY AS k(fund_id, n)
           JOIN json_array_elements($2::json) WITH ORDINALITY AS d(document, n) USING (n)
         ON CONFLICT (fund_id) DO UPDATE SET document = excluded.document`,
        [write.summaries.map((summary) => summary.fundId), JSON.stringify(write.summaries)],
      );
      await client.query(
        `INSERT INTO ${this.tables.applications} (fund_id, application_id, document)
         SELECT k.fund_id, k.application_id, d.document::text
           FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(fund_id, application_id, n)
           JOIN json_array_elements($3::json) WITH ORDINALITY AS d(document, n) USING (n)
         ON CONFLICT (fund_id, application_id) DO UPDATE SET document = excluded.document`,
        [
          write.applications.map((view) => view.fundId),
          write.applications.map((view) => view.applicationId),
          JSON.stringify(write.applications),
        ],
      );
      await client.query(`UPDATE ${this.tables.checkpoints} SET position = $1 WHERE projection = $2`, [
        write.position,
        PROJECTION_NAME,
      ]);
      return outcome;
    });
  }

  async readFund(fundId: string, options: { readonly withApplications: boolean }): Promise<FundReadModel> {
    return this.inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
      const checkpoint = await this.checkpoint(client, false);
      const summary = await client.query<{ document: string }>(
        `SELECT document FROM ${this.tables.summaries} WHERE fund_id = $1`,
        [fundId],
      );
      const applications = options.withApplications
        ? await client.query<{ document: string }>(
            `SELECT document FROM ${this.tables.applications} WHERE fund_id = $1`,
            [fundId],
          )
        : { rows: [] };
      const [row] = summary.rows;
      return {
        checkpoint,
        summary: row === undefined ? null : (JSON.parse(row.document) as FundSummary),
        applications: applications.rows.map((view) => JSON.parse(view.document) as ApplicationView),
      };
    });
  }

  async listFundIds(): Promise<StoredFundIds> {
    return this.inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
      const checkpoint = await this.checkpoint(client, false);
      const result = await client.query<{ fund_id: string }>(
        `SELECT fund_id FROM ${this.tables.summaries} ORDER BY fund_id COLLATE "C"`,
      );
      return { checkpoint, fundIds: result.rows.map((row) => row.fund_id) };
    });
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
    await this.pool.end();
  }

  private async checkpoint(client: Pool | PoolClient, forUpdate: boolean): Promise<StoredCheckpoint> {
    const result = await client.query<CheckpointRow>(
      `SELECT position, version, generation FROM ${this.tables.checkpoints} WHERE projection = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [PROJECTION_NAME],
    );
    const [row] = result.rows;
    return row === undefined
      ? NO_CHECKPOINT
      : { position: Number(row.position), version: row.version, generation: row.generation };
  }

  private async inTransaction<Result>(
    begin: string,
    work: (client: PoolClient) => Promise<Result>,
  ): Promise<Result> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
