/**
 * Applications and the jury: how many applications arrived, where the applications dealt with in the
 * period stand at its end, and every jury decision taken in the period with its tally, quorum, the
 * members present and the members who declared a conflict of interest.
 */
import type { ApplicationStatus } from '@fund-ledger/domain';
import {
  addAmounts,
  applicationIdOf,
  ZERO_AMOUNT,
  type ApplicationView,
  type DecisionView,
  type FundEventRecord,
  type JuryMemberView,
} from '@fund-ledger/projections';
import type {
  ApplicationsSection,
  DecisionEntry,
  DecisionMember,
  OutcomeCount,
  RecusedMember,
} from '../accountability-report.model';
import type { FundSnapshot } from '../fund-fold';

/** The order in which outcomes are listed: along the application process. */
const STATUS_ORDER: readonly ApplicationStatus[] = [
  'submitted',
  'incomplete',
  'eligible',
  'ineligible',
  'on-agenda',
  'deferred',
  'approved',
  'granted',
  'rejected',
  'withdrawn',
];

export function applicationsSection(
  records: readonly FundEventRecord[],
  closing: FundSnapshot,
): ApplicationsSection {
  let submittedCount = 0;
  let submittedRequestedGrant = ZERO_AMOUNT;
  const touched = new Set<string>();
  for (const { event } of records) {
    if (event.type === 'ApplicationSubmitted') {
      submittedCount += 1;
      submittedRequestedGrant = addAmounts(submittedRequestedGrant, event.data.requestedGrant);
    }
    const applicationId = applicationIdOf(event);
    if (applicationId !== null) touched.add(applicationId);
  }
  const outcomes = new Map<ApplicationStatus, OutcomeCount>();
  for (const applicationId of touched) {
    const view = closing.applications.get(applicationId);
    if (view !== undefined) countOutcome(outcomes, view);
  }
  return {
    submittedCount,
    submittedRequestedGrant,
    byOutcome: STATUS_ORDER.flatMap((status) => {
      const outcome = outcomes.get(status);
      return outcome === undefined ? [] : [outcome];
    }),
  };
}

function countOutcome(outcomes: Map<ApplicationStatus, OutcomeCount>, view: ApplicationView): void {
  const outcome = outcomes.get(view.status) ?? {
    status: view.status,
    count: 0,
    requestedGrant: ZERO_AMOUNT,
    approvedAmount: ZERO_AMOUNT,
  };
  outcomes.set(view.status, {
    status: view.status,
    count: outcome.count + 1,
    requestedGrant: addAmounts(outcome.requestedGrant, view.details.requestedGrant),
    approvedAmount: addAmounts(outcome.approvedAmount, view.approvedAmount ?? ZERO_AMOUNT),
  });
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
