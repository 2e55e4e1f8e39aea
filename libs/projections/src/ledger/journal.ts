/**
 * Every event of a fund maps to one journal entry of balanced postings (debits equal credits) on the
 * chart of accounts; events that move no money map to an entry without lines. The mapping reads only
 * the event: the amounts, their split into public and private parts and the public part per funder
 * are all recorded in the event itself.
 */
import { isZeroAmount, type FundEvent, type FunderPart, type MoneySplit } from '@fund-ledger/domain';
import { ACCOUNT, accountId } from './chart-of-accounts';

export type PostingSide = 'debit' | 'credit';

export interface PostingLine {
  readonly accountId: string;
  readonly side: PostingSide;
  readonly amount: string;
}

/** A journal entry whose debits and credits differ: a defect, never a state the ledger may reach. */
export class UnbalancedEntryError extends Error {
  constructor(eventType: string, debits: string, credits: string) {
    super(`The postings of ${eventType} do not balance: debits ${debits}, credits ${credits}`);
    this.name = 'UnbalancedEntryError';
  }
}

/**
 * The posting lines of an event, without lines of zero. They balance whenever the event's parts sum to
 * its whole; the ledger checks that before it posts them (`GeneralLedger.check`), and refuses an entry that does not.
 */
export function postingsOf(event: FundEvent): readonly PostingLine[] {
  const lines = linesOf(event);
  return lines.length === 0 ? lines : lines.filter((line) => !isZeroAmount(line.amount));
}

/**
 * The lines of events that move no money: fund setup, budgets (a plan, not money), applications, the
 * jury, proof of use and the end of grants (the releases and repayments that follow carry the money).
 */
const NO_LINES: readonly PostingLine[] = Object.freeze([]);

function linesOf(event: FundEvent): readonly PostingLine[] {
  switch (event.type) {
    case 'PrivateContributionRecorded':
      return [
        debit(ACCOUNT.bank, event.data.amount),
        credit(ACCOUNT.privateContributions, event.data.amount),
      ];
    case 'PublicContributionRecorded':
      return [
        debit(ACCOUNT.bank, event.data.amount),
        credit(ACCOUNT.publicContributionsAwaitingSplit, event.data.amount),
      ];
    case 'PublicContributionSplit':
      return [
        debit(ACCOUNT.publicContributionsAwaitingSplit, event.data.amount),
        ...perFunder('credit', ACCOUNT.publicContributions, event.data.parts),
      ];
    case 'GrantNoticeIssued':
      return splitPair(
        event.data,
        'debit',
        [ACCOUNT.grantsPrivate, ACCOUNT.grantsPublic],
        [ACCOUNT.grantsPayablePrivate, ACCOUNT.grantsPayablePublic],
      );
    case 'AdvancePaid':
    case 'PayoutMade':
      return [
        ...splitSide(event.data, 'debit', ACCOUNT.grantsPayablePrivate, ACCOUNT.grantsPayablePublic),
        credit(ACCOUNT.bank, event.data.amount),
      ];
    case 'GrantCommitmentReleased':
      return splitPair(
        event.data,
        'debit',
        [ACCOUNT.grantsPayablePrivate, ACCOUNT.grantsPayablePublic],
        [ACCOUNT.grantsPrivate, ACCOUNT.grantsPublic],
      );
    case 'RepaymentDemanded':
      return splitPair(
        event.data,
        'debit',
        [ACCOUNT.repaymentsReceivablePrivate, ACCOUNT.repaymentsReceivablePublic],
        [ACCOUNT.repaymentsPrivate, ACCOUNT.repaymentsPublic],
      );
    case 'RepaymentReceived':
      return [
        debit(ACCOUNT.bank, event.data.amount),
        ...splitSide(
          event.data,
          'credit',
          ACCOUNT.repaymentsReceivablePrivate,
          ACCOUNT.repaymentsReceivablePublic,
        ),
      ];
    case 'FiscalYearClosed':
      return [
        ...perFunder('debit', ACCOUNT.publicContributions, event.data.publicLapsedFunderParts),
        ...perFunder('credit', ACCOUNT.lapsedPublicDue, event.data.publicLapsedFunderParts),
      ];
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
      return NO_LINES;
    default:
      return unknownEvent(event);
  }
}

/** A new event type must be given its postings here before the ledger can fold it. */
function unknownEvent(event: never): never {
  throw new Error(`No posting rule for event type ${String((event as { type?: unknown }).type)}`);
}

function debit(account: string, amount: string): PostingLine {
  return { accountId: account, side: 'debit', amount };
}

function credit(account: string, amount: string): PostingLine {
  return { accountId: account, side: 'credit', amount };
}

function perFunder(side: PostingSide, code: string, parts: readonly FunderPart[]): PostingLine[] {
  return parts.map((part) => ({ accountId: accountId(code, part.funderId), side, amount: part.amount }));
}

/** One side of a split: the private part on the private account, each funder's part on the funder's account. */
function splitSide(
  split: MoneySplit,
  side: PostingSide,
  privateCode: string,
  publicCode: string,
): PostingLine[] {
  return [
    { accountId: privateCode, side, amount: split.privatePart },
    ...perFunder(side, publicCode, split.publicFunderParts),
  ];
}

/** The same split on both sides: `first` accounts on `side`, `second` accounts on the other side. */
function splitPair(
  split: MoneySplit,
  side: PostingSide,
  first: readonly [privateCode: string, publicCode: string],
  second: readonly [privateCode: string, publicCode: string],
): PostingLine[] {
  const other: PostingSide = side === 'debit' ? 'credit' : 'debit';
  return [...splitSide(split, side, first[0], first[1]), ...splitSide(split, other, second[0], second[1])];
}
