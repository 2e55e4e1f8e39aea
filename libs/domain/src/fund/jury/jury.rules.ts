/** Quorum and majority: when a vote is valid and when a motion carries. */
import type { JuryMajorityRule, JuryQuorumRule } from '../fund.settings';
import type { MemberVote, VoteTally } from '../fund.events';
import type { PersonIdentity } from '../fund.commands';

/** Who holds a seat on a jury, as the state and the read models record it. */
export interface SeatHolder {
  readonly subject: string | null;
  readonly issuer: string | null;
}

/**
 * Whether the person holds the seat: the same subject from the same issuer (no issuer on both sides
 * for accounts of the service's own secret). A seat recorded without a person matches nobody.
 */
export function isSeatOf(seat: SeatHolder, person: PersonIdentity): boolean {
  return seat.subject !== null && seat.subject === person.subject && seat.issuer === (person.issuer ?? null);
}

export function quorumRequired(rule: JuryQuorumRule, memberCount: number): number {
  return rule.kind === 'more-than-half' ? Math.floor(memberCount / 2) + 1 : rule.count;
}

/** Abstentions count for the quorum only: the majority is taken over yes and no votes. */
export function motionCarries(rule: JuryMajorityRule, tally: VoteTally): boolean {
  if (rule === 'simple') return tally.yes > tally.no;
  return tally.yes > 0 && tally.yes * 3 >= (tally.yes + tally.no) * 2;
}

/** Counts votes by choice: the tally of a decision, or the running tally of an open agenda item. */
export function tallyOf(votes: readonly MemberVote[]): VoteTally {
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const cast of votes) tally[cast.vote] += 1;
  return tally;
}
