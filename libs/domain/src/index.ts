export * from './decider';
export * from './money/money';
export * from './money/allocate';
export { fractionOf, shareFraction, type Fraction } from './money/share';
export * from './fund/fund.errors';
export * from './fund/fund.settings';
export * from './fund/fund.commands';
export * from './fund/fund.events';
export * from './fund/fund.state';
export * from './fund/lifecycle/application-status';
export * from './fund/lifecycle/application-lifecycle';
export * from './fund/fund.stream';
export * from './fund/fund.decode';
export * from './fund/fund.decider';
export * from './time/business-date';
export * from './fund/fund.business-dates';
export { timeZoneOf } from './fund/shared/business-dates';
export {
  resolveFundSettings,
  DEFAULT_PUBLIC_SHARE_MAX,
  UNUSED_MONEY_GRACE_MONTHS_MAX,
  FUNDING_SOURCES,
  MATCHING_MODELS,
  YEAR_END_POLICIES,
  INTEREST_DAY_COUNTS,
  MAJORITY_RULES,
  QUORUM_KINDS,
  JURY_VOTING_MODES,
  PUBLIC_FUNDERS_MAX,
  JURY_SIZE_MAX,
} from './fund/setup/fund-settings.rules';
export { PAYMENT_KINDS } from './fund/payments/payments.decide';
export { ACCOUNT_HOLDER_LENGTH_MAX } from './fund/payments/bank-account.rules';
export { CONTRIBUTOR_KINDS } from './fund/contributions/contributions.decide';
export { APPLICANT_KINDS, MEASURE_KINDS, MEASURE_TYPES } from './fund/applications/applications.decide';
export { perProjectRuleBreaches, requireFinancingPlan } from './fund/shared/financing.rules';
export { JURY_GROUPS, VOTE_CHOICES } from './fund/jury/jury.decide';
export { IDENTITY_LENGTH_MAX } from './fund/shared/person';
export { isSeatOf, tallyOf, type SeatHolder } from './fund/jury/jury.rules';
export { TEXT_LENGTH_MAX, FISCAL_YEAR_MIN, FISCAL_YEAR_MAX } from './fund/shared/validation';
export * from './text/text-policy';
export { assertNever } from './fund/shared/assert-never';
export {
  ZERO_SPLIT,
  addSplits,
  subtractSplits,
  splitOf,
  isZeroAmount,
  withoutZeroFunderParts,
} from './fund/shared/splits';
export { EMPTY_YEAR_FIGURES, availableOf } from './fund/shared/pots';
export * from './fund/shared/money-movements';
export { BASE_RATES, type BaseRate } from './interest/base-rates';
export * from './interest/interest-statement';
export { addMonths, daysBetween } from './interest/calendar-days';
