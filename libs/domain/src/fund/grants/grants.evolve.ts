import type { GrantEvent, MoneySplit } from '../fund.events';
import type { FundState, GrantPaymentState, GrantState } from '../fund.state';
import { updateApplication } from '../applications/applications.evolve';
import { assertNever } from '../shared/assert-never';
import { withEntry, withId } from '../shared/keyed';
import { laterBusinessDate } from '../../time/business-date';
import { bookMoneyOf } from '../shared/pots';
import { addSplits, splitOf, subtractSplits, withoutZeroFunderParts, ZERO_SPLIT } from '../shared/splits';

export function evolveGrant(state: FundState, event: GrantEvent): FundState {
  switch (event.type) {
    case 'GrantNoticeIssued':
      return bookMoneyOf(issueGrant(state, event.data), event);
    case 'AdvancePaid':
      return bookMoneyOf(payGrant(state, event.data, 'advance'), event);
    case 'PayoutMade':
      return bookMoneyOf(payGrant(state, event.data, 'payout'), event);
    case 'ProofOfUseSubmitted':
      return updateGrant(state, event.data.grantId, (grant) => ({
        status: 'proof-submitted',
        ...datedOn(grant, event.data.receivedDate),
      }));
    case 'ProofOfUseRejected':
      return updateGrant(state, event.data.grantId, () => ({ status: 'committed' }));
    case 'ProofOfUseAccepted':
      return updateGrant(state, event.data.grantId, () => ({ status: 'proof-accepted' }));
    case 'GrantCommitmentReleased': {
      const released = updateGrant(state, event.data.grantId, (grant) => ({
        granted: withoutZeroFunderParts(subtractSplits(grant.granted, event.data)),
      }));
      return bookMoneyOf(released, event);
    }
    case 'GrantClosed':
      return updateGrant(state, event.data.grantId, () => ({ status: 'closed' }));
    case 'GrantExpired':
      return updateGrant(state, event.data.grantId, () => ({ status: 'expired' }));
    default:
      return assertNever(event);
  }
}

function issueGrant(
  state: FundState,
  data: Extract<GrantEvent, { type: 'GrantNoticeIssued' }>['data'],
): FundState {
  const granted: MoneySplit = {
    amount: data.amount,
    publicPart: data.publicPart,
    privatePart: data.privatePart,
    publicFunderParts: data.publicFunderParts,
  };
  const grant: GrantState = {
    grantId: data.grantId,
    applicationId: data.applicationId,
    status: 'committed',
    fiscalYear: data.fiscalYear,
    measure: data.measure,
    eligibleCosts: data.eligibleCosts,
    ownContribution: data.ownContribution,
    granted,
    paid: ZERO_SPLIT,
    payments: new Map(),
    repayment: null,
    lastBusinessDate: data.noticeDate ?? null,
    demandAwaitingOrder: null,
    payee: null,
  };
  const withGrant = updateApplication(
    { ...state, grants: withEntry(state.grants, grant.grantId, grant) },
    data.applicationId,
    { status: 'granted', grantId: grant.grantId },
  );
  return withGrant;
}

function payGrant(
  state: FundState,
  data: Extract<GrantEvent, { type: 'PayoutMade' }>['data'],
  kind: GrantPaymentState['kind'],
): FundState {
  const payment: GrantPaymentState = {
    payoutId: data.payoutId,
    kind,
    valueDate: data.valueDate,
    paid: splitOf(data),
    unusedInterestDemandedUntil: null,
  };
  const paid = updateGrant(state, data.grantId, (grant) => ({
    paid: addSplits(grant.paid, data),
    payments: withEntry(grant.payments, data.payoutId, payment),
    ...datedOn(grant, data.valueDate),
  }));
  return { ...paid, payoutIds: withId(paid.payoutIds, data.payoutId) };
}

/** The grant's latest business date after one more dated event; nothing for an event without a date. */
export function datedOn(
  grant: GrantState,
  date: string | undefined,
): Partial<Pick<GrantState, 'lastBusinessDate'>> {
  return date === undefined ? {} : { lastBusinessDate: laterBusinessDate(grant.lastBusinessDate, date) };
}

export function updateGrant(
  state: FundState,
  grantId: string,
  change: (grant: GrantState) => Partial<GrantState>,
): FundState {
  const grant = state.grants.get(grantId);
  if (grant === undefined) throw new Error(`Event refers to unknown grant ${grantId}`);
  return { ...state, grants: withEntry(state.grants, grantId, { ...grant, ...change(grant) }) };
}
