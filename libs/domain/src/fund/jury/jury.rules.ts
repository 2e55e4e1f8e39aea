/** Quorum and majority: when a vote is valid and when a motion carries. */
import type { JuryMajorityRule, JuryQuorumRule } from '../fund.settings';
import type { VoteTally } from '../fund.events';
import type { OpenDecision } from '../fund.state';

export function quorumRequired(rule: JuryQuorumRule, memberCount: number): number {
  return rule.kind === 'more-than-half' ? Math.floor(memberCount / 2) + 1 : rule.count;
}

/** Abstentions count for the quorum only: the majority is taken over yes and no votes. */
export function motionCarries(rule: JuryMajorityRule, tally: VoteTally): boolean {
  if (rule === 'simple') return tally.yes > tally.no;
  return tally.yes > 0 && tally.yes * 3 >= (tally.yes + tally.no) * 2;
}

export function tallyOf(decision: OpenDecision): VoteTally {
  const count = (choice: string): number => decision.votes.filter((vote) => vote.vote === choice).length;
  return { yes: count('yes'), no: count('no'), abstain: count('abstain') };
}
