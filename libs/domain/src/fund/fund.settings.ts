/**
 * The rules that differ between cities are fund settings, never constants in code. They are set
 * when the fund is opened and changed only by events, so every past decision can be explained by
 * the settings in force when it was taken.
 */
import type { DayCount } from '../interest/interest-statement';

export type FundingSource = 'urban-development-funding' | 'municipal-budget';

/**
 * `pooled`: private contributions are paid into the fund and public money is usable only as far as
 * private money received matches it. `per-project`: the applicant's own contribution is the private
 * part of each project and the fund pays at most `publicShareMax` of the project's eligible costs.
 */
export type MatchingModel = 'pooled' | 'per-project';

/** What happens to uncommitted public money when a fiscal year is closed. */
export type YearEndPolicy = 'carry-over' | 'lapse';

/** A public funder (federal, state, municipality...) and its share of every public amount. */
export interface PublicFunder {
  readonly funderId: string;
  readonly name: string;
  /** Decimal string, e.g. "0.3334"; the shares of all funders sum to exactly 1. */
  readonly share: string;
}

/**
 * How many members must be present and free of conflicts of interest for a vote to be valid:
 * more than half of the current members, or a fixed minimum (e.g. 6 of 11).
 */
export type JuryQuorumRule =
  { readonly kind: 'more-than-half' } | { readonly kind: 'minimum-present'; readonly count: number };

/** `simple`: more yes than no. `two-thirds`: at least two thirds of the yes and no votes are yes. Abstentions never count. */
export type JuryMajorityRule = 'simple' | 'two-thirds';

/**
 * How the jury's votes reach the ledger: the fund's office minutes each meeting (attendance, conflicts,
 * each member's vote or the tally of a show of hands, the decision), or each member votes with their
 * own account.
 */
export type JuryVoting = 'minuted' | 'members-vote';

export interface JurySettings {
  readonly quorum: JuryQuorumRule;
  readonly majority: JuryMajorityRule;
}

/** The complete settings of a fund, as carried by `FundOpened` and `FundSettingsChanged`. */
export interface FundSettings {
  readonly fundingSource: FundingSource;
  /** Highest share of public money in money spent, decimal string in (0, 1], e.g. "0.50". */
  readonly publicShareMax: string;
  readonly matchingModel: MatchingModel;
  /** In configured order; the order breaks ties when an amount is split to the cent. */
  readonly publicFunders: readonly PublicFunder[];
  /** Most public money one project may receive, e.g. "10000.00"; null for no cap. */
  readonly perProjectPublicCap: string | null;
  /** Public money may pay only for investive measures (the rule for urban development funding). */
  readonly publicMoneyInvestiveOnly: boolean;
  readonly yearEndPolicy: YearEndPolicy;
  readonly jury: JurySettings;
  /**
   * The IANA time zone whose calendar days are the fund's business dates ("today", value dates,
   * meeting dates). Always set by new events; settings recorded before zones were kept have none and
   * mean `Europe/Berlin`.
   */
  readonly timeZone?: string;
  /**
   * How interest on repayments counts days into years; set only when the fund says so, and
   * `actual/365` otherwise (also for settings recorded before it existed).
   */
  readonly interestDayCount?: InterestDayCount;
  /**
   * Four eyes on money leaving the fund: a payment or repayment demand is certified by one person and
   * ordered by another. Off, one person may do both and payments may be booked directly.
   */
  readonly fourEyesPayments: boolean;
  readonly juryVoting: JuryVoting;
  /**
   * How many whole months money paid out (an advance or a payout) may lie unused before it bears
   * interest (§ 49a (4) VwVfG): interest runs from the day this many months after the payment's value
   * date. Set only when the fund says so, and `DEFAULT_UNUSED_MONEY_GRACE_MONTHS` otherwise.
   */
  readonly unusedMoneyGraceMonths?: number;
}

/**
 * Twelve months: the state's rule for urban-development funding, under which these funds mostly run,
 * charges interest on money not used from the 13th month after payout. A fund bound by a shorter rule
 * sets its own.
 */
export const DEFAULT_UNUSED_MONEY_GRACE_MONTHS = 12;

/** How interest on repayments counts days into years (the interest statement's day count). */
export type InterestDayCount = DayCount;

/**
 * Settings as a command gives them: the funding source, the matching model and the funders are
 * required; everything else falls back to the defaults of `resolveFundSettings`.
 */
export interface FundSettingsInput {
  readonly fundingSource: FundingSource;
  readonly matchingModel: MatchingModel;
  readonly publicFunders: readonly PublicFunder[];
  readonly publicShareMax?: string;
  readonly perProjectPublicCap?: string | null;
  readonly publicMoneyInvestiveOnly?: boolean;
  readonly yearEndPolicy?: YearEndPolicy;
  readonly jury?: Partial<JurySettings>;
  /** Default `Europe/Berlin`. */
  readonly timeZone?: string;
  /** Default `actual/365`. */
  readonly interestDayCount?: InterestDayCount;
  readonly fourEyesPayments?: boolean;
  readonly juryVoting?: JuryVoting;
  /** Default `DEFAULT_UNUSED_MONEY_GRACE_MONTHS` (12). */
  readonly unusedMoneyGraceMonths?: number;
}
