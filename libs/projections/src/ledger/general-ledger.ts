/**
 * The general ledger read model: debit and credit turnover per account, from which balances and the
 * trial balance follow. Because every entry balances, the debits of all accounts always equal their
 * credits; the trial balance shows it, and the property suite checks it after every event.
 */
import { Money } from '@fund-ledger/domain';
import { addAmounts, ZERO_AMOUNT } from '../shared/amounts';
import { compareAccountIds, identifyAccount, type AccountClass } from './chart-of-accounts';
import type { PostingLine } from './journal';

export interface AccountTurnover {
  readonly debit: string;
  readonly credit: string;
}

export interface GeneralLedgerState {
  readonly accounts: Readonly<Record<string, AccountTurnover>>;
  /** Entries with at least one posting line. */
  readonly entryCount: number;
}

export const EMPTY_LEDGER: GeneralLedgerState = { accounts: {}, entryCount: 0 };

const NO_TURNOVER: AccountTurnover = { debit: ZERO_AMOUNT, credit: ZERO_AMOUNT };

export function postToLedger(state: GeneralLedgerState, lines: readonly PostingLine[]): GeneralLedgerState {
  if (lines.length === 0) return state;
  const accounts = { ...state.accounts };
  for (const line of lines) {
    const turnover = accounts[line.accountId] ?? NO_TURNOVER;
    accounts[line.accountId] =
      line.side === 'debit'
        ? { debit: addAmounts(turnover.debit, line.amount), credit: turnover.credit }
        : { debit: turnover.debit, credit: addAmounts(turnover.credit, line.amount) };
  }
  return { accounts, entryCount: state.entryCount + 1 };
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
  const accounts = Object.keys(state.accounts)
    .sort(compareAccountIds)
    .map((id) => accountBalanceOf(id, state.accounts[id] ?? NO_TURNOVER, funderNames));
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
