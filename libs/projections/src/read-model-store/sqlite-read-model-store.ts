/**
 * Read models in a SQLite file of their own, beside the events' file (the service's configuration names
 * it). Writes take the file's write lock (`BEGIN IMMEDIATE`) before reading the checkpoint, so two
 * service processes on one file never interleave their documents. Read models can always be rebuilt
 * from the log, so the file commits with `synchronous=NORMAL`: a power cut may lose the last writes,
 * never consistency.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { useWriteAheadLog } from '@fund-ledger/event-store/storage/sqlite-write-ahead-log';
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

const PROJECTION_NAME = 'funds';
/**
 * Documents are one to several kilobytes, so 16 KiB pages hold several of them where the default 4 KiB
 * pages spill them over more pages: storing the documents of a rebuild takes about half the time. Only
 * a new file takes the setting; a file created with other pages keeps them.
 */
const PAGE_SIZE_BYTES = 16_384;
const BUSY_TIMEOUT_MS = 10_000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS projection_checkpoints (
    projection TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    version    INTEGER NOT NULL,
    generation INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS projection_fund_summaries (
    fund_id  TEXT PRIMARY KEY,
    document TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS projection_fund_applications (
    fund_id        TEXT NOT NULL,
    application_id TEXT NOT NULL,
    document       TEXT NOT NULL,
    PRIMARY KEY (fund_id, application_id)
  );
`;

const NO_CHECKPOINT: StoredCheckpoint = { position: 0, version: 0, generation: 0 };

type CheckpointRow = { position: number; version: number; generation: number };

export function openSqliteReadModelStore(path: string): ReadModelStore {
  return new SqliteReadModelStore(path);
}

class SqliteReadModelStore implements ReadModelStore {
  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof prepareStatements>;

  constructor(path: string) {
    const file = resolve(path);
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    this.db.pragma(`page_size = ${PAGE_SIZE_BYTES}`);
    useWriteAheadLog(this.db, BUSY_TIMEOUT_MS);
    this.db.pragma('synchronous = NORMAL');
    this.db.transaction(() => this.db.exec(SCHEMA)).immediate();
    this.statements = prepareStatements(this.db);
  }

  async readCheckpoint(): Promise<StoredCheckpoint> {
    return this.checkpoint();
  }

  async startRebuild(version: number, ifGeneration?: number): Promise<StoredCheckpoint> {
    return this.db
      .transaction((): StoredCheckpoint => {
        const current = this.checkpoint();
        if (ifGeneration !== undefined && current.generation !== ifGeneration) return current;
        const rebuilt = { position: 0, version, generation: current.generation + 1 };
        this.db.exec('DELETE FROM projection_fund_summaries; DELETE FROM projection_fund_applications;');
        this.statements.saveCheckpoint.run({ projection: PROJECTION_NAME, ...rebuilt });
        return rebuilt;
      })
      .immediate();
  }

  async loadDocuments(request: DocumentsRequest): Promise<LoadedDocuments> {
    return this.db.transaction((): LoadedDocuments => {
      const summaries: FundSummary[] = [];
      for (const fundId of request.fundIds) {
        const text = this.statements.summary.get(fundId) as string | undefined;
        if (text !== undefined) summaries.push(JSON.parse(text) as FundSummary);
      }
      const applications: ApplicationView[] = [];
      for (const key of request.applications) {
        const text = this.statements.application.get(key.fundId, key.applicationId) as string | undefined;
        if (text !== undefined) applications.push(JSON.parse(text) as ApplicationView);
      }
      return { checkpoint: this.checkpoint(), summaries, applications };
    })();
  }

  async write(write: DocumentsWrite): Promise<WriteOutcome> {
    return this.db
      .transaction((): WriteOutcome => {
        const outcome = writeOutcomeFor(this.checkpoint(), write);
        if (outcome !== 'written') return outcome;
        for (const summary of write.summaries)
          this.statements.saveSummary.run(summary.fundId, JSON.stringify(summary));
        for (const view of write.applications) {
          this.statements.saveApplication.run(view.fundId, view.applicationId, JSON.stringify(view));
        }
        this.statements.advanceCheckpoint.run(write.position, PROJECTION_NAME);
        return outcome;
      })
      .immediate();
  }

  async readFund(fundId: string, options: { readonly withApplications: boolean }): Promise<FundReadModel> {
    return this.db.transaction((): FundReadModel => {
      const text = this.statements.summary.get(fundId) as string | undefined;
      const applications = options.withApplications
        ? (this.statements.applicationsOfFund.all(fundId) as string[]).map(
            (row) => JSON.parse(row) as ApplicationView,
          )
        : [];
      return {
        checkpoint: this.checkpoint(),
        summary: text === undefined ? null : (JSON.parse(text) as FundSummary),
        applications,
      };
    })();
  }

  async listFundIds(): Promise<StoredFundIds> {
    return this.db.transaction((): StoredFundIds => ({
      checkpoint: this.checkpoint(),
      fundIds: this.statements.fundIds.all() as string[],
    }))();
  }

  async ping(): Promise<boolean> {
    try {
      return this.statements.ping.get() === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private checkpoint(): StoredCheckpoint {
    const row = this.statements.checkpoint.get(PROJECTION_NAME) as CheckpointRow | undefined;
    return row === undefined
      ? NO_CHECKPOINT
      : { position: row.position, version: row.version, generation: row.generation };
  }
}

function prepareStatements(db: Database.Database) {
  return {
    checkpoint: db.prepare(
      'SELECT position, version, generation FROM projection_checkpoints WHERE projection = ?',
    ),
    saveCheckpoint: db.prepare(
      `INSERT INTO projection_checkpoints (projection, position, version, generation)
       VALUES (@projection, @position, @version, @generation)
       ON CONFLICT (projection) DO UPDATE SET
         position = excluded.position, version = excluded.version, generation = excluded.generation`,
    ),
    advanceCheckpoint: db.prepare('UPDATE projection_checkpoints SET position = ? WHERE projection = ?'),
    summary: db.prepare('SELECT document FROM projection_fund_summaries WHERE fund_id = ?').pluck(),
    application: db
      .prepare('SELECT document FROM projection_fund_applications WHERE fund_id = ? AND application_id = ?')
      .pluck(),
    fundIds: db.prepare('SELECT fund_id FROM projection_fund_summaries ORDER BY fund_id').pluck(),
    applicationsOfFund: db
      .prepare('SELECT document FROM projection_fund_applications WHERE fund_id = ?')
      .pluck(),
    saveSummary: db.prepare(
      `INSERT INTO projection_fund_summaries (fund_id, document) VALUES (?, ?)
       ON CONFLICT (fund_id) DO UPDATE SET document = excluded.document`,
    ),
    saveApplication: db.prepare(
      `INSERT INTO projection_fund_applications (fund_id, application_id, document) VALUES (?, ?, ?)
       ON CONFLICT (fund_id, application_id) DO UPDATE SET document = excluded.document`,
    ),
    ping: db.prepare('SELECT 1').pluck(),
  };
}
