/**
 * `ledger-cli verify` over 1,000,000 events beside a bare pipeline in the same run:
 *
 * - the history: 20 funds generated through the domain's decider (about 50,000 realistic events), repeated
 *   for 20 fund ids each, so 400 streams and 1,000,000 events, appended through the SQLite store in batches
 *   of 10,000 (hashes computed by the store) and cached under the OS temp directory;
 * - verify: the CLI command itself (`runCli(['verify'])`, no progress output): opens the configured store,
 *   reads the log with the port's `readAll`, checks every event's shape, position, revision and link,
 *   recomputes every hash and the ledger digest at the end;
 * - bare: better-sqlite3 reads the same rows in keyset batches, `JSON.parse`s data and metadata, builds the
 *   canonical JSON (`canonicalize`) and chains SHA-256 (`crypto.hash`) per stream, comparing each hash with
 *   the stored one and with the next event's `prevHash` — nothing else.
 *
 * Rounds alternate which side runs first; the verdict is the median of the per-round ratios. Target: verify
 * at least 0.6 of the bare rate.
 *
 * A second comparison prices the checks seals added to `verify`, in the library on the same store: the
 * chains alone (`verifyChains` over `readAll`) against the chains with the duplicate-member-name scan of
 * every stored text and the running order hash a seal audit folds (with no seal to compare, so what is
 * measured is the per-event cost, not the per-seal one).
 *
 * Run: `npm run bench -- verify` (size from BENCH_VERIFY_EVENTS, default 1000000).
 */
import Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { createHash, hash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../apps/ledger-cli/src/cli';
import { CLI_SUBCOMMANDS } from '../../apps/ledger-cli/src/subcommands';
import { GENESIS_PREV_HASH } from '../../libs/event-store/src/hash-chain';
import { SealAudit } from '../../libs/event-store/src/seals/seal-audit';
import { verifyChains } from '../../libs/event-store/src/verify-chains';
import { openSqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import {
  generatedFundEvents,
  replicatedFunds,
  storeBatches,
} from '../../libs/reporting/src/testing/bench-histories';
import { formatRate, median, writeLine } from './run';

const DEFAULT_EVENTS = 1_000_000;
const BASE_FUNDS = 20;
const EVENTS_PER_BASE_FUND = 2_500;
const APPEND_BATCH = 10_000;
const BARE_BATCH = 5_000;
const ROUNDS = 3;
const RATIO_TARGET = 0.6;

interface Round {
  readonly verifyPerSecond: number;
  readonly barePerSecond: number;
}

export async function run(): Promise<void> {
  const size = Number(process.env['BENCH_VERIFY_EVENTS'] ?? DEFAULT_EVENTS);
  const path = await ensureHistory(size);
  const rounds: Round[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const verifyFirst = round % 2 === 1;
    const first = verifyFirst ? await verifyRate(path) : bareRate(path);
    const second = verifyFirst ? bareRate(path) : await verifyRate(path);
    const measured = verifyFirst
      ? { verifyPerSecond: first, barePerSecond: second }
      : { verifyPerSecond: second, barePerSecond: first };
    rounds.push(measured);
    writeLine(
      `  round ${round}: verify ${formatRate(measured.verifyPerSecond)}, bare ${formatRate(measured.barePerSecond)}, ratio ${(measured.verifyPerSecond / measured.barePerSecond).toFixed(2)}`,
    );
  }
  const ratio = median(rounds.map((round) => round.verifyPerSecond / round.barePerSecond));
  writeLine(
    `verify ${size.toLocaleString('en-US')} events: median verify ${formatRate(median(rounds.map((round) => round.verifyPerSecond)))}, ` +
      `median bare ${formatRate(median(rounds.map((round) => round.barePerSecond)))}`,
  );
  writeLine(
    `median of per-round ratios verify/bare ${ratio.toFixed(2)} (target >= ${RATIO_TARGET}: ${ratio >= RATIO_TARGET ? 'met' : 'NOT met'})`,
  );
  await compareSealChecks(path, size);
}

/** The chains alone against the chains with the checks seals brought, alternating which runs first. */
async function compareSealChecks(path: string, size: number): Promise<void> {
  const ratios: number[] = [];
  const rates: Array<{ chains: number; audit: number }> = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const chainsFirst = round % 2 === 1;
    const first = await libraryRate(path, !chainsFirst);
    const second = await libraryRate(path, chainsFirst);
    const measured = chainsFirst ? { chains: first, audit: second } : { chains: second, audit: first };
    rates.push(measured);
    ratios.push(measured.audit / measured.chains);
    writeLine(
      `  round ${round}: chains ${formatRate(measured.chains)}, chains with seal checks ${formatRate(measured.audit)}, ratio ${(measured.audit / measured.chains).toFixed(2)}`,
    );
  }
  writeLine(
    `seal checks over ${size.toLocaleString('en-US')} events: median chains ${formatRate(median(rates.map((rate) => rate.chains)))}, ` +
      `median with seal checks ${formatRate(median(rates.map((rate) => rate.audit)))}, median ratio ${median(ratios).toFixed(2)}`,
  );
}

async function libraryRate(path: string, withSealChecks: boolean): Promise<number> {
  const store = openSqliteEventStore({ path, readOnly: true });
  try {
    const started = process.hrtime.bigint();
    const events = store.readAll({ batchSize: BARE_BATCH, rejectDuplicateMemberNames: withSealChecks });
    const audit = new SealAudit([], [], { keys: null, authorities: null });
    const result = await verifyChains(events, withSealChecks ? { seals: audit } : {});
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (!result.ok) throw new Error(`The library verification failed: ${result.firstBreak?.message}`);
    return result.eventCount / seconds;
  } finally {
    await store.close();
  }
}

/** Identifies what the generator produces now, so a history cached by older code is not reused. */
function historyFingerprint(): string {
  const probe = generatedFundEvents('probe', 1, 300, '2024-01-02T09:00:00Z');
  return createHash('sha256').update(JSON.stringify(probe)).digest('hex').slice(0, 12);
}

async function ensureHistory(size: number): Promise<string> {
  const directory = join(tmpdir(), 'fund-ledger-bench');
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `verify-${size}-${historyFingerprint()}.sqlite`);
  if (existsSync(path)) {
    writeLine(`Using the cached history of ${size.toLocaleString('en-US')} events at ${path}`);
    return path;
  }
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  writeLine(`Generating ${size.toLocaleString('en-US')} events into ${path} ...`);
  const store = openSqliteEventStore({ path: partial });
  try {
    let written = 0;
    for (let fund = 0; fund < BASE_FUNDS && written < size; fund += 1) {
      const base = generatedFundEvents(
        `base-${fund}`,
        fund + 1,
        EVENTS_PER_BASE_FUND,
        '2024-01-02T09:00:00Z',
      );
      const copies = Math.ceil(size / (BASE_FUNDS * base.length));
      for (const events of replicatedFunds(base, `verify-${fund}`, copies)) {
        for (const batch of storeBatches(events.slice(0, size - written), APPEND_BATCH)) {
          await store.append(batch.streamId, batch.events, 'any');
          written += batch.events.length;
        }
      }
      writeLine(`  ${written.toLocaleString('en-US')} events written`);
    }
  } finally {
    await store.close();
  }
  renameSync(partial, path);
  return path;
}

async function verifyRate(path: string): Promise<number> {
  let out = '';
  const io = {
    env: { SQLITE_PATH: path },
    writeOut: (text: string) => (out += text),
    writeErr: () => undefined,
  };
  const started = process.hrtime.bigint();
  const code = await runCli(['verify', '--progress', 'off'], io, CLI_SUBCOMMANDS);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const events = Number(/^OK: (\d+) events/.exec(out)?.[1]);
  if (code !== 0 || !Number.isFinite(events)) throw new Error(`verify failed (exit ${code}): ${out}`);
  return events / seconds;
}

type Row = [number, string, number, string, string, string, string, string];

/** Reads, parses, canonicalises and chains every event with nothing in between. */
function bareRate(path: string): number {
  const db = new Database(path, { readonly: true });
  const batch = db
    .prepare(
      'SELECT position, stream_id, revision, type, data, metadata, prev_hash, hash FROM events WHERE position > ? ORDER BY position LIMIT ?',
    )
    .raw();
  const heads = new Map<string, string>();
  const started = process.hrtime.bigint();
  let events = 0;
  let broken = 0;
  let after = 0;
  for (;;) {
    const rows = batch.all(after, BARE_BATCH) as Row[];
    for (const [, stream, revision, type, data, metadata, prevHash, storedHash] of rows) {
      const canonical = canonicalize({
        stream,
        revision,
        type,
        data: JSON.parse(data) as unknown,
        metadata: JSON.parse(metadata) as unknown,
        prevHash,
      }) as string;
      const computed = hash('sha256', canonical, 'hex');
      if (computed !== storedHash || prevHash !== (heads.get(stream) ?? GENESIS_PREV_HASH)) broken += 1;
      heads.set(stream, computed);
    }
    events += rows.length;
    if (rows.length < BARE_BATCH) break;
    after = rows[rows.length - 1][0];
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  if (broken > 0) throw new Error(`The bare pipeline found ${broken} broken events`);
  return events / seconds;
}
