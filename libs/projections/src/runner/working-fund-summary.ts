/**
 * A fund summary as the runner folds it between two stores: changed in place, with its running totals
 * kept as Decimal, and written out as a `FundSummary` only when it is stored. The pure reducer parses,
 * formats and copies every total an event touches; here an event costs little more than its own amounts,
 * which is what makes a rebuild from position 0 fast.
 *
 * The pure reducer (`evolveFundSummary`) stays the reference. Events this class does not fold itself
 * (the fund's opening and closing, budgets, year closings) and every event it would not fold exactly as
 * the reducer does (an amount with fractions of a cent, postings that do not balance, a fund not open)
 * go through the reducer, so a refusal carries the reducer's message and nothing is ever half-folded.
 * The property suite shows that both give byte-identical summaries.
 */
import { assertNever, Money, type FundEvent, type FunderPart, type MoneySplit } from '@fund-ledger/domain';
import {
  EMPTY_POT_TOTALS,
  EMPTY_YEAR_FIGURES,
  emptyYear,
  type FiscalYearTotals,
  type FunderTotals,
  type PotField,
  type PotTotals,
} from '../balances/fund-balances';
import { evolveJury } from '../board/jury-view';
import { evolveFundSummary, FUND_LEVEL_EVENTS, namingTheEvent, type FundSummary } from '../fund-projection';
import { compareAccountIds } from '../ledger/chart-of-accounts';
import type { LedgerAccount } from '../ledger/general-ledger';
import { postingsOf, type PostingLine } from '../ledger/journal';
import { formatCents, funderPartOf, parseAmountText, ZERO_AMOUNT } from '../shared/amounts';
import type { FundEventRecord, ProjectionPoint } from '../shared/fund-event-record';

type FigureField = keyof FiscalYearTotals['figures'];
/** The year figures that are sums; the budget figure is the amount the budget event recorded. */
type SummedFigure = Exclude<FigureField, 'publicBudget'>;
type Amounts<Field extends string> = Record<Field, Money>;

interface WorkingFunder {
  readonly funderId: string;
  name: string;
  readonly totals: Amounts<PotField>;
}

interface WorkingYear {
  /** The year as last written; its figures other than the budget are in `sums`. */
  readonly written: FiscalYearTotals;
  readonly sums: Amounts<SummedFigure>;
}

interface WorkingAccount {
  readonly accountId: string;
  debit: Money;
  credit: Money;
}

/** Key order of the written documents, which must match the reducer's for byte-identical JSON. */
const POT_FIELDS = Object.keys(EMPTY_POT_TOTALS) as PotField[];
const FIGURE_FIELDS = Object.keys(EMPTY_YEAR_FIGURES) as FigureField[];
const SUMMED_FIGURES = FIGURE_FIELDS.filter((field): field is SummedFigure => field !== 'publicBudget');

/** The summary's fields that change in place, with the summary they were last loaded from. */
interface WorkingState {
  /** The fields other than balances and ledger; its balances and ledger are those last loaded. */
  base: FundSummary;
  readonly publicPot: Amounts<PotField>;
  readonly privatePot: Amounts<PotField>;
  readonly funders: WorkingFunder[];
  readonly years: WorkingYear[];
  readonly accounts: WorkingAccount[];
  entryCount: number;
}

export class WorkingFundSummary {
  private state: WorkingState;

  constructor(summary: FundSummary) {
    this.state = workingState(summary);
  }

  get fundId(): string {
    return this.state.base.fundId;
  }

  /**
   * Folds one more event of the fund, as `evolveFundSummary` would. An event the reducer refuses throws
   * its `ProjectionError` and leaves the summary as it was.
   */
  fold(record: FundEventRecord): void {
    const { event } = record;
    if (this.state.base.status === 'open' && event.type !== 'FundOpened') {
      if (!FUND_LEVEL_EVENTS.has(event.type)) return;
      if (namingTheEvent(record, () => this.foldInPlace(event))) return;
    }
    this.state = workingState(evolveFundSummary(this.toSummary(this.state.base.lastEvent), record));
  }

  /** Throws the reducer's refusal of the event, if it has one, without changing anything. */
  checkRefusal(record: FundEventRecord): void {
    evolveFundSummary(this.toSummary(this.state.base.lastEvent), record);
  }

  toSummary(lastEvent: ProjectionPoint): FundSummary {
    return {
      ...this.state.base,
      balances: {
        public: writtenAmounts(POT_FIELDS, this.state.publicPot),
        private: writtenAmounts(POT_FIELDS, this.state.privatePot),
        funders: this.state.funders.map(writtenFunder),
        fiscalYears: this.state.years.map(writtenYear),
      },
      ledger: { accounts: this.state.accounts.map(writtenAccount), entryCount: this.state.entryCount },
      lastEvent,
    };
  }

  /** Returns false, having changed nothing, for an event the reducer has to fold. */
  private foldInPlace(event: FundEvent): boolean {
    switch (event.type) {
      case 'JuryMemberAppointed':
      case 'JuryMemberLeft':
        this.state.base = { ...this.state.base, jury: evolveJury(this.state.base.jury, event) };
        return true;
      case 'FundSettingsChanged':
        this.configureFunders(event.data.settings.publicFunders);
        this.state.base = { ...this.state.base, settings: event.data.settings };
        return true;
      default:
        return this.bookMoney(event);
    }
  }

  /** Keeps every funder ever configured, renamed as configured now, and adds the new ones. */
  private configureFunders(configured: readonly { funderId: string; name: string }[]): void {
    const added = configured.filter((funder) => !this.hasFunder(funder.funderId));
    for (const funder of this.state.funders) {
      const now = configured.find((candidate) => candidate.funderId === funder.funderId);
      if (now !== undefined) funder.name = now.name;
    }
    for (const funder of added) this.state.funders.push(newFunder(funder.funderId, funder.name));
  }

  /** Books a money event on pots, funders, fiscal year and ledger; false when the reducer has to. */
  private bookMoney(event: FundEvent): boolean {
    const booking = bookingOf(event);
    if (booking === null) return false;
    const lines = postingsOf(event);
    if (!allWholeCents(booking.texts) || !balances(lines)) return false;
    this.bookBalances(booking);
    this.post(lines);
    return true;
  }

  private bookBalances(booking: Booking): void {
    const { field, split, fiscalYear, figures } = booking;
    if (split.publicPart !== ZERO_AMOUNT) add(this.state.publicPot, field, parseAmountText(split.publicPart));
    if (split.privatePart !== ZERO_AMOUNT)
      add(this.state.privatePot, field, parseAmountText(split.privatePart));
    this.bookFunders(split.publicFunderParts, field);
    if (fiscalYear === null || figures === null) return;
    if (split.publicPart === ZERO_AMOUNT && split.privatePart === ZERO_AMOUNT) return;
    const year = this.year(fiscalYear);
    add(year.sums, figures[0], parseAmountText(split.publicPart));
    add(year.sums, figures[1], parseAmountText(split.privatePart));
  }

  /** Parts of funders never configured open a funder named by its id, as in the reducer. */
  private bookFunders(parts: readonly FunderPart[], field: PotField): void {
    if (parts.length === 0) return;
    const unknown = parts.filter((part) => !this.hasFunder(part.funderId));
    for (const part of unknown) this.state.funders.push(newFunder(part.funderId, part.funderId));
    for (const funder of this.state.funders) {
      const part = funderPartOf(parts, funder.funderId);
      if (part !== ZERO_AMOUNT) add(funder.totals, field, parseAmountText(part));
    }
  }

  private hasFunder(funderId: string): boolean {
    return this.state.funders.some((funder) => funder.funderId === funderId);
  }

  /** The working year, inserted in the order of years when the fund has none yet. */
  private year(fiscalYear: number): WorkingYear {
    const index = this.state.years.findIndex((year) => year.written.fiscalYear >= fiscalYear);
    const position = index === -1 ? this.state.years.length : index;
    const existing = this.state.years[position];
    if (existing !== undefined && existing.written.fiscalYear === fiscalYear) return existing;
    const inserted = workingYear(emptyYear(fiscalYear));
    this.state.years.splice(position, 0, inserted);
    return inserted;
  }

  private post(lines: readonly PostingLine[]): void {
    if (lines.length === 0) return;
    for (const line of lines) {
      const account = this.account(line.accountId);
      account[line.side] = account[line.side].plus(parseAmountText(line.amount));
    }
    this.state.entryCount += 1;
  }

  /** Binary search in the accounts sorted by id; an account nothing was posted to yet is inserted. */
  private account(accountId: string): WorkingAccount {
    let low = 0;
    let high = this.state.accounts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareAccountIds((this.state.accounts[middle] as WorkingAccount).accountId, accountId) < 0)
        low = middle + 1;
      else high = middle;
    }
    const found = this.state.accounts[low];
    if (found !== undefined && found.accountId === accountId) return found;
    const inserted = { accountId, debit: new Money(0), credit: new Money(0) };
    this.state.accounts.splice(low, 0, inserted);
    return inserted;
  }
}

/** What a money event books on the fund's balances, as the reducer's `evolveFundBalances` does. */
interface Booking {
  readonly field: PotField;
  readonly split: MoneySplit;
  readonly fiscalYear: number | null;
  readonly figures: readonly [publicFigure: SummedFigure, privateFigure: SummedFigure] | null;
  /** Every amount the event books or posts, to be checked before anything changes. */
  readonly texts: readonly string[];
}

function workingState(summary: FundSummary): WorkingState {
  const { balances, ledger } = summary;
  return {
    base: summary,
    publicPot: parsedAmounts(POT_FIELDS, balances.public),
    privatePot: parsedAmounts(POT_FIELDS, balances.private),
    funders: balances.funders.map(workingFunder),
    years: balances.fiscalYears.map(workingYear),
    accounts: ledger.accounts.map((account) => ({
      accountId: account.accountId,
      debit: parseAmountText(account.debit),
      credit: parseAmountText(account.credit),
    })),
    entryCount: ledger.entryCount,
  };
}

function bookingOf(event: FundEvent): Booking | null {
  switch (event.type) {
    case 'PrivateContributionRecorded': {
      const split = contribution(ZERO_AMOUNT, event.data.amount);
      return booked('received', split, event.data.fiscalYear, ['privateReceived', 'privateReceived']);
    }
    case 'PublicContributionRecorded': {
      const split = contribution(event.data.amount, ZERO_AMOUNT);
      return booked('received', split, event.data.fiscalYear, ['publicReceived', 'publicReceived']);
    }
    case 'PublicContributionSplit': {
      const split = { ...contribution(ZERO_AMOUNT, ZERO_AMOUNT), publicFunderParts: event.data.parts };
      return { ...booked('received', split, null, null), texts: [event.data.amount, ...partTexts(split)] };
    }
    case 'GrantNoticeIssued':
      return booked('granted', event.data, event.data.fiscalYear, ['publicCommitted', 'privateCommitted']);
    case 'AdvancePaid':
    case 'PayoutMade':
      return booked('paid', event.data, event.data.fiscalYear, ['publicPaid', 'privatePaid']);
    case 'GrantCommitmentReleased':
      return booked('released', event.data, event.data.fiscalYear, ['publicReleased', 'privateReleased']);
    case 'RepaymentDemanded':
      return booked('repaymentDemanded', event.data, null, null);
    case 'RepaymentReceived':
      return booked('refunded', event.data, event.data.fiscalYear, ['publicRefunded', 'privateRefunded']);
    case 'FundOpened':
    case 'FundSettingsChanged':
    case 'FiscalYearBudgetSet':
    case 'FiscalYearClosed':
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

/** A contribution books on one pot only; as a split with no funder parts it takes the same path. */
function contribution(publicPart: string, privatePart: string): MoneySplit {
  return { amount: ZERO_AMOUNT, publicPart, privatePart, publicFunderParts: [] };
}

function booked(
  field: PotField,
  split: MoneySplit,
  fiscalYear: number | null,
  figures: Booking['figures'],
): Booking {
  return { field, split, fiscalYear, figures, texts: [split.amount, ...partTexts(split)] };
}

function partTexts(split: MoneySplit): string[] {
  return [split.publicPart, split.privatePart, ...split.publicFunderParts.map((part) => part.amount)];
}

/** Whether every amount is a number of whole cents, which is all the reducer can add. */
function allWholeCents(texts: readonly string[]): boolean {
  return texts.every(isWholeCents);
}

function isWholeCents(text: string): boolean {
  return isDecimalText(text) && parseAmountText(text).decimalPlaces() <= 2;
}

/** Whether the postings' amounts are whole cents and their debits equal their credits, as the ledger requires. */
function balances(lines: readonly PostingLine[]): boolean {
  let debits = new Money(0);
  let credits = new Money(0);
  for (const line of lines) {
    if (!isWholeCents(line.amount)) return false;
    if (line.side === 'debit') debits = debits.plus(parseAmountText(line.amount));
    else credits = credits.plus(parseAmountText(line.amount));
  }
  return debits.equals(credits);
}

/** Amounts as events carry them: an optional minus, digits, and optional decimals. */
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

function isDecimalText(text: unknown): text is string {
  return typeof text === 'string' && DECIMAL_TEXT.test(text);
}

function add<Field extends string>(amounts: Amounts<Field>, field: Field, amount: Money): void {
  amounts[field] = amounts[field].plus(amount);
}

function parsedAmounts<Field extends string>(
  fields: readonly Field[],
  source: Readonly<Record<Field, string>>,
): Amounts<Field> {
  const amounts = {} as Amounts<Field>;
  for (const field of fields) amounts[field] = parseAmountText(source[field]);
  return amounts;
}

function writtenAmounts<Field extends string>(
  fields: readonly Field[],
  amounts: Amounts<Field>,
): Record<Field, string> {
  const written = {} as Record<Field, string>;
  for (const field of fields) written[field] = formatCents(amounts[field]);
  return written;
}

function newFunder(funderId: string, name: string): WorkingFunder {
  return { funderId, name, totals: parsedAmounts(POT_FIELDS, EMPTY_POT_TOTALS) };
}

function workingFunder(funder: FunderTotals): WorkingFunder {
  return { funderId: funder.funderId, name: funder.name, totals: parsedAmounts(POT_FIELDS, funder) };
}

function writtenFunder(funder: WorkingFunder): FunderTotals {
  const totals: PotTotals = writtenAmounts(POT_FIELDS, funder.totals);
  return { funderId: funder.funderId, name: funder.name, ...totals };
}

function workingYear(year: FiscalYearTotals): WorkingYear {
  return { written: year, sums: parsedAmounts(SUMMED_FIGURES, year.figures) };
}

function writtenYear({ written, sums }: WorkingYear): FiscalYearTotals {
  const figures = {} as Record<FigureField, string>;
  for (const field of FIGURE_FIELDS) {
    figures[field] = field === 'publicBudget' ? written.figures.publicBudget : formatCents(sums[field]);
  }
  return { ...written, figures };
}

function writtenAccount(account: WorkingAccount): LedgerAccount {
  return {
    accountId: account.accountId,
    debit: formatCents(account.debit),
    credit: formatCents(account.credit),
  };
}
