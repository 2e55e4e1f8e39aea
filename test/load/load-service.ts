/**
 * What every load mode shares: its bounded settings, the funds it sets up through the API, the tokens
 * of its callers, the stores it runs on and how it prints latencies.
 */
import { cpus, totalmem } from 'node:os';
import {
  isPostgresReachable,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { formatMs, type LatencySummary } from './latency';
import type { WorkloadTokens } from './mixed-workload';
import { memberIdsOf, setUpFund, type FundLayout } from '../crash/support/fund-scenario';
import {
  AUDITOR,
  FUND_MANAGER,
  juror,
  type LedgerClient,
  tokenOf,
  TREASURER,
} from '../crash/support/ledger-client';
import type { StoreKind } from '../crash/support/store-target';

const MEMBER_COUNT = 5;
const SETUP_CONCURRENCY = 4;
export const WARM_UP_SECONDS = 3;

export interface LoadSettings {
  readonly durationSeconds: number;
  readonly connections: number;
  readonly fundCount: number;
}

export function readLoadSettings(): LoadSettings {
  return {
    durationSeconds: readSetting('LOAD_DURATION_SECONDS', 15, 1, 120),
    connections: readSetting('LOAD_CONNECTIONS', 16, 1, 64),
    fundCount: readSetting('LOAD_FUNDS', 40, 1, 400),
  };
}

export function readSetting(name: string, fallback: number, minimum: number, maximum: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw new Error(`${name} must be an integer from ${minimum} to ${maximum}, not "${text}"`);
  }
  return value;
}

export function write(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function machineLine(): string {
  const memoryGiB = (totalmem() / 1024 ** 3).toFixed(1);
  return `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${memoryGiB} GiB memory, Node ${process.version}`;
}

export async function setUpFunds(client: LedgerClient, fundCount: number): Promise<FundLayout[]> {
  const fundIds = Array.from(
    { length: fundCount },
    (_, index) => `load-fund-${String(index + 1).padStart(3, '0')}`,
  );
  const layouts: FundLayout[] = [];
  for (let start = 0; start < fundIds.length; start += SETUP_CONCURRENCY) {
    const batch = fundIds.slice(start, start + SETUP_CONCURRENCY);
    layouts.push(
      ...(await Promise.all(
        batch.map((fundId) =>
          setUpFund(client, fundId, {
            memberCount: MEMBER_COUNT,
            payableGrantCount: 2,
            votingApplicationCount: 10,
          }),
        ),
      )),
    );
  }
  return layouts;
}

/** Uses the read-model balances endpoint when the service has one, otherwise the fund view folded from its stream. */
export async function chooseBalancePath(
  client: LedgerClient,
  fundId: string,
): Promise<(fundId: string) => string> {
  const readModel = await client.get(AUDITOR, `/funds/${fundId}/balances`);
  return readModel.status === 200 ? (id) => `/funds/${id}/balances` : (id) => `/funds/${id}`;
}

export async function workloadTokens(): Promise<WorkloadTokens> {
  const jurors = new Map<string, string>();
  for (const memberId of memberIdsOf(MEMBER_COUNT)) jurors.set(memberId, await tokenOf(juror(memberId)));
  return {
    treasurer: await tokenOf(TREASURER),
    fundManager: await tokenOf(FUND_MANAGER),
    auditor: await tokenOf(AUDITOR),
    jurors,
  };
}

/** The stores named on the command line (default both); PostgreSQL is left out when it does not answer. */
export function storesToRun(): StoreKind[] {
  const requested = process.argv
    .slice(2)
    .filter((argument) => argument === 'sqlite' || argument === 'postgres');
  const stores: StoreKind[] = requested.length > 0 ? requested : ['sqlite', 'postgres'];
  if (stores.includes('postgres') && !isPostgresReachable()) {
    write(
      `NOTICE: PostgreSQL is not reachable at ${TEST_DATABASE_URL} (set DATABASE_URL): its load run is left out`,
    );
    return stores.filter((store) => store !== 'postgres');
  }
  return stores;
}

export function latencyText(latency: LatencySummary): string {
  return `p50 ${formatMs(latency.p50Ms)} ms, p95 ${formatMs(latency.p95Ms)} ms, p99 ${formatMs(latency.p99Ms)} ms`;
}
