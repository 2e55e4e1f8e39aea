/**
 * The list sections of the report document: applications by outcome, jury decisions, grants, payouts,
 * open commitments, revocations and repayments.
 */
import type {
  AccountabilityReport,
  DecisionEntry,
  ListTotals,
  SplitAmount,
} from '../accountability/accountability-report.model';
import {
  column,
  table,
  type Cell,
  type Column,
  type DocumentSection,
  type TableBlock,
} from './report-document.blocks';
import type { ReportLabels } from './report-labels';

function splitTotals(totals: ListTotals, labels: ReportLabels, leadingCells: number): Cell[] {
  const blanks: Cell[] = Array.from({ length: leadingCells - 1 }, () => '');
  return [
    `${labels.total} (${totals.count})`,
    ...blanks,
    { amount: totals.publicPart },
    { amount: totals.privatePart },
    { amount: totals.amount },
  ];
}

/**
 * A list of money split by pot: the list's own columns, then the public part, the private part and the
 * whole amount, with a totals row whose figures stand under those last three columns.
 */
function splitAmountTable<Entry extends SplitAmount>(
  leadingColumns: readonly Column[],
  entries: readonly Entry[],
  leadingCells: (entry: Entry) => Cell[],
  totals: ListTotals,
  labels: ReportLabels,
): TableBlock {
  const columns = [
    ...leadingColumns,
    column(labels.columns.public, 'right'),
    column(labels.columns.private, 'right'),
    column(labels.columns.amount, 'right'),
  ];
  const rows = entries.map((entry): Cell[] => [
    ...leadingCells(entry),
    { amount: entry.publicPart },
    { amount: entry.privatePart },
    { amount: entry.amount },
  ]);
  return table(columns, rows, {
    totals: splitTotals(totals, labels, leadingColumns.length),
    emptyText: labels.emptyList,
  });
}

export function applicationsSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  const { applications } = report;
  const rows = applications.byOutcome.map((outcome): Cell[] => [
    labels.values.applicationStatus[outcome.status],
    { count: outcome.count },
    { amount: outcome.requestedGrant },
    { amount: outcome.approvedAmount },
  ]);
  return {
    title: labels.sections.applications,
    blocks: [
      {
        kind: 'facts',
        rows: [
          [labels.applications.submitted, { count: applications.submittedCount }],
          [labels.columns.requested, { amount: applications.submittedRequestedGrant }],
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
        { title: labels.applications.byOutcome, emptyText: labels.emptyList },
      ),
    ],
  };
}

function memberList(members: readonly { name: string }[], labels: ReportLabels): string {
  return members.length === 0 ? labels.none : members.map((member) => member.name).join(', ');
}

function decisionRow(decision: DecisionEntry, labels: ReportLabels): Cell[] {
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
    { date: decision.decidedAt },
    `${decision.title} – ${decision.applicant}`,
    labels.values.outcome[decision.outcome],
    `${decision.tally.yes} / ${decision.tally.no} / ${decision.tally.abstain}`,
    quorum,
    memberList(decision.present, labels),
    recused.length === 0 ? labels.none : recused.join(', '),
    amount === null ? labels.none : { amount },
  ];
}

export function decisionsSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  return {
    title: labels.sections.decisions,
    blocks: [
      table(
        [
          column(labels.columns.date, 'left', 1.2),
          column(labels.columns.application, 'left', 2.2),
          column(labels.columns.outcome, 'left', 1.3),
          column(labels.columns.votes, 'left', 0.9),
          column(labels.columns.quorum, 'left', 1.1),
          column(labels.columns.present, 'left', 2.55),
          column(labels.columns.recused, 'left', 1.55),
          column(labels.columns.decidedAmount, 'right', 1.2),
        ],
        report.decisions.map((decision) => decisionRow(decision, labels)),
        { emptyText: labels.decisions.empty },
      ),
      { kind: 'paragraph', text: labels.decisions.explanation },
    ],
  };
}

export function grantsSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  return {
    title: labels.sections.grants,
    blocks: [
      splitAmountTable(
        [
          column(labels.columns.date, 'left', 1.1),
          column(labels.columns.grant, 'left', 3),
          column(labels.columns.status, 'left', 1.4),
          column(labels.columns.paidAtEnd, 'right'),
          column(labels.columns.openAtEnd, 'right'),
        ],
        report.grants.issued,
        (grant) => [
          { date: grant.issuedAt },
          `${grant.title} – ${grant.applicant} (${grant.grantId})`,
          labels.values.grantStatus[grant.status],
          { amount: grant.paidAtEnd },
          { amount: grant.openCommitmentAtEnd },
        ],
        report.grants.totals,
        labels,
      ),
    ],
  };
}

export function payoutsSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  return {
    title: labels.sections.payouts,
    blocks: [
      splitAmountTable(
        [
          column(labels.columns.valueDate, 'left', 1.1),
          column(labels.columns.payoutKind, 'left', 1),
          column(labels.columns.grant, 'left', 3.5),
        ],
        report.payouts.entries,
        (payout) => [
          { date: payout.valueDate },
          labels.values.payoutKind[payout.kind],
          `${payout.title} (${payout.grantId})`,
        ],
        report.payouts.totals,
        labels,
      ),
    ],
  };
}

export function openCommitmentsSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  return {
    title: labels.sections.openCommitments,
    blocks: [
      splitAmountTable(
        [
          column(labels.columns.date, 'left', 1.1),
          column(labels.columns.grant, 'left', 3.2),
          column(labels.columns.status, 'left', 1.5),
        ],
        report.openCommitments.entries,
        (entry) => [
          { date: entry.issuedAt },
          `${entry.title} (${entry.grantId})`,
          labels.values.grantStatus[entry.status],
        ],
        report.openCommitments.totals,
        labels,
      ),
    ],
  };
}

export function clawbacksSection(report: AccountabilityReport, labels: ReportLabels): DocumentSection {
  const { clawbacks } = report;
  const revocationRows = clawbacks.revocations.map((revocation): Cell[] => [
    { date: revocation.revokedAt },
    `${revocation.title} (${revocation.grantId})`,
    revocation.reason,
  ]);
  const repaymentRows = clawbacks.repayments.map((repayment): Cell[] => [
    `${repayment.title} (${repayment.grantId})`,
    { amount: repayment.principal },
    { amount: repayment.interest },
    { amount: repayment.due },
    { amount: repayment.receivedInPeriod },
    { amount: repayment.outstandingAtEnd },
  ]);
  return {
    title: labels.sections.clawbacks,
    blocks: [
      table(
        [
          column(labels.columns.date, 'left', 1),
          column(labels.columns.grant, 'left', 3),
          column(labels.columns.reason, 'left', 3),
        ],
        revocationRows,
        { title: labels.clawbacks.revocations, emptyText: labels.emptyList },
      ),
      table(
        [
          column(labels.columns.grant, 'left', 3),
          column(labels.columns.principal, 'right'),
          column(labels.columns.interest, 'right'),
          column(labels.columns.due, 'right'),
          column(labels.columns.receivedInPeriod, 'right'),
          column(labels.columns.outstanding, 'right'),
        ],
        repaymentRows,
        { title: labels.clawbacks.repayments, emptyText: labels.emptyList },
      ),
      {
        kind: 'facts',
        rows: [
          [labels.clawbacks.demandedInPeriod, { amount: clawbacks.totals.demandedInPeriod }],
          [labels.clawbacks.receivedInPeriod, { amount: clawbacks.totals.receivedInPeriod }],
          [labels.clawbacks.outstandingAtEnd, { amount: clawbacks.totals.outstandingAtEnd }],
        ],
      },
    ],
  };
}
