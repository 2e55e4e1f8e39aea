import type { RepaymentDemanded, RevocationEvent } from '../fund.events';
import type { FundState, GrantState, RepaymentState } from '../fund.state';
import { datedOn, updateGrant } from '../grants/grants.evolve';
import { assertNever } from '../shared/assert-never';
import { withEntry, withId } from '../shared/keyed';
import { bookMoneyOf } from '../shared/pots';
import { addSplits, plus, splitOf, ZERO_SPLIT } from '../shared/splits';

const NO_REPAYMENT: RepaymentState = {
  principal: '0.00',
  due: ZERO_SPLIT,
  received: ZERO_SPLIT,
  interest: null,
};

export function evolveRevocation(state: FundState, event: RevocationEvent): FundState {
  switch (event.type) {
    case 'GrantRevoked':
      return updateGrant(state, event.data.grantId, (grant) => ({
        status: 'revoked',
        ...datedOn(grant, event.data.noticeDate),
      }));
    case 'RepaymentDemandCertified':
      return updateGrant(state, event.data.grantId, () => ({ demandAwaitingOrder: event.data }));
    case 'RepaymentDemanded':
      return updateGrant(state, event.data.grantId, (grant) => {
        const repayment = grant.repayment ?? NO_REPAYMENT;
        return {
          demandAwaitingOrder: null,
          repayment: {
            ...repayment,
            principal: plus(repayment.principal, event.data.principal),
            due: addSplits(repayment.due, splitOf(event.data)),
            interest: interestRunningAfter(repayment, event.data),
          },
          payments: paymentsAfter(grant, event.data),
          ...datedOn(grant, event.data.noticeDate),
        };
      });
    case 'RepaymentReceived': {
      const received = updateGrant(state, event.data.grantId, (grant) => {
        const repayment = grant.repayment ?? NO_REPAYMENT;
        return {
          repayment: { ...repayment, received: addSplits(repayment.received, splitOf(event.data)) },
          ...datedOn(grant, event.data.valueDate),
        };
      });
      const withRepaymentId = {
        ...received,
        repaymentIds: withId(received.repaymentIds, event.data.repaymentId),
      };
      return bookMoneyOf(withRepaymentId, event);
    }
    case 'RepaymentSettled':
      return state;
    default:
      return assertNever(event);
  }
}

/**
 * The statement later repayments recompute interest from: the latest one on principal demanded back.
 * Interest on unused money is charged once for its period and bears no interest itself, so its
 * statement leaves the running one alone.
 */
function interestRunningAfter(
  repayment: RepaymentState,
  demand: RepaymentDemanded['data'],
): RepaymentState['interest'] {
  if (demand.interestStatement === undefined || demand.unusedPayment !== undefined) {
    return repayment.interest;
  }
  return { statement: demand.interestStatement };
}

/** Marks how far interest on a payment's unused money has been demanded, so no day is charged twice. */
function paymentsAfter(grant: GrantState, demand: RepaymentDemanded['data']): GrantState['payments'] {
  const unused = demand.unusedPayment;
  const payment = unused === undefined ? undefined : grant.payments.get(unused.payoutId);
  if (payment === undefined || demand.interestStatement === undefined) return grant.payments;
  return withEntry(grant.payments, payment.payoutId, {
    ...payment,
    unusedInterestDemandedUntil: demand.interestStatement.until,
  });
}
