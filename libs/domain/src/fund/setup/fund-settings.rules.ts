/**
 * Validation of fund settings and their defaults. Settings come from a person opening a fund, so
 * every refusal names the setting and says what is expected.
 */
import { DomainError } from '../../decider';
import { parseAmount } from '../../money/money';
import { fractionText, isOne, parseShare, sumOfFractions } from '../../money/share';
import { canonicalTimeZone, DEFAULT_FUND_TIME_ZONE } from '../../time/business-date';
import type {
  FundingSource,
  FundSettings,
  FundSettingsInput,
  InterestDayCount,
  JuryMajorityRule,
  JuryVoting,
  JuryQuorumRule,
  JurySettings,
  MatchingModel,
  PublicFunder,
  YearEndPolicy,
} from '../fund.settings';
import {
  requireBoolean,
  requireId,
  requireInteger,
  requireList,
  requireOneOf,
  requireText,
  TEXT_LENGTH_MAX,
} from '../shared/validation';
import { everyValueOf } from '../shared/every-value-of';

export const JURY_VOTING_MODES = everyValueOf<JuryVoting>()('minuted', 'members-vote');
export const FUNDING_SOURCES = everyValueOf<FundingSource>()('urban-development-funding', 'municipal-budget');
export const MATCHING_MODELS = everyValueOf<MatchingModel>()('pooled', 'per-project');
export const YEAR_END_POLICIES = everyValueOf<YearEndPolicy>()('carry-over', 'lapse');
export const MAJORITY_RULES = everyValueOf<JuryMajorityRule>()('simple', 'two-thirds');
export const INTEREST_DAY_COUNTS = everyValueOf<InterestDayCount>()('actual/365', 'actual/360');
export const QUORUM_KINDS = everyValueOf<JuryQuorumRule['kind']>()('more-than-half', 'minimum-present');

export const DEFAULT_PUBLIC_SHARE_MAX = '0.50';
export const PUBLIC_FUNDERS_MAX = 20;
/** Ten years: longer than any earmarking period a fund's money is bound by. */
export const UNUSED_MONEY_GRACE_MONTHS_MAX = 120;
export const JURY_SIZE_MAX = 100;

const SHARE_MAX_FORMAT = /^(0|1)(\.\d{1,4})?$/;

function settingsError(field: string, message: string): DomainError {
  return new DomainError('FUND.INVALID_SETTINGS', message, 'invalid_input', field);
}

/** Fills in defaults and checks every setting; the result is what `FundOpened` and `FundSettingsChanged` carry. */
export function resolveFundSettings(input: FundSettingsInput, field = 'settings'): FundSettings {
  if (typeof input !== 'object' || input === null) throw settingsError(field, `${field} must be an object.`);
  const fundingSource = requireSetting(() =>
    requireOneOf(input.fundingSource, `${field}.fundingSource`, FUNDING_SOURCES),
  );
  const matchingModel = requireSetting(() =>
    requireOneOf(input.matchingModel, `${field}.matchingModel`, MATCHING_MODELS),
  );
  const publicMoneyInvestiveOnly = resolveInvestiveOnly(input, fundingSource, field);
  return {
    fundingSource,
    publicShareMax: resolvePublicShareMax(input.publicShareMax, `${field}.publicShareMax`),
    matchingModel,
    publicFunders: resolvePublicFunders(input.publicFunders, `${field}.publicFunders`),
    perProjectPublicCap: resolveCap(input.perProjectPublicCap, `${field}.perProjectPublicCap`),
    publicMoneyInvestiveOnly,
    yearEndPolicy: requireSetting(() =>
      requireOneOf(input.yearEndPolicy ?? 'carry-over', `${field}.yearEndPolicy`, YEAR_END_POLICIES),
    ),
    jury: resolveJury(input.jury ?? {}, `${field}.jury`),
    timeZone: resolveTimeZone(input.timeZone, `${field}.timeZone`),
    ...(input.interestDayCount === undefined
      ? {}
      : {
          interestDayCount: requireSetting(() =>
            requireOneOf(input.interestDayCount, `${field}.interestDayCount`, INTEREST_DAY_COUNTS),
          ),
        }),
    fourEyesPayments: requireSetting(() =>
      requireBoolean(input.fourEyesPayments ?? true, `${field}.fourEyesPayments`),
    ),
    juryVoting: requireSetting(() =>
      requireOneOf(input.juryVoting ?? 'minuted', `${field}.juryVoting`, JURY_VOTING_MODES),
    ),
    ...(input.unusedMoneyGraceMonths === undefined
      ? {}
      : {
          unusedMoneyGraceMonths: requireSetting(() =>
            requireInteger(
              input.unusedMoneyGraceMonths,
              `${field}.unusedMoneyGraceMonths`,
              0,
              UNUSED_MONEY_GRACE_MONTHS_MAX,
            ),
          ),
        }),
  };
}

function resolveTimeZone(value: unknown, field: string): string {
  if (value === undefined) return DEFAULT_FUND_TIME_ZONE;
  const timeZone = canonicalTimeZone(value);
  if (timeZone === null) {
    throw settingsError(field, `${field} must be an IANA time zone such as "Europe/Berlin".`);
  }
  return timeZone;
}

/** Re-labels input errors of a setting as invalid settings, keeping the field and message. */
function requireSetting<Value>(check: () => Value): Value {
  try {
    return check();
  } catch (error) {
    if (error instanceof DomainError) throw settingsError(error.field ?? 'settings', error.message);
    throw error;
  }
}

function resolveInvestiveOnly(input: FundSettingsInput, source: FundingSource, field: string): boolean {
  const investiveOnly =
    input.publicMoneyInvestiveOnly === undefined
      ? source === 'urban-development-funding'
      : requireSetting(() =>
          requireBoolean(input.publicMoneyInvestiveOnly, `${field}.publicMoneyInvestiveOnly`),
        );
  if (source === 'urban-development-funding' && !investiveOnly) {
    throw settingsError(
      `${field}.publicMoneyInvestiveOnly`,
      'Urban development funding may pay only for investive measures; only a fund paid from the municipal budget may relax this.',
    );
  }
  return investiveOnly;
}

function resolvePublicShareMax(value: unknown, field: string): string {
  const share = value ?? DEFAULT_PUBLIC_SHARE_MAX;
  if (typeof share !== 'string' || !SHARE_MAX_FORMAT.test(share) || Number(share) <= 0 || Number(share) > 1) {
    throw settingsError(
      field,
      `${field} must be a share above 0 and at most 1, like "0.50" (at most four decimals).`,
    );
  }
  return share;
}

function resolveCap(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  return requireSetting(() => parseAmount(value, field)).toFixed(2);
}

function resolvePublicFunders(value: unknown, field: string): readonly PublicFunder[] {
  const funders = requireSetting(() => requireList<PublicFunder>(value, field, PUBLIC_FUNDERS_MAX));
  if (funders.length === 0) throw settingsError(field, `${field} must name at least one public funder.`);
  const resolved = funders.map((funder, index) => resolvePublicFunder(funder, `${field}[${index}]`));
  const ids = new Set(resolved.map((funder) => funder.funderId));
  if (ids.size !== resolved.length) throw settingsError(field, `${field} must not name a funder twice.`);
  const total = sumOfFractions(resolved.map((funder) => parseShare(funder.share, field)));
  if (!isOne(total)) {
    throw settingsError(
      field,
      `The shares of ${field} must add up to exactly 1; they add up to ${fractionText(total)}.`,
    );
  }
  return resolved;
}

function resolvePublicFunder(funder: PublicFunder, field: string): PublicFunder {
  if (typeof funder !== 'object' || funder === null)
    throw settingsError(field, `${field} must be an object.`);
  const share = parseShare(funder.share, `${field}.share`);
  if (share.numerator === 0n) throw settingsError(`${field}.share`, `${field}.share must be more than 0.`);
  return {
    funderId: requireSetting(() => requireId(funder.funderId, `${field}.funderId`)),
    name: requireSetting(() => requireText(funder.name, `${field}.name`, TEXT_LENGTH_MAX.name)),
    share: funder.share,
  };
}

function resolveJury(value: Partial<JurySettings>, field: string): JurySettings {
  if (typeof value !== 'object' || value === null) throw settingsError(field, `${field} must be an object.`);
  return {
    quorum: resolveQuorum(value.quorum ?? { kind: 'more-than-half' }, `${field}.quorum`),
    majority: requireSetting(() =>
      requireOneOf(value.majority ?? 'simple', `${field}.majority`, MAJORITY_RULES),
    ),
  };
}

function resolveQuorum(value: JuryQuorumRule, field: string): JuryQuorumRule {
  const kind = requireSetting(() => requireOneOf(value?.kind, `${field}.kind`, QUORUM_KINDS));
  if (kind === 'more-than-half') return { kind };
  const count = requireSetting(() =>
    requireInteger((value as { count?: unknown }).count, `${field}.count`, 1, JURY_SIZE_MAX),
  );
  return { kind, count };
}
