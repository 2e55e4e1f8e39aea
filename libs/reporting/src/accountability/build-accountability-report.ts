/**
 * The pure report builder: a fund's events in, the accountability report out. No clock, no I/O, no
 * randomness: the report depends only on the events up to `position`, the period and the digest, so
 * a verifier holding an export of the log rebuilds exactly the same report.
 *
 * The fund's stream is folded once. The state just before the first event of the period is the
 * opening; the fold stops at the first event recorded after the period (as point-in-time queries do),
 * and that state is the closing. Matching is sampled at the end of every month in between.
 */
import { fundStreamName } from '@fund-ledger/domain';
import type { LedgerDigest, RecordedEvent } from '@fund-ledger/event-store';
import { toFundEventRecord, type FundEventRecord } from '@fund-ledger/projections';
import {
  ACCOUNTABILITY_REPORT_TYPE,
  ACCOUNTABILITY_REPORT_VERSION,
  type AccountabilityReport,
  type CapPoint,
  type ReportSource,
} from './accountability-report.model';
import { FundFold, type FundSnapshot } from './fund-fold';
import { monthsOf, type ReportPeriod } from './report-period';
import { applicationsSection, decisionEntries, decisionTotals } from './sections/applications.section';
import { balancesSection } from './sections/balances.section';
import { capPointAt } from './sections/cap-over-time.section';
import {
  clawbacksSection,
  grantsSection,
  openCommitmentsSection,
  payoutsSection,
} from './sections/grants.section';
import type { ReportSeal } from './accountability-report.model';
import { REPORT_DATES } from './report-dates';
import { matchingSection } from './sections/matching.section';
import { moneyInSection } from './sections/money-in.section';

export interface AccountabilityReportInput {
  readonly fundId: string;
  readonly period: ReportPeriod;
  /** The fund's stream in revision order; events after `position` are ignored. */
  readonly events: Iterable<RecordedEvent>;
  /** The global position the report is computed at. */
  readonly position: number;
  /** The ledger digest at `position`. */
  readonly ledgerDigest: LedgerDigest;
  /** Printed on the report only when given; the builder never reads a clock. */
  readonly generatedAt?: string | null;
  /** The seal covering `position` (see `reportSealOf`); absent: the report says nothing of seals. */
  readonly seal?: ReportSeal;
}

/** The fund has no events at or before the report's position, or none before the period ends. */
export class FundNotReportableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FundNotReportableError';
  }
}

interface FundWalk {
  readonly opening: FundSnapshot;
  readonly closing: FundSnapshot;
  readonly periodRecords: readonly FundEventRecord[];
  readonly capOverTime: readonly CapPoint[];
  readonly fundStream: ReportSource['fundStream'];
}

export function buildAccountabilityReport(input: AccountabilityReportInput): AccountabilityReport {
  if (input.ledgerDigest.position !== input.position) {
    throw new Error(
      `The ledger digest is at position ${input.ledgerDigest.position}, the report at ${input.position}`,
    );
  }
  const walk = walkFund(input);
  const { closing, periodRecords } = walk;
  const decisions = decisionEntries(periodRecords, closing);
  const summary = closing.summary;
  if (summary === null) {
    throw new FundNotReportableError(
      `Fund ${input.fundId} was opened after the period ${input.period.from} to ${input.period.to}`,
    );
  }
  return {
    reportType: ACCOUNTABILITY_REPORT_TYPE,
    version: ACCOUNTABILITY_REPORT_VERSION,
    fund: {
      fundId: summary.fundId,
      name: summary.name,
      area: summary.area,
      status: summary.status,
      settings: summary.settings,
    },
    period: {
      from: input.period.from,
      to: input.period.to,
      startsAt: input.period.startsAt,
      endsBefore: input.period.endsBefore,
    },
    source: {
      position: input.position,
      ledgerDigest: { ...input.ledgerDigest },
      fundStream: walk.fundStream,
      eventsInPeriod: periodRecords.length,
      ...(input.seal === undefined ? {} : { seal: input.seal }),
    },
    generatedAt: input.generatedAt ?? null,
    dates: REPORT_DATES,
    balances: balancesSection(
      walk.opening,
      closing,
      periodRecords.map((record) => record.event),
    ),
    moneyIn: moneyInSection(periodRecords, monthsOf(input.period), summary),
    capOverTime: walk.capOverTime,
    matching: matchingSection(closing),
    applications: applicationsSection(periodRecords, walk.opening, closing),
    decisions,
    decisionTotals: decisionTotals(decisions),
    grants: grantsSection(periodRecords, closing),
    payouts: payoutsSection(periodRecords, closing),
    openCommitments: openCommitmentsSection(closing),
    clawbacks: clawbacksSection(periodRecords, closing),
  };
}

/** Folds the fund's stream once, taking the opening, the month-end samples and the closing on the way. */
function walkFund(input: AccountabilityReportInput): FundWalk {
  const { period } = input;
  const streamId = fundStreamName(input.fundId);
  const months = monthsOf(period);
  const fold = new FundFold();
  const capOverTime: CapPoint[] = [];
  const periodRecords: FundEventRecord[] = [];
  let opening: FundSnapshot | null = null;
  let folding = true;
  let last: RecordedEvent | null = null;
  let eventCount = 0;
  for (const recorded of input.events) {
    if (recorded.position > input.position) break;
    if (recorded.streamId !== streamId) {
      throw new Error(
        `Event at position ${recorded.position} belongs to ${recorded.streamId}, not ${streamId}`,
      );
    }
    eventCount += 1;
    last = recorded;
    if (!folding) continue;
    const record = toFundEventRecord(recorded) as FundEventRecord;
    const recordedAtMs = Date.parse(record.recordedAt);
    if (recordedAtMs >= period.endsBeforeMs) {
      folding = false;
      continue;
    }
    if (opening !== null || recordedAtMs >= period.startsAtMs) {
      opening ??= fold.snapshot();
      while (capOverTime.length < months.length && months[capOverTime.length].endsBeforeMs <= recordedAtMs) {
        capOverTime.push(capPointAt(months[capOverTime.length].lastDay, fold));
      }
      periodRecords.push(record);
    }
    fold.apply(record);
  }
  if (last === null) {
    throw new FundNotReportableError(
      `There is no fund ${input.fundId} in the log up to position ${input.position}`,
    );
  }
  while (capOverTime.length < months.length) {
    capOverTime.push(capPointAt(months[capOverTime.length].lastDay, fold));
  }
  return {
    opening: opening ?? fold.snapshot(),
    closing: fold,
    periodRecords,
    capOverTime,
    fundStream: {
      streamId,
      revision: last.revision,
      hash: last.hash,
      eventCount,
      recordedAt: last.metadata.recordedAt,
    },
  };
}
