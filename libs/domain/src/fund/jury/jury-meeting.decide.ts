/**
 * A jury meeting minuted once by the fund's office. Each agenda item is decided by the same rules as when
 * members vote themselves: the minutes become the events those steps record (attendance, conflicts, votes
 * or the tally of a show of hands, the decision), decided one after the other on the fund as the previous
 * events left it, by the very functions the individual steps use. So quorum, recusal and majority cannot
 * differ between the two ways of voting.
 */
import { DomainError } from '../../decider';
import type { MinutedAgendaItem, MinutedConflict, RecordJuryMeeting } from '../fund.commands';
import type { FundEvent, JuryEvent, VoteTally } from '../fund.events';
import type { ApplicationState } from '../fund.state';
import { JURY_SIZE_MAX } from '../setup/fund-settings.rules';
import { eventBase, requireApplication, type EventBase, type OpenFundState } from '../shared/guards';
import { requireNotBefore, resolveBusinessDate } from '../shared/business-dates';
import { invalidInput, requireId, requireInteger, requireList } from '../shared/validation';
import {
  attendanceEvent,
  closingEvents,
  type DecisionDating,
  conflictEvent,
  deferralEvent,
  requireActiveMember,
  requireOpenDecision,
  requirePresentMembers,
  requireVotingMode,
  voteEvent,
} from './jury.decide';
import { evolveJury } from './jury.evolve';

/** Most agenda items in one set of minutes, and most conflicts declared at one meeting: bounds, not rules. */
export const MEETING_ITEMS_MAX = 50;
export const MEETING_CONFLICTS_MAX = 200;

type ItemRecord =
  | { readonly kind: 'votes'; readonly votes: readonly unknown[] }
  | { readonly kind: 'show-of-hands'; readonly tally: VoteTally }
  | { readonly kind: 'deferred'; readonly reason: unknown };

export function decideRecordJuryMeeting(
  command: RecordJuryMeeting,
  fund: OpenFundState,
): readonly FundEvent[] {
  requireVotingMode(fund, 'minuted', 'meetingId');
  const meetingId = requireId(command.meetingId, 'meetingId');
  if (command.meetingDate === undefined)
    throw invalidInput('meetingDate', 'The minutes name the day of the meeting.');
  const meetingDate = resolveBusinessDate(fund, command, command.meetingDate, 'meetingDate');
  const presentMemberIds = requirePresentMembers(fund, command.presentMemberIds);
  const items = requireList<MinutedAgendaItem>(command.items, 'items', MEETING_ITEMS_MAX);
  if (items.length === 0)
    throw invalidInput('items', 'The minutes must decide or defer at least one agenda item.');
  const applicationIds = items.map((item, index) =>
    within(`items[${index}]`, () => requireOnThisMeeting(fund, item?.applicationId, meetingId)),
  );
  const conflicts = requireConflicts(command.conflicts, applicationIds);
  const base = eventBase(command);
  const minutes = new MinutesRecorder(fund);
  minutes.record({
    type: 'JuryMeetingMinuted',
    data: { ...base, meetingId, meetingDate, presentMemberIds, applicationIds },
  });
  items.forEach((item, index) => {
    const applicationId = applicationIds[index]!;
    const previous = minutes.application(applicationId).lastBusinessDate;
    requireNotBefore(meetingDate, previous, 'meetingDate', `the previous jury decision on ${applicationId}`);
    minutes.record(attendanceEvent(minutes.application(applicationId), presentMemberIds, base));
    for (const { conflict, index: conflictIndex } of conflicts.filter(
      (c) => c.conflict.applicationId === applicationId,
    )) {
      within(`conflicts[${conflictIndex}]`, () => {
        const memberId = requireActiveMember(minutes.fund, conflict.memberId, 'memberId');
        minutes.record(conflictEvent(minutes.application(applicationId), memberId, conflict.reason, base));
      });
    }
    within(`items[${index}]`, () => recordItem(minutes, applicationId, item, base, { meetingDate }));
  });
  return minutes.events;
}

/** The events of the minutes so far, and the fund as they leave it. */
class MinutesRecorder {
  readonly events: FundEvent[] = [];

  constructor(public fund: OpenFundState) {}

  record(event: FundEvent): void {
    this.events.push(event);
    this.fund = evolveJury(this.fund, event as JuryEvent) as OpenFundState;
  }

  application(applicationId: string): ApplicationState {
    return requireApplication(this.fund, applicationId);
  }
}

function recordItem(
  minutes: MinutesRecorder,
  applicationId: string,
  item: MinutedAgendaItem,
  base: EventBase,
  dating: DecisionDating,
): void {
  const record = itemRecord(item);
  if (record.kind === 'deferred') {
    minutes.record(deferralEvent(minutes.application(applicationId), record.reason, base, dating));
    return;
  }
  if (record.kind === 'votes') {
    record.votes.forEach((cast, index) =>
      within(`votes[${index}]`, () => {
        const vote = (cast ?? {}) as { memberId?: unknown; vote?: unknown };
        const memberId = requireActiveMember(minutes.fund, vote.memberId, 'memberId');
        minutes.record(voteEvent(minutes.application(applicationId), memberId, vote.vote, base));
      }),
    );
  }
  const tally = record.kind === 'show-of-hands' ? record.tally : null;
  for (const event of closingEvents(
    minutes.fund,
    minutes.application(applicationId),
    item.approvedAmount,
    base,
    dating,
    tally,
  )) {
    minutes.record(event);
  }
}

/** Exactly one of the member's votes, the tally of a show of hands, or the reason for deferring. */
function itemRecord(item: MinutedAgendaItem): ItemRecord {
  const given = (['votes', 'showOfHands', 'deferralReason'] as const).filter(
    (key) => item[key] !== undefined,
  );
  if (given.length !== 1) {
    throw invalidInput(
      'votes',
      'An agenda item records exactly one of votes (each member’s vote), showOfHands (the tally) or deferralReason.',
    );
  }
  if (item.deferralReason !== undefined) {
    if (item.approvedAmount !== undefined) {
      throw invalidInput(
        'approvedAmount',
        'A deferred agenda item puts no motion to the vote: leave approvedAmount out.',
      );
    }
    return { kind: 'deferred', reason: item.deferralReason };
  }
  if (item.votes !== undefined)
    return { kind: 'votes', votes: requireList(item.votes, 'votes', JURY_SIZE_MAX) };
  return { kind: 'show-of-hands', tally: requireTally(item.showOfHands) };
}

function requireTally(value: unknown): VoteTally {
  if (typeof value !== 'object' || value === null) {
    throw invalidInput(
      'showOfHands',
      'showOfHands must be the tally {"yes", "no", "abstain"} as whole numbers.',
    );
  }
  const tally = value as Record<string, unknown>;
  const count = (choice: string) => requireInteger(tally[choice], `showOfHands.${choice}`, 0, JURY_SIZE_MAX);
  return { yes: count('yes'), no: count('no'), abstain: count('abstain') };
}

/** An application on the agenda of this meeting, with its decision open. */
function requireOnThisMeeting(fund: OpenFundState, applicationId: unknown, meetingId: string): string {
  const application = requireApplication(fund, requireId(applicationId, 'applicationId'));
  const decision = requireOpenDecision(application);
  if (decision.meetingId !== meetingId) {
    throw new DomainError(
      'JURY.NOT_ON_THIS_MEETING',
      `Application ${application.applicationId} is on the agenda of meeting ${decision.meetingId}, not ${meetingId}.`,
      'conflict',
      'applicationId',
    );
  }
  return application.applicationId;
}

/** The conflicts declared at the meeting, each for an application on its agenda, once per member and application. */
function requireConflicts(
  value: unknown,
  applicationIds: readonly string[],
): readonly { readonly conflict: MinutedConflict; readonly index: number }[] {
  const conflicts = requireList<MinutedConflict>(value, 'conflicts', MEETING_CONFLICTS_MAX);
  if (new Set(applicationIds).size !== applicationIds.length) {
    throw invalidInput('items', 'The minutes name each agenda item once.');
  }
  return conflicts.map((conflict, index) => {
    if (!applicationIds.includes(conflict?.applicationId)) {
      throw invalidInput(
        `conflicts[${index}].applicationId`,
        'A conflict declared at the meeting concerns an application among the minutes’ agenda items.',
      );
    }
    return { conflict, index };
  });
}

/** Names a refusal's field within the minutes, e.g. `items[1].votes[0].memberId`. */
function within<Result>(prefix: string, decide: () => Result): Result {
  try {
    return decide();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const field = error.field === undefined ? prefix : `${prefix}.${error.field}`;
    throw new DomainError(error.code, error.message, error.kind, field);
  }
}
