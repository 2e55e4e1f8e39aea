/**
 * Queries of the general ledger: the accounts with their balances, the trial balance, and the
 * statement of one account. A statement lists postings, which the stored read model does not keep
 * (it keeps turnover per account); it is built from the fund's events up to the same point, with the
 * same posting rules, so its closing balance always equals the account's balance in the trial balance.
 */
import { assertNever, Money, type FundEvent } from '@fund-ledger/domain';
import type { FundSummary } from '../fund-projection';
import {
  ACCOUNT,
  accountId,
  CHART_OF_ACCOUNTS,
  compareAccountIds,
  identifyAccount,
} from '../ledger/chart-of-accounts';
import {
  accountBalanceOf,
  trialBalanceOf,
  type AccountBalance,
  turnoverOf,
  type TrialBalance,
} from '../ledger/general-ledger';
import { postingsOf, type PostingSide } from '../ledger/journal';
import { ZERO_AMOUNT } from '../shared/amounts';
import type { FundEventRecord, ProjectionPoint } from '../shared/fund-event-record';

export interface LedgerAccountsReport {
  readonly fundId: string;
  readonly lastEvent: ProjectionPoint;
  readonly accounts: readonly AccountBalance[];
}

export interface TrialBalanceReport extends TrialBalance {
  readonly fundId: string;
  readonly lastEvent: ProjectionPoint;
  readonly balanced: boolean;
}

export function funderNamesOf(summary: FundSummary): ReadonlyMap<string, string> {
  return new Map(summary.balances.funders.map((funder) => [funder.funderId, funder.name]));
}

/**
 * Every account of the chart that applies to the fund (each per-funder account for each funder ever
 * configured) and every account with turnover, with its balance; zero where nothing was posted yet.
 */
export function ledgerAccountsReport(summary: FundSummary): LedgerAccountsReport {
  const funderIds = summary.balances.funders.map((funder) => funder.funderId);
  const ids = new Set(summary.ledger.accounts.map((account) => account.accountId));
  for (const definition of CHART_OF_ACCOUNTS) {
    if (!definition.perFunder) ids.add(definition.code);
    else for (const funderId of funderIds) ids.add(accountId(definition.code, funderId));
  }
  const names = funderNamesOf(summary);
  return {
    fundId: summary.fundId,
    lastEvent: summary.lastEvent,
    accounts: [...ids]
      .sort(compareAccountIds)
      .map((id) => accountBalanceOf(id, turnoverOf(summary.ledger, id), names)),
  };
}

export function trialBalanceReport(summary: FundSummary): TrialBalanceReport {
  const trialBalance = trialBalanceOf(summary.ledger, funderNamesOf(summary));
  return {
    fundId: summary.fundId,
    lastEvent: summary.lastEvent,
    ...trialBalance,
    balanced: new Money(trialBalance.difference).isZero(),
  };
}

export interface StatementLine {
  readonly position: number;
  readonly revision: number;
  readonly recordedAt: string;
  readonly occurredAt: string;
  readonly eventType: FundEvent['type'];
  readonly description: string;
  readonly side: PostingSide;
  readonly amount: string;
  /** The account's balance (debits less credits) after this line. */
  readonly balanceAfter: string;
}

export interface AccountStatementQuery {
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

export interface AccountStatement {
  readonly fundId: string;
  readonly account: Omit<
    AccountBalance,
    'debitTurnover' | 'creditTurnover' | 'balance' | 'debitBalance' | 'creditBalance'
  >;
  readonly page: number;
  readonly pageSize: number;
  /** Lines over all pages. */
  readonly total: number;
  /** Balance before the first line of this page. */
  readonly openingBalance: string;
  /** Balance after the last line of this page. */
  readonly closingBalance: string;
  /** Balance after every line of the statement (equals the trial balance's figure for the account). */
  readonly balance: string;
  readonly lines: readonly StatementLine[];
}

/** Refused account ids: not in the chart of accounts, or kept for a funder the fund never had. */
export class UnknownAccountError extends Error {
  constructor(
    readonly requestedAccountId: string,
    reason = `is not an account of the chart of accounts: use a code such as ${ACCOUNT.bank}, or code.funderId such as ${ACCOUNT.publicContributions}.city for accounts kept per funder`,
  ) {
    super(`${requestedAccountId} ${reason}`);
    this.name = 'UnknownAccountError';
  }
}

/** The account, if it is of the chart and, when kept per funder, of a funder the fund has had. */
function requireAccountOfFund(summary: FundSummary, requestedAccountId: string): void {
  const identity = identifyAccount(requestedAccountId);
  if (identity === null) throw new UnknownAccountError(requestedAccountId);
  const funderIds = summary.balances.funders.map((funder) => funder.funderId);
  if (identity.funderId !== null && !funderIds.includes(identity.funderId)) {
    const known = funderIds.length === 0 ? 'none' : funderIds.join(', ');
    throw new UnknownAccountError(
      requestedAccountId,
      `is kept for public funder ${identity.funderId}, which fund ${summary.fundId} has not had (its funders: ${known})`,
    );
  }
}

/** Builds the statement of one account from the fund's event records, in stream order. */
export function accountStatement(
  summary: FundSummary,
  records: Iterable<FundEventRecord>,
  requestedAccountId: string,
  query: AccountStatementQuery,
): AccountStatement {
  requireAccountOfFund(summary, requestedAccountId);
  const start = (query.page - 1) * query.pageSize;
  const lines: StatementLine[] = [];
  let balance = new Money(0);
  let openingBalance = balance;
  let total = 0;
  for (const record of records) {
    for (const posting of postingsOf(record.event)) {
      if (posting.accountId !== requestedAccountId) continue;
      if (total === start) openingBalance = balance;
      balance = posting.side === 'debit' ? balance.plus(posting.amount) : balance.minus(posting.amount);
      if (total >= start && total < start + query.pageSize)
        lines.push(statementLine(record, posting.side, posting.amount, balance));
      total += 1;
    }
  }
  if (total <= start) openingBalance = balance;
  const {
    debitTurnover: _d,
    creditTurnover: _c,
    balance: _b,
    debitBalance: _db,
    creditBalance: _cb,
    ...account
  } = accountBalanceOf(
    requestedAccountId,
    { debit: ZERO_AMOUNT, credit: ZERO_AMOUNT },
    funderNamesOf(summary),
  );
  return {
    fundId: summary.fundId,
    account,
    page: query.page,
    pageSize: query.pageSize,
    total,
    openingBalance: openingBalance.toFixed(2),
    closingBalance: lines[lines.length - 1]?.balanceAfter ?? openingBalance.toFixed(2),
    balance: balance.toFixed(2),
    lines,
  };
}

function statementLine(
  record: FundEventRecord,
  side: PostingSide,
  amount: string,
  balance: Money,
): StatementLine {
  return {
    position: record.position,
    revision: record.revision,
    recordedAt: record.recordedAt,
    occurredAt: record.event.data.occurredAt,
    eventType: record.event.type,
    description: describeEvent(record.event),
    side,
    amount,
    balanceAfter: balance.toFixed(2),
  };
}

/** One line of plain text naming what happened, for statements. */
export function describeEvent(event: FundEvent): string {
  switch (event.type) {
    case 'PrivateContributionRecorded':
      return `Private contribution ${event.data.contributionId} from ${event.data.contributor.name} (${event.data.reference})`;
    case 'PublicContributionRecorded':
      return `Public contribution ${event.data.contributionId} (${event.data.reference})`;
    case 'PublicContributionSplit':
      return `Split of public contribution ${event.data.contributionId} among the funders`;
    case 'GrantNoticeIssued':
      return `Grant notice ${event.data.grantId} for application ${event.data.applicationId}`;
    case 'AdvancePaid':
      return `Advance ${event.data.payoutId} on grant ${event.data.grantId}`;
    case 'PayoutMade':
      return `Payout ${event.data.payoutId} on grant ${event.data.grantId}`;
    case 'GrantCommitmentReleased':
      return `Release of grant ${event.data.grantId} (${event.data.reason})`;
    case 'RepaymentDemanded':
      return `Repayment demanded on grant ${event.data.grantId} (${event.data.reason}): principal ${event.data.principal}, interest ${event.data.interest}`;
    case 'RepaymentReceived':
      return `Repayment ${event.data.repaymentId} on grant ${event.data.grantId}`;
    case 'FiscalYearClosed':
      return `Fiscal year ${event.data.fiscalYear} closed (${event.data.yearEndPolicy})`;
    case 'FundOpened':
    case 'FundSettingsChanged':
    case 'FiscalYearBudgetSet':
    case 'FundClosed':
    case 'ApplicationSubmitted':
    case 'ApplicationMarkedIncomplete':
    case 'ApplicationAmended':
    case 'ApplicationDeclaredEligible':
    case 'ApplicationDeclaredIneligible':
    case 'ApplicationWithdrawn':
    case 'JuryMemberAppointed':
    case 'JuryMemberLeft':
    case 'ApplicationPutOnAgenda':
    case 'JuryAttendanceRecorded':
    case 'ConflictOfInterestDeclared':
    case 'VoteCast':
    case 'VoteCorrected':
    case 'JuryVoteClosed':
    case 'ApplicationApproved':
    case 'ApplicationRejected':
    case 'ApplicationDeferred':
    case 'ProofOfUseSubmitted':
    case 'ProofOfUseRejected':
    case 'ProofOfUseAccepted':
    case 'GrantClosed':
    case 'GrantExpired':
    case 'GrantRevoked':
    case 'RepaymentSettled':
    case 'GrantPayeeRecorded':
    case 'PaymentCertified':
    case 'PaymentOrdered':
    case 'PaymentOrderWithdrawn':
    case 'PaymentOrdersExported':
    case 'JuryMeetingMinuted':
    case 'RepaymentDemandCertified':
      return event.type;
    default:
      return assertNever(event);
  }
}
