/** The jury as the board shows it: every member ever appointed, in order of appointment, and whether they still sit. */
import { assertNever, type FundEvent, type JuryGroup } from '@fund-ledger/domain';

export interface JuryMemberView {
  readonly memberId: string;
  readonly name: string;
  readonly group: JuryGroup;
  readonly active: boolean;
  readonly appointedAt: string;
  readonly leftAt: string | null;
  /** The person appointed (see `JuryMemberAppointed`); used to check who reads, never shown on the board. */
  readonly subject: string | null;
  readonly issuer: string | null;
}

/** The jury's members after one more event; the same list when the event does not concern them. */
export function evolveJuryMembers(
  members: readonly JuryMemberView[],
  event: FundEvent,
): readonly JuryMemberView[] {
  switch (event.type) {
    case 'JuryMemberAppointed': {
      const { memberId, name, group, occurredAt, subject, issuer } = event.data;
      const appointed: JuryMemberView = {
        memberId,
        name,
        group,
        active: true,
        appointedAt: occurredAt,
        leftAt: null,
        subject: subject ?? null,
        issuer: issuer ?? null,
      };
      const others = members.filter((member) => member.memberId !== memberId);
      return [...others, appointed];
    }
    case 'JuryMemberLeft': {
      const { memberId, occurredAt } = event.data;
      if (!members.some((member) => member.memberId === memberId)) {
        throw new Error(`jury member ${memberId} left without having been appointed`);
      }
      return members.map((member) =>
        member.memberId === memberId ? { ...member, active: false, leftAt: occurredAt } : member,
      );
    }
    case 'FundOpened':
    case 'FundSettingsChanged':
    case 'FiscalYearBudgetSet':
    case 'FiscalYearClosed':
    case 'FundClosed':
    case 'PrivateContributionRecorded':
    case 'PublicContributionRecorded':
    case 'PublicContributionSplit':
    case 'ApplicationSubmitted':
    case 'ApplicationMarkedIncomplete':
    case 'ApplicationAmended':
    case 'ApplicationDeclaredEligible':
    case 'ApplicationDeclaredIneligible':
    case 'ApplicationWithdrawn':
    case 'ApplicationPutOnAgenda':
    case 'JuryAttendanceRecorded':
    case 'ConflictOfInterestDeclared':
    case 'VoteCast':
    case 'VoteCorrected':
    case 'JuryVoteClosed':
    case 'ApplicationApproved':
    case 'ApplicationRejected':
    case 'ApplicationDeferred':
    case 'GrantNoticeIssued':
    case 'AdvancePaid':
    case 'ProofOfUseSubmitted':
    case 'ProofOfUseRejected':
    case 'ProofOfUseAccepted':
    case 'PayoutMade':
    case 'GrantCommitmentReleased':
    case 'GrantClosed':
    case 'GrantExpired':
    case 'GrantRevoked':
    case 'RepaymentDemanded':
    case 'RepaymentReceived':
    case 'RepaymentSettled':
    case 'GrantPayeeRecorded':
    case 'PaymentCertified':
    case 'PaymentOrdered':
    case 'PaymentOrderWithdrawn':
    case 'PaymentOrdersExported':
    case 'JuryMeetingMinuted':
    case 'RepaymentDemandCertified':
      return members;
    default:
      return assertNever(event);
  }
}
