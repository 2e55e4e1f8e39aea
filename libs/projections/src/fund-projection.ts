/**
 * The fund projection: everything the queries read about one fund, folded from the fund's events by
 * pure, deterministic reducers (no clock, no randomness; amounts as decimal strings). It has two
 * parts that the runner stores separately:
 *
 * - the fund summary: settings, balances per pot, funder and fiscal year, the general ledger, the jury;
 * - one view per application (the board), folded only from the events that name the application.
 *
 * "Now" queries read the stored parts; point-in-time queries fold the fund's stream up to the bound
 * with these same reducers, so both always agree.
 */
import {
  assertNever,
  FUND_EVENT_TYPES,
  type FundEvent,
  type FundEventType,
  type FundSettings,
} from '@fund-ledger/domain';
import type { RecordedEvent } from '@fund-ledger/event-store';
import { EMPTY_BALANCES, evolveFundBalances, type FundBalancesState } from './balances/fund-balances';
import { evolveApplicationView, type ApplicationView } from './board/application-view';
import { evolveJury, type JuryMemberView } from './board/jury-view';
import { EMPTY_LEDGER, postToLedger, type GeneralLedgerState } from './ledger/general-ledger';
import { postingsOf } from './ledger/journal';
import {
  applicationIdOf,
  errorAt,
  pointOf,
  toFundEventRecord,
  type FundEventRecord,
  type ProjectionPoint,
} from './shared/fund-event-record';

/**
 * Changes whenever a reducer's output changes shape or meaning: stored read models of another version
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
 */
export function evolveFundSummary(summary: FundSummary | null, record: FundEventRecord): FundSummary {
  return namingTheEvent(record, () => summaryAfter(summary, record));
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

function summaryAfter(summary: FundSummary | null, record: FundEventRecord): FundSummary {
  const { event } = record;
  if (event.type === 'FundOpened') {
    if (summary !== null) throw new Error(`fund ${record.fundId} was already opened`);
    return openedSummary(record, event);
  }
  if (summary === null) throw new Error(`fund ${record.fundId} has not been opened`);
  if (summary.status === 'closed')
    throw new Error(`fund ${summary.fundId} is closed; no event may follow FundClosed`);
  if (!FUND_LEVEL_EVENTS.has(event.type)) return summary;
  return {
    ...summary,
    ...fundLevelChanges(event),
    balances: evolveFundBalances(summary.balances, event),
    ledger: postToLedger(summary.ledger, postingsOf(event), event.type),
    jury: evolveJury(summary.jury, event),
  };
}

function openedSummary(
  record: FundEventRecord,
  event: Extract<FundEvent, { type: 'FundOpened' }>,
): FundSummary {
  return {
    fundId: record.fundId,
    name: event.data.name,
    area: event.data.area,
    status: 'open',
    openedAt: event.data.occurredAt,
    closedAt: null,
    closeReason: null,
    settings: event.data.settings,
    balances: evolveFundBalances(EMPTY_BALANCES, event),
    ledger: EMPTY_LEDGER,
    jury: [],
    lastEvent: pointOf(record),
  };
}

function fundLevelChanges(event: FundEvent): Partial<FundSummary> {
  switch (event.type) {
    case 'FundSettingsChanged':
      return { settings: event.data.settings };
    case 'FundClosed':
      return { status: 'closed', closedAt: event.data.occurredAt, closeReason: event.data.reason };
    case 'FundOpened':
    case 'FiscalYearBudgetSet':
    case 'FiscalYearClosed':
    case 'PrivateContributionRecorded':
    case 'PublicContributionRecorded':
    case 'PublicContributionSplit':
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
    case 'GrantNoticeIssued':
    case 'AdvancePaid':
    case 'ProofOfUseSubmitted':
    case 'ProofOfUseRejected':
    case 'ProofOfUseAccepted':
    case 'PayoutMade':
    case 'GrantCommitmentReleased':
    case 'GrantClosed':
    case 'GrantExpired':
    case 'GrantRevoked':
    case 'RepaymentDemanded':
    case 'RepaymentReceived':
    case 'RepaymentSettled':
    case 'GrantPayeeRecorded':
    case 'PaymentCertified':
    case 'PaymentOrdered':
    case 'PaymentOrderWithdrawn':
    case 'PaymentOrdersExported':
    case 'JuryMeetingMinuted':
    case 'RepaymentDemandCertified':
      return {};
    default:
      return assertNever(event);
  }
}
