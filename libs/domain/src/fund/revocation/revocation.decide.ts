/** Revoking a grant for misuse or false information, the repayment it demands, and repayments received. */
import { DomainError } from '../../decider';
import { formatAmount, Money, parseAmount } from '../../money/money';
import type { RecordRepayment, RevocationCommand, RevokeGrant } from '../fund.commands';
import type { FundEvent } from '../fund.events';
import type { GrantStatus } from '../fund.state';
import { releaseOpenCommitment } from '../shared/grant-money';
import { assertNever } from '../shared/assert-never';
import { fiscalYearOfBusinessDate } from '../../time/business-date';
import { correctsField, requireNotBefore, resolveBusinessDate } from '../shared/business-dates';
import {
  eventBase,
  grantInWrongState,
  requireGrant,
  type OpenFundState,
  requireNewId,
} from '../shared/guards';
import { minus, splitWithinRemaining, plus } from '../shared/splits';
import { invalidInput, requireInteger, requireText, TEXT_LENGTH_MAX } from '../shared/validation';
import { interestOn, outstandingOf, principalSplit, repaymentDemandedEvent } from './repayment-money';

const REVOCABLE: readonly GrantStatus[] = ['committed', 'proof-submitted', 'proof-accepted', 'closed'];
const RATE_FORMAT = /^\d{1,3}(\.\d{1,4})?$/;
/** Interest is counted for at most a hundred years: a bound, not a business rule. */
export const INTEREST_DAYS_MAX = 36500;

export function decideRevocation(command: RevocationCommand, fund: OpenFundState): readonly FundEvent[] {
  switch (command.type) {
    case 'RevokeGrant':
      return decideRevokeGrant(command, fund);
    case 'RecordRepayment':
      return decideRecordRepayment(command, fund);
    default:
      return assertNever(command);
  }
}

function requireRate(value: unknown): string {
  if (typeof value !== 'string' || !RATE_FORMAT.test(value) || new Money(value).gt(100)) {
    throw invalidInput(
      'interestRatePercentPerYear',
      'interestRatePercentPerYear must be a yearly rate in percent from 0 to 100, like "5.12".',
    );
  }
  return value;
}

function decideRevokeGrant(command: RevokeGrant, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrant(fund, command.grantId);
  if (!REVOCABLE.includes(grant.status)) throw grantInWrongState(grant, 'be revoked');
  const reason = requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason);
  const principal = parseAmount(command.repaymentPrincipal, 'repaymentPrincipal', { allowZero: true });
  const rate = requireRate(command.interestRatePercentPerYear);
  const days = requireInteger(command.interestDays, 'interestDays', 0, INTEREST_DAYS_MAX);
  const claimable = minus(grant.paid.amount, grant.repayment?.principal ?? '0.00');
  if (principal.gt(claimable)) {
    throw new DomainError(
      'REPAYMENT.EXCEEDS_PAID',
      `Only ${claimable} EUR of grant ${grant.grantId} has been paid and not yet claimed back; ${principal.toFixed(2)} EUR cannot be demanded.`,
      'rule_violated',
      'repaymentPrincipal',
    );
  }
  const noticeDate = resolveBusinessDate(fund, command, command.noticeDate, 'noticeDate');
  requireNotBefore(noticeDate, grant.lastBusinessDate, 'noticeDate', `grant ${grant.grantId}'s latest event`);
  const revoked: FundEvent = {
    type: 'GrantRevoked',
    data: {
      ...eventBase(command),
      grantId: grant.grantId,
      applicationId: grant.applicationId,
      reason,
      noticeDate,
      ...correctsField(command.corrects),
    },
  };
  const terms = {
    interestRatePercentPerYear: rate,
    interestDays: days,
    interest: interestOn(principal, rate, days),
  };
  const demand = principal.isZero()
    ? []
    : [
        repaymentDemandedEvent(
          command,
          grant,
          'revoked',
          principalSplit(grant, principal),
          terms,
          noticeDate,
        ),
      ];
  const release = releaseOpenCommitment(command, grant, 'revoked', fiscalYearOfBusinessDate(noticeDate));
  return [revoked, ...release, ...demand];
}

function decideRecordRepayment(command: RecordRepayment, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrant(fund, command.grantId);
  const outstanding = outstandingOf(grant);
  if (outstanding === null || new Money(outstanding.amount).isZero()) {
    throw new DomainError(
      'REPAYMENT.NOT_DUE',
      `Nothing is owed on grant ${grant.grantId}.`,
      'conflict',
      'grantId',
    );
  }
  const repaymentId = requireNewId(
    command.repaymentId,
    'repaymentId',
    (id) => fund.repaymentIds.has(id),
    'REPAYMENT.DUPLICATE_ID',
    (id) => `Repayment ${id} has already been recorded.`,
  );
  const amount = parseAmount(command.amount, 'amount');
  const valueDate = resolveBusinessDate(fund, command, command.valueDate, 'valueDate');
  requireNotBefore(valueDate, grant.lastBusinessDate, 'valueDate', `grant ${grant.grantId}'s latest event`);
  const fiscalYear = fiscalYearOfBusinessDate(valueDate);
  if (amount.gt(outstanding.amount)) {
    throw new DomainError(
      'REPAYMENT.EXCEEDS_OUTSTANDING',
      `${amount.toFixed(2)} EUR is more than the ${outstanding.amount} EUR still owed on grant ${grant.grantId}.`,
      'rule_violated',
      'amount',
    );
  }
  const base = { ...eventBase(command), grantId: grant.grantId, applicationId: grant.applicationId };
  const remaining = minus(outstanding.amount, amount);
  const received: FundEvent = {
    type: 'RepaymentReceived',
    data: {
      ...base,
      repaymentId,
      valueDate,
      fiscalYear,
      outstanding: remaining,
      ...splitWithinRemaining(amount, outstanding),
      ...correctsField(command.corrects),
    },
  };
  if (!new Money(remaining).isZero()) return [received];
  const totalRepaid = plus(grant.repayment?.received.amount ?? '0.00', formatAmount(amount));
  return [received, { type: 'RepaymentSettled', data: { ...base, totalRepaid } }];
}
