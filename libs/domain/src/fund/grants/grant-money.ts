/** Money figures of one grant, shared by the modules that pay, release or claw back grant money. */
import type { FundCommand } from '../fund.commands';
import type { CommitmentReleaseReason, FundEvent, MoneySplit } from '../fund.events';
import type { GrantState } from '../fund.state';
import { eventBase } from '../shared/guards';
import { isZeroAmount, subtractSplits, withoutZeroFunderParts } from '../shared/splits';
import { fiscalYearOfInstant } from '../shared/validation';

/** What is granted and not yet paid: the open commitment. */
export function openCommitmentOf(grant: GrantState): MoneySplit {
  return withoutZeroFunderParts(subtractSplits(grant.granted, grant.paid));
}

/** Releases the whole open commitment, or nothing when everything granted has been paid. */
export function releaseOpenCommitment(
  command: FundCommand,
  grant: GrantState,
  reason: CommitmentReleaseReason,
): readonly FundEvent[] {
  const open = openCommitmentOf(grant);
  return isZeroAmount(open.amount) ? [] : [releaseEvent(command, grant, reason, open)];
}

export function releaseEvent(
  command: FundCommand,
  grant: GrantState,
  reason: CommitmentReleaseReason,
  released: MoneySplit,
): FundEvent {
  return {
    type: 'GrantCommitmentReleased',
    data: {
      ...eventBase(command),
      grantId: grant.grantId,
      applicationId: grant.applicationId,
      reason,
      fiscalYear: fiscalYearOfInstant(command.issuedAt),
      ...released,
    },
  };
}
