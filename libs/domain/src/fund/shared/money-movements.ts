/**
 * What each fund event does to the fund's money, defined once: which running total of the pots and the
 * public funders moves, by which parts, and in which fiscal year's figures it counts. The fund's own
 * state (`pots.ts`) and the read models' balances both book these movements; neither looks at an
 * event's type to know what it does to money.
 */
import { assertNever } from './assert-never';
import type { FiscalYearClosed, FiscalYearFigures, FundEvent, FunderPart, MoneySplit } from '../fund.events';

/**
 * The running total a movement adds to. Open commitments are not one of them: they follow as what was
 * granted less what was paid and released.
 */
export type MoneyMovementKind =
  'received' | 'granted' | 'paid' | 'released' | 'repaymentDemanded' | 'refunded' | 'lapsed';

export interface MoneyMovement {
  readonly kind: MoneyMovementKind;
  /**
   * The whole amount the event records. Its public and private parts add up to it, except in the split
   * of a public receipt: that shares out among the funders a receipt the public part already counted,
   * so both its parts are zero.
   */
  readonly amount: string;
  readonly publicPart: string;
  readonly privatePart: string;
  /** Each funder's share of the public part; a public receipt is shared out by the split that follows it. */
  readonly publicFunderParts: readonly FunderPart[];
  /** The fiscal year whose figures count the movement; null when no year's figures do (see `YEAR_FIGURES_OF`). */
  readonly fiscalYear: number | null;
}

type YearFigure = keyof FiscalYearFigures;

/** The figures of a fiscal year that count a movement's public and private parts; null for kinds no year counts. */
export const YEAR_FIGURES_OF: Readonly<
  Record<MoneyMovementKind, readonly [publicFigure: YearFigure, privateFigure: YearFigure] | null>
> = {
  received: ['publicReceived', 'privateReceived'],
  granted: ['publicCommitted', 'privateCommitted'],
  paid: ['publicPaid', 'privatePaid'],
  released: ['publicReleased', 'privateReleased'],
  refunded: ['publicRefunded', 'privateRefunded'],
  repaymentDemanded: null,
  lapsed: null,
};

const NO_PARTS: readonly FunderPart[] = Object.freeze([]);

/** The money the event moves; null for the events that move none. */
export function moneyMovementOf(event: FundEvent): MoneyMovement | null {
  switch (event.type) {
    case 'PrivateContributionRecorded':
      return contribution(event.data, 'private');
    case 'PublicContributionRecorded':
      return contribution(event.data, 'public');
    case 'PublicContributionSplit':
      return movement('received', event.data.amount, '0.00', '0.00', event.data.parts, null);
    case 'GrantNoticeIssued':
      return splitMovement('granted', event.data, event.data.fiscalYear);
    case 'AdvancePaid':
    case 'PayoutMade':
      return splitMovement('paid', event.data, event.data.fiscalYear);
    case 'GrantCommitmentReleased':
      return splitMovement('released', event.data, event.data.fiscalYear);
    case 'RepaymentDemanded':
      return splitMovement('repaymentDemanded', event.data, null);
    case 'RepaymentReceived':
      return splitMovement('refunded', event.data, event.data.fiscalYear);
    case 'FiscalYearClosed':
      return lapse(event.data);
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
      return null;
    default:
      return assertNever(event);
  }
}

function movement(
  kind: MoneyMovementKind,
  amount: string,
  publicPart: string,
  privatePart: string,
  publicFunderParts: readonly FunderPart[],
  fiscalYear: number | null,
): MoneyMovement {
  return { kind, amount, publicPart, privatePart, publicFunderParts, fiscalYear };
}

function splitMovement(kind: MoneyMovementKind, split: MoneySplit, fiscalYear: number | null): MoneyMovement {
  const { amount, publicPart, privatePart, publicFunderParts } = split;
  return movement(kind, amount, publicPart, privatePart, publicFunderParts, fiscalYear);
}

/** A contribution reaching the bank, all of it public or all of it private. */
function contribution(
  received: { readonly amount: string; readonly fiscalYear: number },
  pot: 'public' | 'private',
): MoneyMovement {
  const { amount, fiscalYear } = received;
  return pot === 'public'
    ? movement('received', amount, amount, '0.00', NO_PARTS, fiscalYear)
    : movement('received', amount, '0.00', amount, NO_PARTS, fiscalYear);
}

/** Uncommitted public money given up at a year's close, with each funder's part of it. */
function lapse(closing: FiscalYearClosed['data']): MoneyMovement {
  const { publicLapsed, publicLapsedFunderParts } = closing;
  return movement('lapsed', publicLapsed, publicLapsed, '0.00', publicLapsedFunderParts, null);
}
