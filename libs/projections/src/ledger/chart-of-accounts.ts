/**
 * The fund's chart of accounts (see docs/chart-of-accounts.md). Accounts that exist once per public
 * funder carry the funder's id after a dot ("3120.federal"), so the auditor sees who paid which cent;
 * private money is one pot and has one account of each kind.
 */

export type AccountClass = 'asset' | 'liability' | 'equity' | 'income' | 'expense';

export interface AccountDefinition {
  readonly code: string;
  readonly name: string;
  readonly accountClass: AccountClass;
  /** True when the account exists once per public funder. */
  readonly perFunder: boolean;
  readonly description: string;
}

export const ACCOUNT = {
  bank: '1000',
  repaymentsReceivablePrivate: '1210',
  repaymentsReceivablePublic: '1220',
  grantsPayablePrivate: '2110',
  grantsPayablePublic: '2120',
  lapsedPublicDue: '2220',
  privateContributions: '3110',
  publicContributions: '3120',
  publicContributionsAwaitingSplit: '3190',
  repaymentsPrivate: '4110',
  repaymentsPublic: '4120',
  grantsPrivate: '5110',
  grantsPublic: '5120',
} as const;

export const CHART_OF_ACCOUNTS: readonly AccountDefinition[] = [
  {
    code: ACCOUNT.bank,
    name: 'Bank account of the fund',
    accountClass: 'asset',
    perFunder: false,
    description: 'Every contribution and repayment received, less every advance and payout made.',
  },
  {
    code: ACCOUNT.repaymentsReceivablePrivate,
    name: 'Repayments receivable, private pot',
    accountClass: 'asset',
    perFunder: false,
    description:
      'Repayments demanded from recipients (interest included) for private money, not yet received.',
  },
  {
    code: ACCOUNT.repaymentsReceivablePublic,
    name: 'Repayments receivable, public funder',
    accountClass: 'asset',
    perFunder: true,
    description:
      "Repayments demanded from recipients (interest included) for a funder's money, not yet received.",
  },
  {
    code: ACCOUNT.grantsPayablePrivate,
    name: 'Grants payable, private pot',
    accountClass: 'liability',
    perFunder: false,
    description:
      'Private money committed by grant notices and not yet paid or released: the open commitments.',
  },
  {
    code: ACCOUNT.grantsPayablePublic,
    name: 'Grants payable, public funder',
    accountClass: 'liability',
    perFunder: true,
    description: "A funder's money committed by grant notices and not yet paid or released.",
  },
  {
    code: ACCOUNT.lapsedPublicDue,
    name: 'Lapsed public money due back to funder',
    accountClass: 'liability',
    perFunder: true,
    description: 'Uncommitted public money that lapsed when a fiscal year closed under the lapse policy.',
  },
  {
    code: ACCOUNT.privateContributions,
    name: 'Private contributions',
    accountClass: 'equity',
    perFunder: false,
    description:
      'Money paid into the fund by businesses, property owners, associations, residents and sponsors.',
  },
  {
    code: ACCOUNT.publicContributions,
    name: 'Public contributions, funder',
    accountClass: 'equity',
    perFunder: true,
    description: "A public funder's share of every public contribution, as its split event records it.",
  },
  {
    code: ACCOUNT.publicContributionsAwaitingSplit,
    name: 'Public contributions awaiting split',
    accountClass: 'equity',
    perFunder: false,
    description: 'Clearing account: a public contribution until its split among the funders is recorded.',
  },
  {
    code: ACCOUNT.repaymentsPrivate,
    name: 'Repayments and interest, private pot',
    accountClass: 'income',
    perFunder: false,
    description:
      'Grant money demanded back (clawbacks and overpaid advances) with its interest, private pot.',
  },
  {
    code: ACCOUNT.repaymentsPublic,
    name: 'Repayments and interest, public funder',
    accountClass: 'income',
    perFunder: true,
    description: "Grant money demanded back with its interest, for a funder's money.",
  },
  {
    code: ACCOUNT.grantsPrivate,
    name: 'Grants, private pot',
    accountClass: 'expense',
    perFunder: false,
    description: 'Private money granted by grant notices, less commitments released.',
  },
  {
    code: ACCOUNT.grantsPublic,
    name: 'Grants, public funder',
    accountClass: 'expense',
    perFunder: true,
    description: "A funder's money granted by grant notices, less commitments released.",
  },
];

const DEFINITIONS_BY_CODE: ReadonlyMap<string, AccountDefinition> = new Map(
  CHART_OF_ACCOUNTS.map((definition) => [definition.code, definition]),
);

/** The id of an account: its code, followed by the funder's id for accounts kept per funder. */
export function accountId(code: string, funderId?: string): string {
  return funderId === undefined ? code : `${code}.${funderId}`;
}

export interface AccountIdentity {
  readonly accountId: string;
  readonly definition: AccountDefinition;
  readonly funderId: string | null;
}

/** Splits an account id into its definition and funder; null for ids that name no account of the chart. */
export function identifyAccount(id: string): AccountIdentity | null {
  const separator = id.indexOf('.');
  const code = separator === -1 ? id : id.slice(0, separator);
  const definition = DEFINITIONS_BY_CODE.get(code);
  if (definition === undefined) return null;
  const funderId = separator === -1 ? null : id.slice(separator + 1);
  if (definition.perFunder !== (funderId !== null) || funderId === '') return null;
  return { accountId: id, definition, funderId };
}

/** Accounts are listed by code, then by funder id, so listings never depend on the order of events. */
export function compareAccountIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
