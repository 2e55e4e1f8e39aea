/**
 * The fund projection: everything the queries read about one fund, folded from the fund's events
 * deterministically (no clock, no randomness; amounts as decimal strings in the documents). It has two
 * parts that the runner stores separately:
 *
 * - the fund summary: settings, balances per pot, funder and fiscal year, the general ledger, the jury;
 * - one view per application (the board), folded only from the events that name the application.
 *
 * Each part has one fold. The summary's (`FundSummaryFold`) changes its running totals in place as
 * Decimal and writes the stored document only when asked; the runner keeps it between stores, and the
 * pure functions below (for point-in-time answers, reports and the CLI) load a summary into it, fold
 * one event and write the result. An application view's fold is `applicationChanges`: the fields an
 * event changes, which the pure function copies into a new view; the runner applies the same fold to
 * the view it holds in place (`applicationChangeInPlace`, which records votes and attendance in the
 * held agenda item). "Now" and point-in-time answers therefore always agree.
 */
import {
  FUND_EVENT_TYPES,
  moneyMovementOf,
  type FundEvent,
  type FundEventType,
  type FundSettings,
  type MoneyMovement,
} from '@fund-ledger/domain';
import type { RecordedEvent } from '@fund-ledger/event-store';
import { EMPTY_BALANCES, FundBalancesFold, type FundBalancesState } from './balances/fund-balances';
import { evolveApplicationView, type ApplicationView } from './board/application-view';
import { evolveJuryMembers, type JuryMemberView } from './board/jury-view';
import { EMPTY_LEDGER, GeneralLedger, type GeneralLedgerState } from './ledger/general-ledger';
import { postingsOfMovement, type PostingLine } from './ledger/journal';
import { requireWholeCents } from './shared/amounts';
import {
  applicationIdOf,
  errorAt,
  pointOf,
  toFundEventRecord,
  type FundEventRecord,
  type ProjectionPoint,
} from './shared/fund-event-record';

/**
 * Changes whenever a fold's output changes shape or meaning: stored read models of another version
 * are rebuilt from the log when the runner starts.
 */
export const PROJECTION_VERSION = 3;

export interface FundSummary {
  readonly fundId: string;
  readonly name: string;
  readonly area: string;
  readonly status: 'open' | 'closed';
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly closeReason: string | null;
  readonly settings: FundSettings;
  readonly balances: FundBalancesState;
  readonly ledger: GeneralLedgerState;
  readonly jury: readonly JuryMemberView[];
  /** The last event of the fund's stream folded into the projection, about the fund or any of its applications. */
  readonly lastEvent: ProjectionPoint;
}

export interface FundProjection {
  /** Null until the fund's first event (`FundOpened`) has been folded. */
  readonly summary: FundSummary | null;
  /** By application id; a Map, because ids are chosen by clients and may be named like `toString`. */
  readonly applications: ReadonlyMap<string, ApplicationView>;
}

export function initialFundProjection(): FundProjection {
  return { summary: null, applications: new Map() };
}

/** Folds one stored event of the fund into the projection; events of other streams leave it unchanged. */
export function evolveFundProjection(projection: FundProjection, recorded: RecordedEvent): FundProjection {
  const record = toFundEventRecord(recorded);
  return record === null ? projection : evolveWithRecord(projection, record);
}

export function evolveWithRecord(projection: FundProjection, record: FundEventRecord): FundProjection {
  const summary = withLastEvent(evolveFundSummary(projection.summary, record), pointOf(record));
  const applicationId = applicationIdOf(record.event);
  if (applicationId === null) return { summary, applications: projection.applications };
  const view = evolveApplicationDocument(projection.applications.get(applicationId) ?? null, record);
  return { summary, applications: new Map(projection.applications).set(applicationId, view) };
}

/**
 * The summary after one more event, except for `lastEvent` (see `withLastEvent`); the same object when
 * the event concerns only an application. Refuses, naming the event, anything that cannot be folded.
 * The summary given is never changed.
 */
export function evolveFundSummary(summary: FundSummary | null, record: FundEventRecord): FundSummary {
  if (summary === null) return FundSummaryFold.open(record).toSummary();
  const fold = new FundSummaryFold(summary);
  return fold.fold(record) ? fold.toSummary() : summary;
}

/** The application view after one more event about it, with the same refusal as the summary. */
export function evolveApplicationDocument(
  view: ApplicationView | null,
  record: FundEventRecord,
): ApplicationView {
  return namingTheEvent(record, () => evolveApplicationView(view, record));
}

/** Runs a fold of the event; a refusal is rethrown as a `ProjectionError` that names the event. */
export function namingTheEvent<Result>(record: FundEventRecord, fold: () => Result): Result {
  try {
    return fold();
  } catch (error) {
    throw errorAt(eventPlace(record), (error as Error).message);
  }
}

function eventPlace(record: FundEventRecord) {
  return {
    position: record.position,
    streamId: record.streamId,
    revision: record.revision,
    type: record.event.type,
  };
}

/**
 * Records the last event of the fund's stream folded so far. It is kept apart from the other changes
 * because every event changes it: the runner sets it once per stored batch instead of once per event.
 */
export function withLastEvent(summary: FundSummary, lastEvent: ProjectionPoint): FundSummary {
  return { ...summary, lastEvent };
}

/**
 * Whether an event changes the fund as a whole: its settings and status, its money, its jury. A record
 * over every event type, so a new type does not compile until the summary decides whether it is one.
 */
const CHANGES_THE_FUND: Readonly<Record<FundEventType, boolean>> = {
  FundOpened: true,
  FundSettingsChanged: true,
  FiscalYearBudgetSet: true,
  FiscalYearClosed: true,
  FundClosed: true,
  PrivateContributionRecorded: true,
  PublicContributionRecorded: true,
  PublicContributionSplit: true,
  ApplicationSubmitted: false,
  ApplicationMarkedIncomplete: false,
  ApplicationAmended: false,
  ApplicationDeclaredEligible: false,
  ApplicationDeclaredIneligible: false,
  ApplicationWithdrawn: false,
  JuryMemberAppointed: true,
  JuryMemberLeft: true,
  ApplicationPutOnAgenda: false,
  JuryAttendanceRecorded: false,
  ConflictOfInterestDeclared: false,
  VoteCast: false,
  VoteCorrected: false,
  JuryVoteClosed: false,
  ApplicationApproved: false,
  ApplicationRejected: false,
  ApplicationDeferred: false,
  GrantNoticeIssued: true,
  AdvancePaid: true,
  ProofOfUseSubmitted: false,
  ProofOfUseRejected: false,
  ProofOfUseAccepted: false,
  PayoutMade: true,
  GrantCommitmentReleased: true,
  GrantClosed: false,
  GrantExpired: false,
  GrantRevoked: false,
  RepaymentDemanded: true,
  RepaymentReceived: true,
  RepaymentSettled: false,
  GrantPayeeRecorded: false,
  PaymentCertified: false,
  PaymentOrdered: false,
  PaymentOrderWithdrawn: false,
  PaymentOrdersExported: false,
  RepaymentDemandCertified: false,
  JuryMeetingMinuted: false,
};

export const FUND_LEVEL_EVENTS: ReadonlySet<FundEventType> = new Set(
  FUND_EVENT_TYPES.filter((type) => CHANGES_THE_FUND[type]),
);

/** What one event changes in a summary, worked out (and refused) before anything changes. */
interface SummaryChange {
  readonly event: FundEvent;
  readonly movement: MoneyMovement | null;
  readonly postings: readonly PostingLine[];
  readonly jury: readonly JuryMemberView[];
}

/**
 * A fund's summary as it is folded: the balances and the ledger as running totals changed in place
 * (loaded from the stored document only when an event first changes them), the other fields replaced
 * by the events that change them. `toSummary` writes the document; what did not change since the last
 * write is the same object as before, so writing after every event costs what the event changed.
 */
export class FundSummaryFold {
  /** The fields other than balances and ledger; its balances and ledger are those it was loaded with. */
  private base: FundSummary;
  private balances: FundBalancesFold | null = null;
  private ledger: GeneralLedger | null = null;

  constructor(summary: FundSummary) {
    this.base = summary;
  }

  /** The fold of a fund's first event, which must open it. */
  static open(record: FundEventRecord): FundSummaryFold {
    return namingTheEvent(record, () => {
      const { event } = record;
      if (event.type !== 'FundOpened') throw new Error(`fund ${record.fundId} has not been opened`);
      const fold = new FundSummaryFold({
        fundId: record.fundId,
        name: event.data.name,
        area: event.data.area,
        status: 'open',
        openedAt: event.data.occurredAt,
        closedAt: null,
        closeReason: null,
        settings: event.data.settings,
        balances: EMPTY_BALANCES,
        ledger: EMPTY_LEDGER,
        jury: [],
        lastEvent: pointOf(record),
      });
      fold.workingBalances().configureFunders(event.data.settings);
      return fold;
    });
  }

  get fundId(): string {
    return this.base.fundId;
  }

  /**
   * Folds one more event of the fund. Returns whether the summary changed (an event about an
   * application only leaves it as it is). An event that cannot be folded is refused with a
   * `ProjectionError` naming it, and leaves the summary as it was.
   */
  fold(record: FundEventRecord): boolean {
    const change = namingTheEvent(record, () => this.changeOf(record));
    if (change === null) return false;
    this.apply(change);
    return true;
  }

  /** Throws the refusal of the event, if there is one, without changing anything. */
  check(record: FundEventRecord): void {
    namingTheEvent(record, () => this.changeOf(record));
  }

  toSummary(lastEvent: ProjectionPoint = this.base.lastEvent): FundSummary {
    return {
      ...this.base,
      balances: this.balances === null ? this.base.balances : this.balances.write(),
      ledger: this.ledger === null ? this.base.ledger : this.ledger.write(),
      lastEvent,
    };
  }

  /** Everything about the event that can be refused, checked; null for an event that does not change the fund. */
  private changeOf(record: FundEventRecord): SummaryChange | null {
    const { event } = record;
    if (event.type === 'FundOpened') throw new Error(`fund ${record.fundId} was already opened`);
    if (this.base.status === 'closed')
      throw new Error(`fund ${this.base.fundId} is closed; no event may follow FundClosed`);
    if (!FUND_LEVEL_EVENTS.has(event.type)) return null;
    const movement = moneyMovementOf(event);
    if (movement !== null) {
      requireWholeCents(movement.publicPart);
      requireWholeCents(movement.privatePart);
      for (const part of movement.publicFunderParts) requireWholeCents(part.amount);
    }
    const postings = postingsOfMovement(movement);
    GeneralLedger.check(postings, event.type);
    return { event, movement, postings, jury: evolveJuryMembers(this.base.jury, event) };
  }

  private apply({ event, movement, postings, jury }: SummaryChange): void {
    if (jury !== this.base.jury) this.base = { ...this.base, jury };
    if (event.type === 'FundSettingsChanged') {
      this.base = { ...this.base, settings: event.data.settings };
      this.workingBalances().configureFunders(event.data.settings);
    } else if (event.type === 'FundClosed') {
      this.base = {
        ...this.base,
        status: 'closed',
        closedAt: event.data.occurredAt,
        closeReason: event.data.reason,
      };
    } else if (event.type === 'FiscalYearBudgetSet') {
      this.workingBalances().setBudget(event.data.fiscalYear, event.data.publicBudget);
    } else if (event.type === 'FiscalYearClosed') {
      this.workingBalances().closeYear(event.data);
    }
    if (movement !== null) this.workingBalances().book(movement);
    if (postings.length > 0) this.workingLedger().post(postings);
  }

  private workingBalances(): FundBalancesFold {
    this.balances ??= new FundBalancesFold(this.base.balances);
    return this.balances;
  }

  private workingLedger(): GeneralLedger {
    this.ledger ??= new GeneralLedger(this.base.ledger);
    return this.ledger;
  }
}
