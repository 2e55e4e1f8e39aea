/**
 * Which day each event of a fund counts on when the ledger is cut by business date ("as of 31 March").
 * An event that has a business date of its own counts on it. The other events of its command count on
 * the same day: the split of a contribution on the contribution's value date (found by the
 * contribution's id, so also where a split stands in a command of its own), the release of a
 * revoked grant on the revocation notice's date. An event without any counts on the day it was
 * recorded (its `occurredAt` in the fund's time zone) — but never later than what followed from it:
 * an application typed in today that the jury decided on in March was submitted by March. "What
 * followed from it" is every later event of the same application, of the same jury member, or, for
 * the fund's own events, of the fund; the opening of the fund precedes everything.
 *
 * With the decider's rule that business dates never go backwards within an application (see
 * `requireNotBefore`), the events of each application counting on or before any day are a beginning of
 * its history, so every cut folds like a real history.
 */
import type { EventEnvelope } from '../decider';
import { calendarDateIn, earlierBusinessDate, type BusinessDate } from '../time/business-date';
import type { FundEvent } from './fund.events';
import { assertNever } from './shared/assert-never';
import { timeZoneOf } from './shared/business-dates';

/** The business date an event carries itself, or null for an event without one (or recorded before dates were kept). */
export function ownBusinessDateOf(event: FundEvent): BusinessDate | null {
  switch (event.type) {
    case 'FundSettingsChanged':
      return event.data.effectiveDate ?? null;
    case 'PrivateContributionRecorded':
    case 'PublicContributionRecorded':
    case 'AdvancePaid':
    case 'PayoutMade':
    case 'RepaymentReceived':
      return event.data.valueDate;
    case 'JuryVoteClosed':
    case 'ApplicationApproved':
    case 'ApplicationRejected':
    case 'ApplicationDeferred':
      return event.data.meetingDate ?? null;
    case 'GrantNoticeIssued':
    case 'GrantRevoked':
      return event.data.noticeDate ?? null;
    case 'RepaymentDemanded':
      return event.data.demandOrder?.orderedOn ?? event.data.noticeDate ?? null;
    case 'JuryMeetingMinuted':
      return event.data.meetingDate;
    case 'PaymentCertified':
    case 'RepaymentDemandCertified':
      return event.data.certifiedOn;
    case 'PaymentOrdered':
      return event.data.orderedOn;
    case 'ProofOfUseSubmitted':
      return event.data.receivedDate ?? null;
    case 'FundOpened':
    case 'FiscalYearBudgetSet':
    case 'FiscalYearClosed':
    case 'FundClosed':
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
    case 'ProofOfUseRejected':
    case 'ProofOfUseAccepted':
    case 'GrantCommitmentReleased':
    case 'GrantClosed':
    case 'GrantExpired':
    case 'RepaymentSettled':
    case 'GrantPayeeRecorded':
    case 'PaymentOrderWithdrawn':
    case 'PaymentOrdersExported':
      return null;
    default:
      return assertNever(event);
  }
}

/** The events that follow from one another for the cut: one application's, one jury member's, or the fund's own. */
function scopeOf(event: FundEvent): string {
  if ('applicationId' in event.data) return `application:${event.data.applicationId}`;
  if (event.type === 'JuryMemberAppointed' || event.type === 'JuryMemberLeft') {
    return `member:${event.data.memberId}`;
  }
  return 'fund';
}

/**
 * The day each event of a fund's history counts on, in the order of the history (see the top of this
 * file). `envelopes` is the fund's stream from its beginning, or a beginning of it: "what did we know
 * on 1 March about 31 December" is this function over the events recorded by 1 March.
 */
export function effectiveDatesOf(envelopes: readonly EventEnvelope<FundEvent>[]): BusinessDate[] {
  const { dates, dated } = datesByCommand(envelopes);
  const earliestLaterByScope = new Map<string, BusinessDate>();
  let earliestLater: BusinessDate | null = null;
  for (let index = envelopes.length - 1; index >= 0; index -= 1) {
    const { event } = envelopes[index];
    const scope = scopeOf(event);
    let date = dates[index];
    if (!dated[index]) {
      const laterInScope = earliestLaterByScope.get(scope);
      if (laterInScope !== undefined) date = earlierBusinessDate(date, laterInScope);
      if (event.type === 'FundOpened' && earliestLater !== null)
        date = earlierBusinessDate(date, earliestLater);
      dates[index] = date;
    }
    const scopeEarliest = earliestLaterByScope.get(scope);
    earliestLaterByScope.set(
      scope,
      scopeEarliest === undefined ? date : earlierBusinessDate(scopeEarliest, date),
    );
    earliestLater = earliestLater === null ? date : earlierBusinessDate(earliestLater, date);
  }
  return dates;
}

/**
 * The day of each event's command: the business date one of its events carries, else the day the
 * command was recorded, in the fund's time zone as it stood then. `dated` tells which days are
 * business dates, which no later event moves.
 */
function datesByCommand(envelopes: readonly EventEnvelope<FundEvent>[]): {
  dates: BusinessDate[];
  dated: boolean[];
} {
  const dates = new Array<BusinessDate>(envelopes.length);
  const dated = new Array<boolean>(envelopes.length);
  const recordingDay = new RecordingDays();
  const contributionDays = new ContributionDays();
  let timeZone = timeZoneOf(null);
  let first = 0;
  while (first < envelopes.length) {
    let end = first;
    let ownDate: BusinessDate | null = null;
    while (end < envelopes.length && envelopes[end].commandId === envelopes[first].commandId) {
      const { event } = envelopes[end];
      if (event.type === 'FundOpened' || event.type === 'FundSettingsChanged') {
        timeZone = timeZoneOf(event.data.settings);
      }
      ownDate ??= ownBusinessDateOf(event) ?? contributionDays.dayOfSplit(event);
      contributionDays.remember(event);
      end += 1;
    }
    const date = ownDate ?? recordingDay.of(envelopes[first].event.data.occurredAt, timeZone);
    dates.fill(date, first, end);
    dated.fill(ownDate !== null, first, end);
    first = end;
  }
  return { dates, dated };
}

/** The value date of each public contribution, which its split counts on. */
class ContributionDays {
  private readonly days = new Map<string, BusinessDate>();

  remember(event: FundEvent): void {
    if (event.type !== 'PublicContributionRecorded') return;
    const day = ownBusinessDateOf(event);
    if (day !== null) this.days.set(event.data.contributionId, day);
  }

  dayOfSplit(event: FundEvent): BusinessDate | null {
    if (event.type !== 'PublicContributionSplit') return null;
    return this.days.get(event.data.contributionId) ?? null;
  }
}

/**
 * The day of a recording instant, remembering the last answer: consecutive events are mostly recorded
 * within the same minute, and every zone's offset is whole minutes, so a UTC minute lies on one day.
 */
class RecordingDays {
  private minute = '';
  private timeZone = '';
  private day = '';

  of(instant: string, timeZone: string): BusinessDate {
    const minute = instant.endsWith('Z') ? instant.slice(0, 16) : '';
    if (minute !== '' && minute === this.minute && timeZone === this.timeZone) return this.day;
    this.minute = minute;
    this.timeZone = timeZone;
    this.day = calendarDateIn(instant, timeZone);
    return this.day;
  }
}

/** The events of a history that count on or before a day: the history as of that day. */
export function eventsEffectiveOn<Envelope extends EventEnvelope<FundEvent>>(
  envelopes: readonly Envelope[],
  day: BusinessDate,
): Envelope[] {
  const dates = effectiveDatesOf(envelopes);
  return envelopes.filter((_, index) => dates[index] <= day);
}
