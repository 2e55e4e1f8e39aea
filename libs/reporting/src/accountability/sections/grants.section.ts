/**
 * Grants and money out: the grant notices issued in the period, every advance and payout made in it,
 * the commitments still open at its end, and revocations with the repayments demanded and received.
 */
import { isZeroAmount } from '@fund-ledger/domain';
import {
  addAmounts,
  committedOfGrant,
  compareBySubmission,
  subtractAmounts,
  sumOfAmounts,
  ZERO_AMOUNT,
  type ApplicationView,
  type FundEventRecord,
  type GrantView,
} from '@fund-ledger/projections';
import type {
  ClawbacksSection,
  GrantEntry,
  GrantsSection,
  GrantTotals,
  ListTotals,
  OpenCommitmentEntry,
  OpenCommitmentsSection,
  PayoutEntry,
  PayoutsSection,
  RepaymentEntry,
  RevocationEntry,
  SplitAmount,
} from '../accountability-report.model';
import { AmountTotal } from '../amount-total';
import type { FundSnapshot } from '../fund-fold';

type GrantedApplication = ApplicationView & { readonly grant: GrantView };

function grantedView(snapshot: FundSnapshot, applicationId: string): GrantedApplication {
  const view = snapshot.applications.get(applicationId);
  if (view?.grant == null)
    throw new Error(`Application ${applicationId} has no grant at the end of the period`);
  return view as GrantedApplication;
}

export function totalsOf(entries: readonly SplitAmount[]): ListTotals {
  const amount = new AmountTotal();
  const publicPart = new AmountTotal();
  const privatePart = new AmountTotal();
  for (const entry of entries) {
    amount.add(entry.amount);
    publicPart.add(entry.publicPart);
    privatePart.add(entry.privatePart);
  }
  return {
    count: entries.length,
    amount: amount.amount,
    publicPart: publicPart.amount,
    privatePart: privatePart.amount,
  };
}

function grantTotals(issued: readonly GrantEntry[]): GrantTotals {
  const paid = new AmountTotal();
  const released = new AmountTotal();
  const open = new AmountTotal();
  for (const grant of issued) {
    paid.add(grant.paidAtEnd);
    released.add(grant.releasedAtEnd);
    open.add(grant.openCommitmentAtEnd);
  }
  return {
    ...totalsOf(issued),
    paidAtEnd: paid.amount,
    releasedAtEnd: released.amount,
    openCommitmentAtEnd: open.amount,
  };
}

export function grantsSection(records: readonly FundEventRecord[], closing: FundSnapshot): GrantsSection {
  const issued: GrantEntry[] = [];
  for (const { event } of records) {
    if (event.type !== 'GrantNoticeIssued') continue;
    const view = grantedView(closing, event.data.applicationId);
    const { grant } = view;
    issued.push({
      grantId: grant.grantId,
      applicationId: view.applicationId,
      title: view.details.title,
      applicant: view.details.applicant.name,
      issuedAt: grant.issuedAt,
      noticeDate: grant.noticeDate ?? grant.issuedAt.slice(0, 10),
      fiscalYear: grant.fiscalYear,
      amount: event.data.amount,
      publicPart: event.data.publicPart,
      privatePart: event.data.privatePart,
      status: grant.status,
      paidAtEnd: grant.paid.amount,
      releasedAtEnd: grant.released.amount,
      openCommitmentAtEnd: committedOfGrant(grant).amount,
    });
  }
  return { issued, totals: grantTotals(issued) };
}

export function payoutsSection(records: readonly FundEventRecord[], closing: FundSnapshot): PayoutsSection {
  const entries: PayoutEntry[] = [];
  for (const { event, recordedAt } of records) {
    if (event.type !== 'AdvancePaid' && event.type !== 'PayoutMade') continue;
    const { data } = event;
    entries.push({
      payoutId: data.payoutId,
      kind: event.type === 'AdvancePaid' ? 'advance' : 'payout',
      grantId: data.grantId,
      applicationId: data.applicationId,
      title: grantedView(closing, data.applicationId).details.title,
      valueDate: data.valueDate,
      recordedAt,
      amount: data.amount,
      publicPart: data.publicPart,
      privatePart: data.privatePart,
    });
  }
  return { entries, totals: totalsOf(entries) };
}

function grantedApplications(snapshot: FundSnapshot): GrantedApplication[] {
  return [...snapshot.applications.values()]
    .filter((view): view is GrantedApplication => view.grant !== null)
    .sort(compareBySubmission);
}

export function openCommitmentsSection(closing: FundSnapshot): OpenCommitmentsSection {
  const entries: OpenCommitmentEntry[] = [];
  for (const view of grantedApplications(closing)) {
    const committed = committedOfGrant(view.grant);
    if (isZeroAmount(committed.amount)) continue;
    entries.push({
      grantId: view.grant.grantId,
      applicationId: view.applicationId,
      title: view.details.title,
      issuedAt: view.grant.issuedAt,
      noticeDate: view.grant.noticeDate ?? view.grant.issuedAt.slice(0, 10),
      status: view.grant.status,
      amount: committed.amount,
      publicPart: committed.publicPart,
      privatePart: committed.privatePart,
    });
  }
  return { entries, totals: totalsOf(entries) };
}

export function clawbacksSection(
  records: readonly FundEventRecord[],
  closing: FundSnapshot,
): ClawbacksSection {
  const revocations: RevocationEntry[] = [];
  const receivedInPeriod = new Map<string, string>();
  const demandedInPeriod = new AmountTotal();
  for (const { event } of records) {
    if (event.type === 'GrantRevoked') {
      const view = grantedView(closing, event.data.applicationId);
      const { grantId, applicationId, reason, occurredAt, noticeDate } = event.data;
      revocations.push({
        grantId,
        applicationId,
        title: view.details.title,
        revokedAt: occurredAt,
        noticeDate: noticeDate ?? occurredAt.slice(0, 10),
        reason,
      });
    } else if (event.type === 'RepaymentDemanded') {
      demandedInPeriod.add(event.data.amount);
      const { applicationId } = event.data;
      receivedInPeriod.set(applicationId, receivedInPeriod.get(applicationId) ?? ZERO_AMOUNT);
    } else if (event.type === 'RepaymentReceived') {
      const { applicationId, amount } = event.data;
      receivedInPeriod.set(
        applicationId,
        addAmounts(receivedInPeriod.get(applicationId) ?? ZERO_AMOUNT, amount),
      );
    }
  }
  const repayments = repaymentEntries(closing, receivedInPeriod);
  return {
    revocations,
    repayments,
    totals: { ...repaymentTotals(repayments), demandedInPeriod: demandedInPeriod.amount },
  };
}

type RepaymentFigure = Exclude<keyof ClawbacksSection['totals'], 'demandedInPeriod'>;

function repaymentTotals(repayments: readonly RepaymentEntry[]): Record<RepaymentFigure, string> {
  const total = (figure: RepaymentFigure) => sumOfAmounts(repayments.map((repayment) => repayment[figure]));
  return {
    principal: total('principal'),
    interest: total('interest'),
    due: total('due'),
    receivedBeforePeriod: total('receivedBeforePeriod'),
    receivedInPeriod: total('receivedInPeriod'),
    outstandingAtEnd: total('outstandingAtEnd'),
  };
}

/** Grants with a repayment demanded or received in the period, or still owing at its end, in order of submission. */
function repaymentEntries(
  closing: FundSnapshot,
  receivedInPeriod: ReadonlyMap<string, string>,
): RepaymentEntry[] {
  const entries: RepaymentEntry[] = [];
  for (const view of grantedApplications(closing)) {
    const { repayment } = view.grant;
    if (repayment === null) continue;
    const outstanding = subtractAmounts(repayment.due.amount, repayment.received.amount);
    const inPeriod = receivedInPeriod.get(view.applicationId);
    if (inPeriod === undefined && isZeroAmount(outstanding)) continue;
    const received = inPeriod ?? ZERO_AMOUNT;
    entries.push({
      grantId: view.grant.grantId,
      applicationId: view.applicationId,
      title: view.details.title,
      principal: repayment.principal,
      interest: repayment.interest,
      due: repayment.due.amount,
      receivedBeforePeriod: subtractAmounts(repayment.received.amount, received),
      receivedInPeriod: received,
      receivedAtEnd: repayment.received.amount,
      outstandingAtEnd: outstanding,
      settled: repayment.settled,
    });
  }
  return entries;
}
