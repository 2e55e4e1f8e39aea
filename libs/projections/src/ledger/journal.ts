/**
 * Every event of a fund maps to one journal entry of balanced postings (debits equal credits) on the
 * chart of accounts; events that move no money map to an entry without lines. The entry books the
 * event's money movement (the domain's `moneyMovementOf`, which the balances book too): a posting rule
 * per kind of movement says on which accounts its whole amount, its parts and each funder's part go.
 */
import {
  isZeroAmount,
  moneyMovementOf,
  type FundEvent,
  type MoneyMovement,
  type MoneyMovementKind,
} from '@fund-ledger/domain';
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
 * Where one side of an entry books a movement: its whole amount, its private part and its public part
 * each on one account, and each funder's part on the funder's account of a per-funder code. Null where
 * the side books nothing of it. Every rule has all four fields, so reading them stays fast.
 */
interface SideRule {
  readonly whole: string | null;
  readonly privatePart: string | null;
  readonly publicPart: string | null;
  readonly funderParts: string | null;
}

interface PostingRule {
  readonly debit: SideRule;
  readonly credit: SideRule;
}

function sideRule(accounts: Partial<SideRule>): SideRule {
  const { whole = null, privatePart = null, publicPart = null, funderParts = null } = accounts;
  return { whole, privatePart, publicPart, funderParts };
}

const BANK = sideRule({ whole: ACCOUNT.bank });
const GRANTS = sideRule({ privatePart: ACCOUNT.grantsPrivate, funderParts: ACCOUNT.grantsPublic });
const GRANTS_PAYABLE = sideRule({
  privatePart: ACCOUNT.grantsPayablePrivate,
  funderParts: ACCOUNT.grantsPayablePublic,
});
const REPAYMENTS_RECEIVABLE = sideRule({
  privatePart: ACCOUNT.repaymentsReceivablePrivate,
  funderParts: ACCOUNT.repaymentsReceivablePublic,
});
const REPAYMENTS = sideRule({
  privatePart: ACCOUNT.repaymentsPrivate,
  funderParts: ACCOUNT.repaymentsPublic,
});

/**
 * The posting rule of each kind of movement (docs/chart-of-accounts.md). Money received reaches the bank:
 * a private receipt is a private contribution, a public one waits for its split among the funders.
 */
const POSTING_RULES: Readonly<Record<MoneyMovementKind, PostingRule>> = {
  received: {
    debit: BANK,
    credit: sideRule({
      privatePart: ACCOUNT.privateContributions,
      publicPart: ACCOUNT.publicContributionsAwaitingSplit,
    }),
  },
  granted: { debit: GRANTS, credit: GRANTS_PAYABLE },
  paid: { debit: GRANTS_PAYABLE, credit: BANK },
  released: { debit: GRANTS_PAYABLE, credit: GRANTS },
  repaymentDemanded: { debit: REPAYMENTS_RECEIVABLE, credit: REPAYMENTS },
  refunded: { debit: BANK, credit: REPAYMENTS_RECEIVABLE },
  lapsed: {
    debit: sideRule({ funderParts: ACCOUNT.publicContributions }),
    credit: sideRule({ funderParts: ACCOUNT.lapsedPublicDue }),
  },
};

/**
 * The split of a public receipt, the one receipt with funder parts: no money reaches the bank, the
 * receipt leaves the account it waited on for the funders' contribution accounts.
 */
const SPLIT_OF_PUBLIC_RECEIPT: PostingRule = {
  debit: sideRule({ whole: ACCOUNT.publicContributionsAwaitingSplit }),
  credit: sideRule({ funderParts: ACCOUNT.publicContributions }),
};

function postingRuleOf(movement: MoneyMovement): PostingRule {
  const isSplit = movement.kind === 'received' && movement.publicFunderParts.length > 0;
  return isSplit ? SPLIT_OF_PUBLIC_RECEIPT : POSTING_RULES[movement.kind];
}

/** The lines of events that move no money. */
const NO_LINES: readonly PostingLine[] = Object.freeze([]);

/**
 * The posting lines of an event, without lines of zero. They balance whenever the event's parts sum to
 * its whole; the ledger checks that before it posts them (`GeneralLedger.check`), and refuses an entry that does not.
 */
export function postingsOf(event: FundEvent): readonly PostingLine[] {
  return postingsOfMovement(moneyMovementOf(event));
}

/** The posting lines of a money movement already worked out (the summary's fold has it at hand). */
export function postingsOfMovement(movement: MoneyMovement | null): readonly PostingLine[] {
  if (movement === null) return NO_LINES;
  const rule = postingRuleOf(movement);
  const lines: PostingLine[] = [];
  addLines(lines, 'debit', rule.debit, movement);
  addLines(lines, 'credit', rule.credit, movement);
  return lines;
}

function addLines(lines: PostingLine[], side: PostingSide, rule: SideRule, movement: MoneyMovement): void {
  if (rule.whole !== null) addLine(lines, side, rule.whole, movement.amount);
  if (rule.privatePart !== null) addLine(lines, side, rule.privatePart, movement.privatePart);
  if (rule.publicPart !== null) addLine(lines, side, rule.publicPart, movement.publicPart);
  if (rule.funderParts === null) return;
  for (const part of movement.publicFunderParts)
    addLine(lines, side, rule.funderParts, part.amount, part.funderId);
}

/** Adds the line unless its amount is zero; `funderId` names the funder of a per-funder account. */
function addLine(
  lines: PostingLine[],
  side: PostingSide,
  code: string,
  amount: string,
  funderId?: string,
): void {
  if (!isZeroAmount(amount)) lines.push({ accountId: accountId(code, funderId), side, amount });
}
