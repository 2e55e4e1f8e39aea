/** Opening a fund, changing its settings, setting fiscal-year budgets, closing years and the fund. */
import { DomainError } from '../../decider';
import { formatAmount, minMoney, Money, parseAmount, clampAtZero } from '../../money/money';
import type {
  ChangeFundSettings,
  CloseFiscalYear,
  CloseFund,
  FundSetupCommand,
  OpenFund,
  SetFiscalYearBudget,
} from '../fund.commands';
import type { FiscalYearClosed, FundEvent } from '../fund.events';
import type { FundState } from '../fund.state';
import { assertNever } from '../shared/assert-never';
import { eventBase, type OpenFundState } from '../shared/guards';
import { availableOf, fundBalances, funderAvailability, hasOpenCommitments, yearState } from '../shared/pots';
import { allocateAmongFunders } from '../shared/splits';
import { fiscalYearOfBusinessDate } from '../../time/business-date';
import { correctsField, requireNotBefore, resolveBusinessDate, todayOf } from '../shared/business-dates';
import {
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
  requireInteger,
  requireText,
  TEXT_LENGTH_MAX,
} from '../shared/validation';
import { resolveFundSettings } from './fund-settings.rules';

export function decideOpenFund(command: OpenFund, state: FundState): readonly FundEvent[] {
  if (state.status !== 'not-opened') {
    throw new DomainError(
      'FUND.ALREADY_OPEN',
      `Fund ${command.fundId} has already been opened.`,
      'conflict',
      'fundId',
    );
  }
  return [
    {
      type: 'FundOpened',
      data: {
        ...eventBase(command),
        name: requireText(command.name, 'name', TEXT_LENGTH_MAX.name),
        area: requireText(command.area, 'area', TEXT_LENGTH_MAX.name),
        settings: resolveFundSettings(command.settings),
      },
    },
  ];
}

export function decideFundSetup(
  command: Exclude<FundSetupCommand, OpenFund>,
  fund: OpenFundState,
): readonly FundEvent[] {
  switch (command.type) {
    case 'ChangeFundSettings':
      return decideChangeFundSettings(command, fund);
    case 'SetFiscalYearBudget':
      return decideSetFiscalYearBudget(command, fund);
    case 'CloseFiscalYear':
      return decideCloseFiscalYear(command, fund);
    case 'CloseFund':
      return decideCloseFund(command, fund);
    default:
      return assertNever(command);
  }
}

function decideChangeFundSettings(command: ChangeFundSettings, fund: OpenFundState): readonly FundEvent[] {
  const settings = resolveFundSettings(command.settings);
  const moneyHasMoved = fund.contributionIds.size > 0 || fund.grants.size > 0;
  if (settings.matchingModel !== fund.settings.matchingModel && moneyHasMoved) {
    throw new DomainError(
      'FUND.MATCHING_MODEL_LOCKED',
      'The matching model cannot change once contributions or grants have been recorded: past matching would no longer add up.',
      'conflict',
      'settings.matchingModel',
    );
  }
  const effectiveDate = resolveBusinessDate(fund, command, command.effectiveDate, 'effectiveDate');
  requireNotBefore(
    effectiveDate,
    fund.settingsEffectiveDate,
    'effectiveDate',
    'the previous settings change',
  );
  return [
    {
      type: 'FundSettingsChanged',
      data: { ...eventBase(command), settings, effectiveDate, ...correctsField(command.corrects) },
    },
  ];
}

function requireFiscalYear(value: unknown): number {
  return requireInteger(value, 'fiscalYear', FISCAL_YEAR_MIN, FISCAL_YEAR_MAX);
}

function decideSetFiscalYearBudget(command: SetFiscalYearBudget, fund: OpenFundState): readonly FundEvent[] {
  const fiscalYear = requireFiscalYear(command.fiscalYear);
  const publicBudget = parseAmount(command.publicBudget, 'publicBudget', { allowZero: true });
  const year = yearState(fund, fiscalYear);
  if (year.closed) {
    throw new DomainError(
      'FISCAL_YEAR.CLOSED',
      `Fiscal year ${fiscalYear} is closed.`,
      'conflict',
      'fiscalYear',
    );
  }
  if (publicBudget.lt(year.figures.publicReceived)) {
    throw new DomainError(
      'FISCAL_YEAR.BUDGET_BELOW_RECEIVED',
      `The public budget for ${fiscalYear} cannot be ${publicBudget.toFixed(2)} EUR: ${year.figures.publicReceived} EUR of public money has already been received for that year.`,
      'rule_violated',
      'publicBudget',
    );
  }
  return [
    {
      type: 'FiscalYearBudgetSet',
      data: { ...eventBase(command), fiscalYear, publicBudget: formatAmount(publicBudget) },
    },
  ];
}

function decideCloseFiscalYear(command: CloseFiscalYear, fund: OpenFundState): readonly FundEvent[] {
  const fiscalYear = requireFiscalYear(command.fiscalYear);
  const year = yearState(fund, fiscalYear);
  if (year.publicBudget === null) {
    throw new DomainError(
      'FISCAL_YEAR.NO_BUDGET',
      `No budget was set for fiscal year ${fiscalYear}.`,
      'not_found',
      'fiscalYear',
    );
  }
  if (year.closed) {
    throw new DomainError(
      'FISCAL_YEAR.CLOSED',
      `Fiscal year ${fiscalYear} is already closed.`,
      'conflict',
      'fiscalYear',
    );
  }
  if (fiscalYearOfBusinessDate(todayOf(fund, command)) <= fiscalYear) {
    throw new DomainError(
      'FISCAL_YEAR.NOT_ENDED',
      `Fiscal year ${fiscalYear} can be closed only after it has ended.`,
      'rule_violated',
      'fiscalYear',
    );
  }
  return [
    { type: 'FiscalYearClosed', data: { ...eventBase(command), ...yearClosingFigures(fund, fiscalYear) } },
  ];
}

/**
 * Under the `lapse` policy, the public money received for the year and not committed during it
 * lapses, as far as it is still available; commitments stay, and private money always carries over.
 */
function yearClosingFigures(
  fund: OpenFundState,
  fiscalYear: number,
): Omit<FiscalYearClosed['data'], 'fundId' | 'occurredAt'> {
  const { figures } = yearState(fund, fiscalYear);
  const publicAvailable = availableOf(fund.publicPot);
  const uncommittedOfYear = clampAtZero(new Money(figures.publicReceived).minus(figures.publicCommitted));
  const lapsed =
    fund.settings.yearEndPolicy === 'lapse' ? minMoney(publicAvailable, uncommittedOfYear) : new Money(0);
  return {
    fiscalYear,
    yearEndPolicy: fund.settings.yearEndPolicy,
    figures,
    closingBalances: fundBalances(fund),
    publicCarriedOver: formatAmount(publicAvailable.minus(lapsed)),
    privateCarriedOver: formatAmount(availableOf(fund.privatePot)),
    publicLapsed: formatAmount(lapsed),
    publicLapsedFunderParts: allocateAmongFunders(lapsed, funderAvailability(fund)),
  };
}

function decideCloseFund(command: CloseFund, fund: OpenFundState): readonly FundEvent[] {
  const reason = requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason);
  const repaymentOutstanding = [...fund.grants.values()].some(
    (grant) =>
      grant.demandAwaitingOrder !== null ||
      (grant.repayment !== null && new Money(grant.repayment.due.amount).gt(grant.repayment.received.amount)),
  );
  if (hasOpenCommitments(fund) || repaymentOutstanding) {
    throw new DomainError(
      'FUND.OPEN_COMMITMENTS',
      'The fund cannot be closed while grants are still committed or repayments are outstanding.',
      'conflict',
    );
  }
  return [{ type: 'FundClosed', data: { ...eventBase(command), reason } }];
}
