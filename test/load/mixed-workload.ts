/**
 * The mixed ledger workload of the load run: private contributions, new applications, jury votes,
 * payouts and balance queries, spread over many funds, in fixed proportions drawn from a seeded random
 * sequence (the same run plan every time). Every POST carries a fresh Idempotency-Key and a fresh
 * resource id. Votes walk through every (fund, application, member) pair once before any pair repeats,
 * so a repeated vote — refused with 409, as intended — appears only when a run outlasts the pairs.
 */
import { randomUUID } from 'node:crypto';
import type { PlannedRequest } from './autocannon-run';
import { summarizeLatencies, type LatencySummary } from './latency';
import { seededRandom } from '../crash/support/seeded-random';
import {
  applicationBody,
  fundPath,
  payoutBody,
  privateContributionBody,
  type FundLayout,
} from '../crash/support/fund-scenario';

export const OPERATION_WEIGHTS = {
  contribution: 25,
  application: 10,
  vote: 15,
  payout: 20,
  balance: 30,
} as const;

export type Operation = keyof typeof OPERATION_WEIGHTS;
const OPERATIONS = Object.keys(OPERATION_WEIGHTS) as Operation[];
const WEIGHT_TOTAL = OPERATIONS.reduce((total, operation) => total + OPERATION_WEIGHTS[operation], 0);
/** Answers kept per unexpected status, to show what went wrong without flooding the report. */
const UNEXPECTED_SAMPLES_MAX = 5;

export interface WorkloadTokens {
  readonly treasurer: string;
  readonly fundManager: string;
  readonly auditor: string;
  /** Bearer tokens of the jury members by member id. */
  readonly jurors: ReadonlyMap<string, string>;
}

export interface OperationFigures {
  readonly statuses: Readonly<Record<string, number>>;
  readonly latency: LatencySummary;
}

export interface WorkloadFigures {
  readonly operations: Readonly<Record<string, OperationFigures>>;
  readonly all: LatencySummary;
  /** 409 answers by problem code or type: the refusals the workload provokes on purpose. */
  readonly conflicts: Readonly<Record<string, number>>;
  /** Answers that are neither 2xx nor 409, with a few bodies each. */
  readonly unexpected: readonly string[];
  readonly unexpectedCount: number;
}

export class MixedWorkload {
  private readonly random: () => number;
  private readonly votePairs: { fundId: string; applicationId: string; memberId: string }[];
  private voteCursor = 0;
  private sequence = 0;
  private readonly latencies = new Map<string, number[]>();
  private readonly statuses = new Map<string, Map<number, number>>();
  private readonly conflicts = new Map<string, number>();
  private readonly unexpected: string[] = [];
  private unexpectedCount = 0;

  constructor(
    private readonly layouts: readonly FundLayout[],
    private readonly tokens: WorkloadTokens,
    /** GET path of a fund's balances, e.g. `/funds/:fundId` with the fund id filled in. */
    private readonly balancePath: (fundId: string) => string,
    seed = 20240603,
  ) {
    this.random = seededRandom(seed);
    this.votePairs = layouts.flatMap((layout) =>
      layout.votingApplicationIds.flatMap((applicationId) =>
        layout.memberIds.map((memberId) => ({ fundId: layout.fundId, applicationId, memberId })),
      ),
    );
  }

  next(): PlannedRequest {
    const operation = this.drawOperation();
    this.sequence += 1;
    const id = `load-${this.sequence}`;
    const layout = this.layouts[Math.floor(this.random() * this.layouts.length)];
    switch (operation) {
      case 'contribution':
        return this.post(
          operation,
          this.tokens.treasurer,
          fundPath(layout.fundId, '/contributions/private'),
          privateContributionBody(id, this.amount(1, 500)),
        );
      case 'application':
        return this.post(
          operation,
          this.tokens.fundManager,
          fundPath(layout.fundId, '/applications'),
          applicationBody(id),
        );
      case 'vote':
        return this.vote();
      case 'payout': {
        const grantId = layout.grantIds[Math.floor(this.random() * layout.grantIds.length)];
        return this.post(
          operation,
          this.tokens.treasurer,
          fundPath(layout.fundId, `/grants/${grantId}/payouts`),
          payoutBody(id, this.amount(0.01, 5)),
        );
      }
      case 'balance':
        return {
          operation,
          method: 'GET',
          path: this.balancePath(layout.fundId),
          headers: { authorization: `Bearer ${this.tokens.auditor}` },
        };
    }
  }

  /** Forgets the figures so far (of a warm-up), keeping ids and the vote order going. */
  startMeasuring(): void {
    this.latencies.clear();
    this.statuses.clear();
    this.conflicts.clear();
    this.unexpected.length = 0;
    this.unexpectedCount = 0;
  }

  record(operation: string, status: number, body: string, latencyMs: number): void {
    pushTo(this.latencies, operation, latencyMs);
    const counts = this.statuses.get(operation) ?? new Map<number, number>();
    counts.set(status, (counts.get(status) ?? 0) + 1);
    this.statuses.set(operation, counts);
    if (status === 409) {
      const reason = conflictReason(body);
      this.conflicts.set(reason, (this.conflicts.get(reason) ?? 0) + 1);
    } else if (status < 200 || status >= 300) {
      this.unexpectedCount += 1;
      if (this.unexpected.length < UNEXPECTED_SAMPLES_MAX) {
        this.unexpected.push(`${operation} ${status}: ${body.slice(0, 400)}`);
      }
    }
  }

  figures(): WorkloadFigures {
    const operations: Record<string, OperationFigures> = {};
    for (const [operation, latencies] of this.latencies) {
      const counts = this.statuses.get(operation) ?? new Map<number, number>();
      operations[operation] = {
        statuses: Object.fromEntries([...counts].map(([status, count]) => [String(status), count])),
        latency: summarizeLatencies(latencies),
      };
    }
    return {
      operations,
      all: summarizeLatencies([...this.latencies.values()].flat()),
      conflicts: Object.fromEntries(this.conflicts),
      unexpected: [...this.unexpected],
      unexpectedCount: this.unexpectedCount,
    };
  }

  private drawOperation(): Operation {
    let ticket = this.random() * WEIGHT_TOTAL;
    for (const operation of OPERATIONS) {
      ticket -= OPERATION_WEIGHTS[operation];
      if (ticket < 0) return operation;
    }
    return OPERATIONS[OPERATIONS.length - 1];
  }

  private vote(): PlannedRequest {
    const pair = this.votePairs[this.voteCursor % this.votePairs.length];
    this.voteCursor += 1;
    const token = this.tokens.jurors.get(pair.memberId);
    if (token === undefined) throw new Error(`No token for jury member ${pair.memberId}`);
    const vote = this.random() < 0.7 ? 'yes' : 'no';
    return this.post('vote', token, fundPath(pair.fundId, `/applications/${pair.applicationId}/votes`), {
      vote,
    });
  }

  /** A random amount in EUR between the bounds, as a canonical two-decimal string. */
  private amount(minimum: number, maximum: number): string {
    const cents = Math.round((minimum + this.random() * (maximum - minimum)) * 100);
    return (Math.max(cents, 1) / 100).toFixed(2);
  }

  private post(operation: Operation, token: string, path: string, body: object): PlannedRequest {
    return {
      operation,
      method: 'POST',
      path,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify(body),
    };
  }
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function conflictReason(body: string): string {
  try {
    const problem = JSON.parse(body) as { code?: unknown; type?: unknown };
    if (typeof problem.code === 'string') return problem.code;
    if (typeof problem.type === 'string') return problem.type.replace(/^.*\/problems\//, '');
  } catch {
    return 'unparsable 409 body';
  }
  return 'unnamed 409';
}
