import type { MoneySplit, RevocationEvent } from '../fund.events';
import type { FundState, RepaymentState } from '../fund.state';
import { datedOn, updateGrant } from '../grants/grants.evolve';
import { assertNever } from '../shared/assert-never';
import { withId } from '../shared/keyed';
import { bookRefund } from '../shared/pots';
import { addSplits, plus, ZERO_SPLIT } from '../shared/splits';

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
            interest:
              event.data.interestStatement === undefined
                ? repayment.interest
                : { statement: event.data.interestStatement },
          },
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
      return bookRefund(withRepaymentId, event.data.fiscalYear, event.data);
    }
    case 'RepaymentSettled':
      return state;
    default:
      return assertNever(event);
  }
}

function splitOf(split: MoneySplit): MoneySplit {
  return {
    amount: split.amount,
    publicPart: split.publicPart,
    privatePart: split.privatePart,
    publicFunderParts: split.publicFunderParts,
  };
}
