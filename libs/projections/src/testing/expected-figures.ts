/**
 * Balances recomputed straight from the events, with no code of the projection: the reference the
 * property suites compare the projection's figures with.
 */
import { Money, type FundEvent, type FunderPart, type MoneySplit } from '@fund-ledger/domain';

export type Totals = Record<
  'received' | 'committed' | 'paid' | 'released' | 'repaymentDemanded' | 'refunded' | 'lapsed',
  Money
>;

export function emptyTotals(): Totals {
  const zero = new Money(0);
  return {
    received: zero,
    committed: zero,
    paid: zero,
    released: zero,
    repaymentDemanded: zero,
    refunded: zero,
    lapsed: zero,
  };
}

/** The figures recomputed straight from the events, without any code of the projection. */
export class ExpectedFigures {
  readonly public = emptyTotals();
  readonly private = emptyTotals();
  readonly funders = new Map<string, Totals>();
  bank = new Money(0);

  private funder(funderId: string): Totals {
    const totals = this.funders.get(funderId) ?? emptyTotals();
    this.funders.set(funderId, totals);
    return totals;
  }

  private addParts(field: keyof Totals, parts: readonly FunderPart[], sign = 1): void {
    for (const part of parts) {
      const totals = this.funder(part.funderId);
      totals[field] = totals[field].plus(new Money(part.amount).times(sign));
    }
  }

  private addSplit(field: keyof Totals, split: MoneySplit, sign = 1): void {
    this.public[field] = this.public[field].plus(new Money(split.publicPart).times(sign));
    this.private[field] = this.private[field].plus(new Money(split.privatePart).times(sign));
    this.addParts(field, split.publicFunderParts, sign);
  }

  add(event: FundEvent): void {
    switch (event.type) {
      case 'PublicContributionRecorded':
        this.public.received = this.public.received.plus(event.data.amount);
        this.bank = this.bank.plus(event.data.amount);
        return;
      case 'PrivateContributionRecorded':
        this.private.received = this.private.received.plus(event.data.amount);
        this.bank = this.bank.plus(event.data.amount);
        return;
      case 'PublicContributionSplit':
        return this.addParts('received', event.data.parts);
      case 'GrantNoticeIssued':
        return this.addSplit('committed', event.data);
      case 'AdvancePaid':
      case 'PayoutMade':
        this.addSplit('committed', event.data, -1);
        this.addSplit('paid', event.data);
        this.bank = this.bank.minus(event.data.amount);
        return;
      case 'GrantCommitmentReleased':
        this.addSplit('committed', event.data, -1);
        return this.addSplit('released', event.data);
      case 'RepaymentDemanded':
        return this.addSplit('repaymentDemanded', event.data);
      case 'RepaymentReceived':
        this.addSplit('refunded', event.data);
        this.bank = this.bank.plus(event.data.amount);
        return;
      case 'FiscalYearClosed':
        this.public.lapsed = this.public.lapsed.plus(event.data.publicLapsed);
        return this.addParts('lapsed', event.data.publicLapsedFunderParts);
      default:
        return;
    }
  }
}
