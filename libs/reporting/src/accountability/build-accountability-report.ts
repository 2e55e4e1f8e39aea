/**
 * The pure report builder: a fund's events in, the accountability report out. No clock, no I/O, no
 * randomness: the report depends only on the events up to `position`, the period and the digest, so
 * a verifier holding an export of the log rebuilds exactly the same report.
 *
 * The fund's events are folded once, by the day each counts on (its business date). The state just
 * before the first event of the period is the opening; the fold stops at the first event after the
 * period, and that state is the closing: the fund as a query `effectiveOn` the period's last day
 * answers. Matching is sampled at the end of every month in between.
 */
import { effectiveDatesOf, fundStreamName } from '@fund-ledger/domain';
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

/**
 * Folds the fund's events once in the order of the days they count on (their business dates, see
 * `effectiveDatesOf`; stream order within a day), taking the opening, the month-end samples and the
 * closing on the way. Within an application, and among the fund's own events, that order is the
 * stream's; across them the reducers only add up, so each state on the way is the fold of exactly the
 * events that count on or before its day, as a query `effectiveOn` that day answers.
 */
function walkFund(input: AccountabilityReportInput): FundWalk {
  const { period } = input;
  const { records, last } = fundRecords(input);
  const dates = effectiveDatesOf(
    records.map((record) => ({ event: record.event, commandId: record.commandId })),
  );
  const months = monthsOf(period);
  const fold = new FundFold();
  const capOverTime: CapPoint[] = [];
  const periodRecords: FundEventRecord[] = [];
  let opening: FundSnapshot | null = null;
  for (const index of inDateOrder(dates)) {
    const date = dates[index];
    if (date > period.to) break;
    if (date >= period.from) {
      opening ??= fold.snapshot();
      while (capOverTime.length < months.length && months[capOverTime.length].lastDay < date) {
        capOverTime.push(capPointAt(months[capOverTime.length].lastDay, fold));
      }
      periodRecords.push(records[index]);
    }
    fold.apply(records[index]);
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
      streamId: last.streamId,
      revision: last.revision,
      hash: last.hash,
      eventCount: records.length,
      recordedAt: last.metadata.recordedAt,
    },
  };
}

/** The fund's events up to the report's position, decoded, and the last of them. */
function fundRecords(input: AccountabilityReportInput): { records: FundEventRecord[]; last: RecordedEvent } {
  const streamId = fundStreamName(input.fundId);
  const records: FundEventRecord[] = [];
  let last: RecordedEvent | null = null;
  for (const recorded of input.events) {
    if (recorded.position > input.position) break;
    if (recorded.streamId !== streamId) {
      throw new Error(
        `Event at position ${recorded.position} belongs to ${recorded.streamId}, not ${streamId}`,
      );
    }
    last = recorded;
    records.push(toFundEventRecord(recorded) as FundEventRecord);
  }
  if (last === null) {
    throw new FundNotReportableError(
      `There is no fund ${input.fundId} in the log up to position ${input.position}`,
    );
  }
  return { records, last };
}

/** The indexes of the events by the day they count on, in stream order within a day. */
function inDateOrder(dates: readonly string[]): number[] {
  return Array.from(dates.keys()).sort((first, second) =>
    dates[first] < dates[second] ? -1 : dates[first] > dates[second] ? 1 : first - second,
  );
}
