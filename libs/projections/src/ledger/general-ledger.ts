/**
 * The general ledger read model: debit and credit turnover per account, from which balances and the
 * trial balance follow. Because every entry balances, the debits of all accounts always equal their
 * credits; the trial balance shows it, and the property suite checks it after every event.
 */
import { Money } from '@fund-ledger/domain';
import { parseAmountText, requireWholeCents, ZERO_AMOUNT } from '../shared/amounts';
import { RunningTotals } from '../shared/running-totals';
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
const SIDES: readonly PostingSide[] = ['debit', 'credit'];

class AccountTurnovers {
  readonly turnover: RunningTotals<PostingSide>;
  private written: LedgerAccount;
  private changed = false;

  constructor(account: LedgerAccount) {
    this.written = account;
    this.turnover = new RunningTotals(SIDES, account);
  }

  get accountId(): string {
    return this.written.accountId;
  }

  add(side: PostingSide, amount: Money): void {
    this.turnover.add(side, amount);
    this.changed = true;
  }

  write(): LedgerAccount {
    if (this.changed) {
      this.changed = false;
      this.written = { accountId: this.written.accountId, ...this.turnover.write() };
    }
    return this.written;
  }
}

/** The ledger of one fund as its summary's fold holds it: turnover changed in place, written when stored. */
export class GeneralLedger {
  private readonly accounts: AccountTurnovers[];
  private entryCount: number;

  constructor(state: GeneralLedgerState) {
    this.accounts = state.accounts.map((account) => new AccountTurnovers(account));
    this.entryCount = state.entryCount;
  }

  /**
   * Refuses, before anything is posted, an entry the ledger cannot hold: an amount with fractions of a
   * cent, or debits that differ from credits (`UnbalancedEntryError`). The ledger never holds half an entry.
   */
  static check(lines: readonly PostingLine[], eventType: string): void {
    let debits = new Money(0);
    let credits = new Money(0);
    for (const line of lines) {
      const amount = requireWholeCents(line.amount);
      if (line.side === 'debit') debits = debits.plus(amount);
      else credits = credits.plus(amount);
    }
    if (!debits.equals(credits))
      throw new UnbalancedEntryError(eventType, debits.toFixed(2), credits.toFixed(2));
  }

  /** Posts one journal entry (the lines of one event) that `check` accepted. */
  post(lines: readonly PostingLine[]): void {
    if (lines.length === 0) return;
    for (const line of lines) this.account(line.accountId).add(line.side, parseAmountText(line.amount));
    this.entryCount += 1;
  }

  write(): GeneralLedgerState {
    return { accounts: this.accounts.map((account) => account.write()), entryCount: this.entryCount };
  }

  /** The account's turnover; an account nothing was posted to yet is inserted in the order of ids. */
  private account(accountId: string): AccountTurnovers {
    const index = indexOfAccount(this.accounts, accountId);
    const found = this.accounts[index];
    if (found !== undefined && found.accountId === accountId) return found;
    const inserted = new AccountTurnovers({ accountId, ...NO_TURNOVER });
    this.accounts.splice(index, 0, inserted);
    return inserted;
  }
}

/** Binary search: the index of the account, or where it would be inserted to keep the list sorted. */
function indexOfAccount(accounts: readonly { readonly accountId: string }[], id: string): number {
  let low = 0;
  let high = accounts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareAccountIds((accounts[middle] as { readonly accountId: string }).accountId, id) < 0)
      low = middle + 1;
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
