/**
 * The general ledger read model: debit and credit turnover per account, from which balances and the
 * trial balance follow. Because every entry balances, the debits of all accounts always equal their
 * credits; the trial balance shows it, and the property suite checks it after every event.
 */
import { Money } from '@fund-ledger/domain';
import { formatCents, parseAmountText, ZERO_AMOUNT } from '../shared/amounts';
import { compareAccountIds, identifyAccount, type AccountClass } from './chart-of-accounts';
import { UnbalancedEntryError, type PostingLine, type PostingSide } from './journal';

export interface AccountTurnover {
  readonly debit: string;
  readonly credit: string;
}

export interface LedgerAccount extends AccountTurnover {
  readonly accountId: string;
}

export interface GeneralLedgerState {
  /**
   * Accounts with turnover, sorted by account id. A list rather than an object keyed by id: account
   * codes look like array indices ("1000"), which makes JavaScript objects keyed by them slow to copy.
   */
  readonly accounts: readonly LedgerAccount[];
  /** Entries with at least one posting line. */
  readonly entryCount: number;
}

export const EMPTY_LEDGER: GeneralLedgerState = { accounts: [], entryCount: 0 };

const NO_TURNOVER: AccountTurnover = { debit: ZERO_AMOUNT, credit: ZERO_AMOUNT };

/**
 * Posts one journal entry (the lines of one event). An entry whose debits and credits differ is refused
 * with `UnbalancedEntryError` before anything is posted: the ledger never holds half an entry.
 */
export function postToLedger(
  state: GeneralLedgerState,
  lines: readonly PostingLine[],
  eventType: string,
): GeneralLedgerState {
  if (lines.length === 0) return state;
  const accounts = [...state.accounts];
  let debits = new Money(0);
  let credits = new Money(0);
  for (const line of lines) {
    const amount = parseAmountText(line.amount);
    if (line.side === 'debit') debits = debits.plus(amount);
    else credits = credits.plus(amount);
    const index = indexOfAccount(accounts, line.accountId);
    const account = accounts[index];
    if (account === undefined || account.accountId !== line.accountId) {
      accounts.splice(
        index,
        0,
        turnoverAfter({ accountId: line.accountId, ...NO_TURNOVER }, line.side, amount),
      );
    } else {
      accounts[index] = turnoverAfter(account, line.side, amount);
    }
  }
  if (!debits.equals(credits))
    throw new UnbalancedEntryError(eventType, debits.toFixed(2), credits.toFixed(2));
  return { accounts, entryCount: state.entryCount + 1 };
}

function turnoverAfter(account: LedgerAccount, side: PostingSide, amount: Money): LedgerAccount {
  return side === 'debit'
    ? {
        accountId: account.accountId,
        debit: formatCents(amount.plus(parseAmountText(account.debit))),
        credit: account.credit,
      }
    : {
        accountId: account.accountId,
        debit: account.debit,
        credit: formatCents(amount.plus(parseAmountText(account.credit))),
      };
}

/** Binary search: the index of the account, or where it would be inserted to keep the list sorted. */
function indexOfAccount(accounts: readonly LedgerAccount[], id: string): number {
  let low = 0;
  let high = accounts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareAccountIds((accounts[middle] as LedgerAccount).accountId, id) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The turnover of an account; zero for an account nothing was posted to. */
export function turnoverOf(state: GeneralLedgerState, id: string): AccountTurnover {
  const account = state.accounts[indexOfAccount(state.accounts, id)];
  return account !== undefined && account.accountId === id ? account : NO_TURNOVER;
}

export interface AccountBalance {
  readonly accountId: string;
  readonly code: string;
  readonly name: string;
  readonly accountClass: AccountClass;
  readonly funderId: string | null;
  readonly debitTurnover: string;
  readonly creditTurnover: string;
  /** Debits less credits: positive for a debit balance, negative for a credit balance. */
  readonly balance: string;
  readonly debitBalance: string;
  readonly creditBalance: string;
}

export interface TrialBalance {
  readonly accounts: readonly AccountBalance[];
  readonly totalDebitBalance: string;
  readonly totalCreditBalance: string;
  /** Always "0.00": the sum of all balances. */
  readonly difference: string;
  readonly totalDebitTurnover: string;
  readonly totalCreditTurnover: string;
}

export function accountBalanceOf(
  id: string,
  turnover: AccountTurnover,
  funderNames: ReadonlyMap<string, string>,
): AccountBalance {
  const identity = identifyAccount(id);
  if (identity === null)
    throw new Error(`The ledger holds account ${id}, which is not in the chart of accounts`);
  const balance = new Money(turnover.debit).minus(turnover.credit);
  const funderName =
    identity.funderId === null ? null : (funderNames.get(identity.funderId) ?? identity.funderId);
  return {
    accountId: id,
    code: identity.definition.code,
    name: funderName === null ? identity.definition.name : `${identity.definition.name} ${funderName}`,
    accountClass: identity.definition.accountClass,
    funderId: identity.funderId,
    debitTurnover: turnover.debit,
    creditTurnover: turnover.credit,
    balance: balance.toFixed(2),
    debitBalance: balance.isPositive() && !balance.isZero() ? balance.toFixed(2) : ZERO_AMOUNT,
    creditBalance: balance.isNegative() && !balance.isZero() ? balance.negated().toFixed(2) : ZERO_AMOUNT,
  };
}

/** Every account with turnover, sorted by id, and the totals that prove debits equal credits. */
export function trialBalanceOf(
  state: GeneralLedgerState,
  funderNames: ReadonlyMap<string, string>,
): TrialBalance {
  const accounts = state.accounts.map((account) => accountBalanceOf(account.accountId, account, funderNames));
  const sum = (field: keyof AccountBalance): Money =>
    accounts.reduce((total, account) => total.plus(account[field] as string), new Money(0));
  return {
    accounts,
    totalDebitBalance: sum('debitBalance').toFixed(2),
    totalCreditBalance: sum('creditBalance').toFixed(2),
    difference: sum('balance').toFixed(2),
    totalDebitTurnover: sum('debitTurnover').toFixed(2),
    totalCreditTurnover: sum('creditTurnover').toFixed(2),
  };
}
