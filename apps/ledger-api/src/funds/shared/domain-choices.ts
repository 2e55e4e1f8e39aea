import type {
  ApplicantKind,
  ContributorKind,
  FundingSource,
  JuryGroup,
  JuryMajorityRule,
  JuryVoting,
  MatchingModel,
  MeasureKind,
  MeasureType,
  PaymentKind,
  VoteChoice,
  YearEndPolicy,
  InterestDayCount,
} from '@fund-ledger/domain';

/**
 * Lists every value of a union of strings, checked by the compiler in both directions: a value the
 * domain does not know is an error, and so is a value of the domain the list leaves out. The edge
 * validates choices against these lists, so they can never drift from the domain's types.
 */
function everyValueOf<Union extends string>() {
  return <const Values extends readonly Union[]>(
    ...values: Values & ([Union] extends [Values[number]] ? unknown : never)
  ): readonly Union[] => values;
}

export const FUNDING_SOURCES = everyValueOf<FundingSource>()('urban-development-funding', 'municipal-budget');
export const MATCHING_MODELS = everyValueOf<MatchingModel>()('pooled', 'per-project');
export const YEAR_END_POLICIES = everyValueOf<YearEndPolicy>()('carry-over', 'lapse');
export const INTEREST_DAY_COUNTS = everyValueOf<InterestDayCount>()('actual/365', 'actual/360');
export const MAJORITY_RULES = everyValueOf<JuryMajorityRule>()('simple', 'two-thirds');
export const JURY_VOTING_MODES = everyValueOf<JuryVoting>()('minuted', 'members-vote');
export const QUORUM_KINDS = ['more-than-half', 'minimum-present'] as const;
export const PAYMENT_KINDS = everyValueOf<PaymentKind>()('advance', 'payout');

export const CONTRIBUTOR_KINDS = everyValueOf<ContributorKind>()(
  'business',
  'property-owner',
  'business-improvement-district',
  'association',
  'resident',
  'sponsor',
  'other',
);

export const APPLICANT_KINDS = everyValueOf<ApplicantKind>()(
  'business',
  'property-owner',
  'association',
  'resident',
  'social-institution',
  'club',
  'other',
);

export const MEASURE_TYPES = everyValueOf<MeasureType>()('investive', 'non-investive');

export const MEASURE_KINDS = everyValueOf<MeasureKind>()(
  'street-furniture',
  'lighting',
  'planting',
  'signage',
  'art-in-public-space',
  'event',
  'marketing',
  'workshop',
  'other',
);

export const JURY_GROUPS = everyValueOf<JuryGroup>()('private-actor', 'administration', 'politics');
export const VOTE_CHOICES = everyValueOf<VoteChoice>()('yes', 'no', 'abstain');

/** The message of a refused choice: names the field and every value it accepts. */
export function choiceMessage(choices: readonly string[]) {
  return ({ property }: { property: string }): string => `${property} must be one of: ${choices.join(', ')}`;
}
