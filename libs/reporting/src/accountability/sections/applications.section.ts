/**
 * Applications and the jury: how many applications arrived, where the applications dealt with in the
 * period stand at its end, and every jury decision taken in the period with its tally, quorum, the
 * members present and the members who declared a conflict of interest.
 */
import {
  applicationIdOf,
  type ApplicationView,
  type DecisionView,
  type FundEventRecord,
  type JuryMemberView,
} from '@fund-ledger/projections';
import type {
  AccountabilityReport,
  ApplicationsSection,
  DecisionEntry,
  DecisionMember,
  OutcomeCount,
  RecusedMember,
} from '../accountability-report.model';
import { AmountTotal } from '../amount-total';
import { APPLICATION_OUTCOMES, outcomeOf, type ApplicationOutcome } from '../application-outcomes';
import type { FundSnapshot } from '../fund-fold';

interface PeriodApplications {
  /** Applications with an event in the period. */
  readonly touched: ReadonlySet<string>;
  /** Applications submitted in the period, with the grant requested at submission. */
  readonly submitted: ReadonlyMap<string, string>;
  readonly amended: ReadonlySet<string>;
}

function periodApplications(records: readonly FundEventRecord[]): PeriodApplications {
  const touched = new Set<string>();
  const submitted = new Map<string, string>();
  const amended = new Set<string>();
  for (const { event } of records) {
    if (event.type === 'ApplicationSubmitted')
      submitted.set(event.data.applicationId, event.data.requestedGrant);
    else if (event.type === 'ApplicationAmended') amended.add(event.data.applicationId);
    const applicationId = applicationIdOf(event);
    if (applicationId !== null) touched.add(applicationId);
  }
  return { touched, submitted, amended };
}

/**
 * How many applications arrived and what they asked for, where the applications dealt with in the
 * period stand at its end, and what explains the difference between the two: applications submitted
 * earlier, and amendments that changed what an application asks for.
 */
export function applicationsSection(
  records: readonly FundEventRecord[],
  opening: FundSnapshot,
  closing: FundSnapshot,
): ApplicationsSection {
  const period = periodApplications(records);
  const viewAtEnd = (applicationId: string): ApplicationView => {
    const view = closing.applications.get(applicationId);
    if (view === undefined)
      throw new Error(`Application ${applicationId} is missing at the end of the period`);
    return view;
  };
  /** What the application asked for before the period's amendments: at submission, or at the period's start. */
  const requestedBefore = (applicationId: string): string => {
    const requested =
      period.submitted.get(applicationId) ?? opening.applications.get(applicationId)?.details.requestedGrant;
    if (requested === undefined) throw new Error(`Application ${applicationId} was never submitted`);
    return requested;
  };
  const submittedRequested = new AmountTotal();
  for (const requested of period.submitted.values()) submittedRequested.add(requested);
  const earlier = new AmountTotal();
  let earlierCount = 0;
  for (const applicationId of period.touched) {
    if (period.submitted.has(applicationId)) continue;
    earlierCount += 1;
    earlier.add(requestedBefore(applicationId));
  }
  const amendedBefore = new AmountTotal();
  const amendedAfter = new AmountTotal();
  for (const applicationId of period.amended) {
    amendedBefore.add(requestedBefore(applicationId));
    amendedAfter.add(viewAtEnd(applicationId).details.requestedGrant);
  }
  const byOutcome = outcomeCounts([...period.touched].map(viewAtEnd));
  return {
    submittedCount: period.submitted.size,
    submittedRequestedGrant: submittedRequested.amount,
    submittedEarlier: { count: earlierCount, requestedGrant: earlier.amount },
    amended: {
      count: period.amended.size,
      requestedGrantBefore: amendedBefore.amount,
      requestedGrantAfter: amendedAfter.amount,
    },
    byOutcome,
    totals: outcomeTotals(byOutcome),
  };
}

/** The applications counted by outcome, in the order of `APPLICATION_OUTCOMES`; outcomes without one are left out. */
function outcomeCounts(views: readonly ApplicationView[]): OutcomeCount[] {
  const tallies = new Map<
    ApplicationOutcome,
    { count: number; requested: AmountTotal; approved: AmountTotal }
  >();
  for (const view of views) {
    const outcome = outcomeOf(view);
    let tally = tallies.get(outcome);
    if (tally === undefined) {
      tally = { count: 0, requested: new AmountTotal(), approved: new AmountTotal() };
      tallies.set(outcome, tally);
    }
    tally.count += 1;
    tally.requested.add(view.details.requestedGrant);
    if (view.approvedAmount !== null) tally.approved.add(view.approvedAmount);
  }
  return APPLICATION_OUTCOMES.flatMap((status) => {
    const tally = tallies.get(status);
    return tally === undefined
      ? []
      : [
          {
            status,
            count: tally.count,
            requestedGrant: tally.requested.amount,
            approvedAmount: tally.approved.amount,
          },
        ];
  });
}

function outcomeTotals(outcomes: readonly OutcomeCount[]): ApplicationsSection['totals'] {
  const requested = new AmountTotal();
  const approved = new AmountTotal();
  let count = 0;
  for (const outcome of outcomes) {
    count += outcome.count;
    requested.add(outcome.requestedGrant);
    approved.add(outcome.approvedAmount);
  }
  return { count, requestedGrant: requested.amount, approvedAmount: approved.amount };
}

/** Every decision closed (by a vote) or deferred in the period, in the order taken. */
export function decisionEntries(records: readonly FundEventRecord[], closing: FundSnapshot): DecisionEntry[] {
  const members = new Map((closing.summary?.jury ?? []).map((member) => [member.memberId, member]));
  const entries: DecisionEntry[] = [];
  for (const { event } of records) {
    if (event.type !== 'JuryVoteClosed' && event.type !== 'ApplicationDeferred') continue;
    const view = closing.applications.get(event.data.applicationId);
    const decision = view?.decisions.find((candidate) => candidate.decisionId === event.data.decisionId);
    if (view === undefined || decision === undefined) {
      throw new Error(
        `Decision ${event.data.decisionId} is missing from application ${event.data.applicationId}`,
      );
    }
    entries.push(decisionEntry(view, decision, members));
  }
  return entries;
}

export function decisionTotals(decisions: readonly DecisionEntry[]): AccountabilityReport['decisionTotals'] {
  const approved = new AmountTotal();
  for (const decision of decisions)
    if (decision.approvedAmount !== null) approved.add(decision.approvedAmount);
  return { count: decisions.length, approvedAmount: approved.amount };
}

function decisionEntry(
  view: ApplicationView,
  decision: DecisionView,
  members: ReadonlyMap<string, JuryMemberView>,
): DecisionEntry {
  const reasons = new Map(view.conflicts.map((conflict) => [conflict.memberId, conflict.reason]));
  return {
    decisionId: decision.decisionId,
    applicationId: view.applicationId,
    title: view.details.title,
    applicant: view.details.applicant.name,
    applicantKind: view.details.applicant.kind,
    meetingId: decision.meetingId,
    meetingDate: decision.meetingDate,
    decidedAt: decision.decidedAt,
    outcome: decision.outcome,
    tally: { yes: decision.tally.yes, no: decision.tally.no, abstain: decision.tally.abstain },
    memberCount: decision.memberCount,
    quorumRequired: decision.quorumRequired,
    quorumPresentCount: decision.quorumPresentCount,
    present: decision.presentMemberIds.map((memberId) => memberOf(memberId, members)),
    recused: decision.recusedMemberIds.map((memberId): RecusedMember => ({
      ...memberOf(memberId, members),
      reason: reasons.get(memberId) ?? '',
    })),
    requestedGrant: view.details.requestedGrant,
    motionAmount: decision.motionAmount,
    approvedAmount: decision.approvedAmount,
    reason: decision.reason,
  };
}

function memberOf(memberId: string, members: ReadonlyMap<string, JuryMemberView>): DecisionMember {
  const member = members.get(memberId);
  return { memberId, name: member?.name ?? memberId, group: member?.group ?? null };
}
