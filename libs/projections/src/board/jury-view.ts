/** The jury as the board shows it: every member ever appointed, in order of appointment, and whether they still sit. */
import type { FundEvent, JuryGroup } from '@fund-ledger/domain';

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

export function evolveJury(members: readonly JuryMemberView[], event: FundEvent): readonly JuryMemberView[] {
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
    default:
      return members;
  }
}
