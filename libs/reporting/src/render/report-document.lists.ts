/**
 * The list sections of the report document: applications by outcome, jury decisions with the members
 * present per meeting, grants, payouts, open commitments, revocations and repayments. Each list of
 * money has a totals row, and says under it how its rows add up and which line of section 1 its total is.
 */
import type {
  AccountabilityReport,
  DecisionEntry,
  ListTotals,
  SplitAmount,
} from '../accountability/accountability-report.model';
import type { DateBasis } from '../accountability/report-dates';
import { formatReportAmount, formatReportDate } from './locale-format';
import {
  column,
  table,
  type Cell,
  type Column,
  type DocumentSection,
  type RowIdentity,
  type TableBlock,
} from './report-document.blocks';
import { countedTotal, dateNote, holdsPrivateMoney, sumOfColumns } from './report-document.shared';
import type { ReportLabels, ReportLanguage } from './report-labels';

// 4. Applications

export function applicationsDocumentSection(
  report: AccountabilityReport,
  labels: ReportLabels,
  language: ReportLanguage,
): DocumentSection {
  const { applications } = report;
  const rows = applications.byOutcome.map((outcome): Cell[] => [
    labels.values.applicationStatus[outcome.status],
    { count: outcome.count },
    { amount: outcome.requestedGrant },
    { amount: outcome.approvedAmount },
  ]);
  const { amended, submittedEarlier } = applications;
  const notes = [labels.applications.requestedNote];
  if (submittedEarlier.count > 0) {
    notes.push(
      labels.applications.earlierNote(
        submittedEarlier.count,
        formatReportAmount(submittedEarlier.requestedGrant, language),
      ),
    );
  }
  if (amended.count > 0) {
    notes.push(
      labels.applications.amendedNote(
        amended.count,
        formatReportAmount(amended.requestedGrantBefore, language),
        formatReportAmount(amended.requestedGrantAfter, language),
      ),
    );
  }
  return {
    title: labels.sections.applications,
    blocks: [
      {
        kind: 'facts',
        rows: [
          [labels.applications.submitted, { count: applications.submittedCount }],
          [labels.applications.submittedRequested, { amount: applications.submittedRequestedGrant }],
        ],
      },
      table(
        [
          column(labels.columns.status, 'left', 2),
          column(labels.columns.count, 'right'),
          column(labels.columns.requested, 'right'),
          column(labels.columns.approved, 'right'),
        ],
        rows,
        {
          title: labels.applications.byOutcome,
          totals: [
            labels.total,
            { count: applications.totals.count },
            { amount: applications.totals.requestedGrant },
            { amount: applications.totals.approvedAmount },
          ],
          emptyText: labels.emptyList,
          notes,
        },
      ),
    ],
  };
}

// 5. Jury decisions

/** The date a decision is listed under, as the report's dates say. */
function decisionDate(decision: DecisionEntry, basis: DateBasis): string {
  return basis === 'meeting-date' ? decision.meetingDate : decision.decidedAt;
}

function decisionRow(decision: DecisionEntry, labels: ReportLabels, basis: DateBasis): Cell[] {
  const quorum =
    decision.quorumRequired === null
      ? labels.decisions.noVote
      : labels.decisions.quorumText(
          decision.quorumPresentCount ?? 0,
          decision.quorumRequired,
          decision.memberCount ?? 0,
        );
  const recused = decision.recused.map((member) =>
    member.reason.length === 0 ? member.name : `${member.name} (${member.reason})`,
  );
  const amount = decision.approvedAmount;
  return [
    { date: decisionDate(decision, basis) },
    `${decision.title} – ${decision.applicant}`,
    labels.values.outcome[decision.outcome],
    decision.quorumRequired === null
      ? labels.none
      : `${decision.tally.yes} / ${decision.tally.no} / ${decision.tally.abstain}`,
    quorum,
    recused.length === 0 ? labels.none : recused.join(', '),
    amount === null ? labels.none : { amount },
  ];
}

export function decisionsDocumentSection(
  report: AccountabilityReport,
  labels: ReportLabels,
  language: ReportLanguage,
): DocumentSection {
  const basis = report.dates.decisions;
  return {
    title: labels.sections.decisions,
    blocks: [
      table(
        [
          column(labels.columns.meetingDate, 'left', 1.1),
          column(labels.columns.application, 'left', 2.6),
          column(labels.columns.outcome, 'left', 1.1),
          column(labels.columns.votes, 'left', 1.1),
          column(labels.columns.quorum, 'left', 1.1),
          column(labels.columns.recused, 'left', 1.9),
          column(labels.columns.decidedAmount, 'right', 1.1),
        ],
        report.decisions.map((decision) => decisionRow(decision, labels, basis)),
        {
          totals: [
            countedTotal(labels, report.decisionTotals.count),
            ...Array.from({ length: 5 }, (): Cell => ''),
            { amount: report.decisionTotals.approvedAmount },
          ],
          emptyText: labels.decisions.empty,
          notes: [dateNote(labels, basis), labels.decisions.explanation],
        },
      ),
      attendanceTable(report, labels, language),
    ],
  };
}

/**
 * Who was present, once per meeting: the members present are the same for every decision of a meeting
 * as a rule, so listing them with each decision repeats a dozen names a dozen times. Where a meeting's
 * decisions had different members present (one left early), each list is shown with its decisions.
 */
function attendanceTable(
  report: AccountabilityReport,
  labels: ReportLabels,
  language: ReportLanguage,
): TableBlock {
  const meetings = new Map<string, { date: string; lists: Map<string, DecisionEntry[]> }>();
  for (const decision of report.decisions) {
    if (decision.present.length === 0) continue;
    const meeting = meetings.get(decision.meetingId) ?? { date: decision.meetingDate, lists: new Map() };
    meetings.set(decision.meetingId, meeting);
    const key = decision.present.map((member) => member.memberId).join('\u0000');
    meeting.lists.set(key, [...(meeting.lists.get(key) ?? []), decision]);
  }
  const rows: Cell[][] = [];
  for (const meeting of meetings.values()) {
    for (const decisions of meeting.lists.values()) {
      const when = formatReportDate(meeting.date, language);
      const present = decisions[0].present;
      rows.push([
        meeting.lists.size === 1
          ? when
          : `${when}: ${decisions.map((decision) => decision.title).join(', ')}`,
        present.map((member) => member.name).join(', '),
        { count: present.length },
      ]);
    }
  }
  return table(
    [
      column(labels.columns.meeting, 'left', 1.4),
      column(labels.columns.present, 'left', 5.6),
      column(labels.columns.count, 'right', 0.8),
    ],
    rows,
    { title: labels.decisions.attendanceTitle, emptyText: labels.emptyList },
  );
}

// 6.–8. Grants, payouts, open commitments

/**
 * A list of money: the list's own columns, then (in a fund that holds private money) the public and
 * private part, then the list's amount columns; a totals row under the amounts.
 */
function moneyList<Entry extends SplitAmount>(
  report: AccountabilityReport,
  labels: ReportLabels,
  spec: {
    readonly leading: readonly Column[];
    readonly amounts: readonly Column[];
    readonly entries: readonly Entry[];
    readonly leadingCells: (entry: Entry) => Cell[];
    readonly amountCells: (entry: Entry) => Cell[];
    readonly totals: ListTotals;
    readonly totalAmounts: Cell[];
    readonly identities: (firstAmount: number) => RowIdentity[];
    readonly notes: readonly string[];
  },
): TableBlock {
  const both = holdsPrivateMoney(report);
  const split = both ? [column(labels.columns.public, 'right'), column(labels.columns.private, 'right')] : [];
  const splitCells = (split: Pick<SplitAmount, 'publicPart' | 'privatePart'>): Cell[] =>
    both ? [{ amount: split.publicPart }, { amount: split.privatePart }] : [];
  const leadingCount = spec.leading.length;
  const firstAmount = leadingCount + split.length;
  const blanks = Array.from({ length: leadingCount - 1 }, (): Cell => '');
  return table(
    [...spec.leading, ...split, ...spec.amounts],
    spec.entries.map((entry) => [
      ...spec.leadingCells(entry),
      ...splitCells(entry),
      ...spec.amountCells(entry),
    ]),
    {
      totals: [
        countedTotal(labels, spec.totals.count),
        ...blanks,
        ...splitCells(spec.totals),
        ...spec.totalAmounts,
      ],
      emptyText: labels.emptyList,
      notes: spec.notes,
      rowIdentities: [
        ...(both ? [sumOfColumns(firstAmount, [leadingCount, leadingCount + 1])] : []),
        ...spec.identities(firstAmount),
      ],
    },
  );
}

export function grantsDocumentSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  const { totals } = report.grants;
  return {
    title: labels.sections.grants,
    blocks: [
      moneyList(report, labels, {
        leading: [
          column(labels.columns.date, 'left', 1.1),
          column(labels.columns.grant, 'left', 2.8),
          column(labels.columns.status, 'left', 1.4),
        ],
        amounts: [
          column(labels.columns.granted, 'right'),
          column(labels.columns.paid, 'right'),
          column(labels.columns.released, 'right'),
          column(labels.columns.openAtEnd, 'right'),
        ],
        entries: report.grants.issued,
        leadingCells: (grant) => [
          { date: grant.noticeDate },
          `${grant.title} – ${grant.applicant}`,
          labels.values.grantStatus[grant.status],
        ],
        amountCells: (grant) => [
          { amount: grant.amount },
          { amount: grant.paidAtEnd },
          { amount: grant.releasedAtEnd },
          { amount: grant.openCommitmentAtEnd },
        ],
        totals,
        totalAmounts: [
          { amount: totals.amount },
          { amount: totals.paidAtEnd },
          { amount: totals.releasedAtEnd },
          { amount: totals.openCommitmentAtEnd },
        ],
        identities: (first) => [sumOfColumns(first, [first + 1, first + 2, first + 3])],
        notes: [dateNote(labels, report.dates.grants), labels.grants.rule],
      }),
    ],
  };
}

export function payoutsDocumentSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  const { totals } = report.payouts;
  return {
    title: labels.sections.payouts,
    blocks: [
      moneyList(report, labels, {
        leading: [
          column(labels.columns.valueDate, 'left', 1.1),
          column(labels.columns.payoutKind, 'left', 1),
          column(labels.columns.grant, 'left', 3.5),
        ],
        amounts: [column(labels.columns.amount, 'right')],
        entries: report.payouts.entries,
        leadingCells: (payout) => [
          { date: payout.valueDate },
          labels.values.payoutKind[payout.kind],
          payout.title,
        ],
        amountCells: (payout) => [{ amount: payout.amount }],
        totals,
        totalAmounts: [{ amount: totals.amount }],
        identities: () => [],
        notes: [dateNote(labels, report.dates.payouts), labels.payouts.totalNote],
      }),
    ],
  };
}

export function openCommitmentsDocumentSection(
  report: AccountabilityReport,
  labels: ReportLabels,
): DocumentSection {
  const { totals } = report.openCommitments;
  return {
    title: labels.sections.openCommitments,
    blocks: [
      moneyList(report, labels, {
        leading: [
          column(labels.columns.date, 'left', 1.1),
          column(labels.columns.grant, 'left', 3.2),
          column(labels.columns.status, 'left', 1.5),
        ],
        amounts: [column(labels.columns.amount, 'right')],
        entries: report.openCommitments.entries,
        leadingCells: (entry) => [
          { date: entry.noticeDate },
          entry.title,
          labels.values.grantStatus[entry.status],
        ],
        amountCells: (entry) => [{ amount: entry.amount }],
        totals,
        totalAmounts: [{ amount: totals.amount }],
        identities: () => [],
        notes: [dateNote(labels, report.dates.openCommitments), labels.openCommitments.totalNote],
      }),
    ],
  };
}

// 9. Revocations and repayments

export function clawbacksDocumentSection(
  report: AccountabilityReport,
  labels: ReportLabels,
): DocumentSection {
  const { clawbacks } = report;
  const revocationRows = clawbacks.revocations.map((revocation): Cell[] => [
    { date: revocation.noticeDate },
    revocation.title,
    revocation.reason,
  ]);
  const repaymentRows = clawbacks.repayments.map((repayment): Cell[] => [
    repayment.title,
    { amount: repayment.principal },
    { amount: repayment.interest },
    { amount: repayment.due },
    { amount: repayment.receivedBeforePeriod },
    { amount: repayment.receivedInPeriod },
    { amount: repayment.outstandingAtEnd },
  ]);
  const { totals } = clawbacks;
  return {
    title: labels.sections.clawbacks,
    blocks: [
      table(
        [
          column(labels.columns.date, 'left', 1),
          column(labels.columns.grant, 'left', 2.5),
          column(labels.columns.reason, 'left', 3.5),
        ],
        revocationRows,
        {
          title: labels.clawbacks.revocations,
          emptyText: labels.emptyList,
          notes: [dateNote(labels, report.dates.revocations)],
        },
      ),
      table(
        [
          column(labels.columns.grant, 'left', 2.2),
          column(labels.columns.principal, 'right'),
          column(labels.columns.interest, 'right'),
          column(labels.columns.due, 'right'),
          column(labels.columns.repaidBefore, 'right'),
          column(labels.columns.repaidInPeriod, 'right'),
          column(labels.columns.outstanding, 'right'),
        ],
        repaymentRows,
        {
          title: labels.clawbacks.repayments,
          totals: [
            countedTotal(labels, clawbacks.repayments.length),
            { amount: totals.principal },
            { amount: totals.interest },
            { amount: totals.due },
            { amount: totals.receivedBeforePeriod },
            { amount: totals.receivedInPeriod },
            { amount: totals.outstandingAtEnd },
          ],
          emptyText: labels.emptyList,
          notes: [labels.clawbacks.rule],
          rowIdentities: [sumOfColumns(3, [1, 2]), sumOfColumns(3, [4, 5, 6])],
        },
      ),
    ],
  };
}
