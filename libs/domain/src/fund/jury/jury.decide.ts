/** The jury: membership, agenda items, attendance, conflicts of interest, votes and their outcome. */
import { DomainError } from '../../decider';
import { formatAmount, parseAmount } from '../../money/money';
import type {
  AppointJuryMember,
  CastVote,
  CloseVote,
  CorrectVote,
  DeclareConflictOfInterest,
  DeferApplication,
  JuryCommand,
  JuryGroup,
  PersonIdentity,
  PutApplicationOnAgenda,
  RecordJuryAttendance,
  RemoveJuryMember,
  VoteChoice,
} from '../fund.commands';
import type { FundEvent, VoteTally } from '../fund.events';
import type { BusinessDate } from '../../time/business-date';
import type { JuryVoting } from '../fund.settings';
import type { ApplicationState, JuryMemberState, OpenDecision } from '../fund.state';
import type { ApplicationProcessStatus } from '../lifecycle/application-status';
import { requireFinancingPlan, requirePerProjectRules } from '../shared/financing.rules';
import { assertNever } from '../shared/assert-never';
import {
  applicationInWrongState,
  eventBase,
  type EventBase,
  requireApplication,
  type OpenFundState,
  requireNewId,
} from '../shared/guards';
import { JURY_SIZE_MAX } from '../setup/fund-settings.rules';
import { correctsField, requireNotBefore, resolveBusinessDate } from '../shared/business-dates';
import { requirePerson } from '../shared/person';
import {
  requireDate,
  requireId,
  requireList,
  requireOneOf,
  requireText,
  TEXT_LENGTH_MAX,
  invalidInput,
} from '../shared/validation';
import { isSeatOf, motionCarries, quorumRequired, tallyOf } from './jury.rules';
import { everyValueOf } from '../shared/every-value-of';

export const JURY_GROUPS = everyValueOf<JuryGroup>()('private-actor', 'administration', 'politics');
export const VOTE_CHOICES = everyValueOf<VoteChoice>()('yes', 'no', 'abstain');

const CONFLICT_DECLARABLE: readonly ApplicationProcessStatus[] = [
  'submitted',
  'incomplete',
  'eligible',
  'on-agenda',
  'deferred',
];

export function decideJury(command: JuryCommand, fund: OpenFundState): readonly FundEvent[] {
  switch (command.type) {
    case 'AppointJuryMember':
      return decideAppointJuryMember(command, fund);
    case 'RemoveJuryMember':
      return decideRemoveJuryMember(command, fund);
    case 'PutApplicationOnAgenda':
      return decidePutOnAgenda(command, fund);
    case 'RecordJuryAttendance':
      return decideRecordAttendance(command, fund);
    case 'DeclareConflictOfInterest':
      return decideDeclareConflict(command, fund);
    case 'CastVote':
      return decideCastVote(command, fund);
    case 'CorrectVote':
      return decideCorrectVote(command, fund);
    case 'CloseVote':
      return decideCloseVote(command, fund);
    case 'DeferApplication':
      return decideDefer(command, fund);
    default:
      return assertNever(command);
  }
}

function isActiveMember(fund: OpenFundState, memberId: string): boolean {
  return fund.juryMembers.get(memberId)?.active === true;
}

/** A member ever appointed in this fund: 404 for an id never appointed here. */
function requireKnownMember(fund: OpenFundState, memberId: unknown, field: string): JuryMemberState {
  const id = requireId(memberId, field);
  const member = fund.juryMembers.get(id);
  if (member === undefined) {
    throw new DomainError(
      'JURY.MEMBER_NOT_FOUND',
      `${id} was never appointed to this fund's jury.`,
      'not_found',
      field,
    );
  }
  return member;
}

/** A member who sits on the jury now: 404 for an id never appointed here, 422 for one who was removed. */
export function requireActiveMember(fund: OpenFundState, memberId: unknown, field = 'memberId'): string {
  const member = requireKnownMember(fund, memberId, field);
  if (!member.active) throw removedMember(member.memberId, field);
  return member.memberId;
}

function removedMember(memberId: string, field: string): DomainError {
  return new DomainError(
    'JURY.NOT_A_MEMBER',
    `${memberId} was removed from this fund's jury and no longer sits on it.`,
    'rule_violated',
    field,
  );
}

/**
 * The member a juror acts as: the seat the person was appointed to in this fund. A member id, when
 * the request names one, must be that seat: one member never acts for another, whatever their id is
 * in other funds. A person never appointed here may not act at all (403); one removed may not any
 * more (422).
 */
function requireActingMember(fund: OpenFundState, juror: PersonIdentity, memberId: unknown): string {
  const person = requirePerson(juror.subject, juror.issuer, 'juror');
  if (memberId !== undefined) {
    const member = requireKnownMember(fund, memberId, 'memberId');
    if (!isSeatOf(member, person)) throw notThisMember(person, member.memberId);
    if (!member.active) throw removedMember(member.memberId, 'memberId');
    return member.memberId;
  }
  const seats = [...fund.juryMembers.values()].filter((member) => isSeatOf(member, person));
  const seat = seats.find((member) => member.active) ?? seats[0];
  if (seat === undefined) throw notAppointed(person);
  if (!seat.active) throw removedMember(seat.memberId, 'memberId');
  return seat.memberId;
}

function notThisMember(person: PersonIdentity, memberId: string): DomainError {
  return new DomainError(
    'JURY.NOT_THIS_MEMBER',
    `${person.subject} was not appointed as ${memberId} in this fund; a jury member acts only for their own seat.`,
    'forbidden',
    'memberId',
  );
}

function notAppointed(person: PersonIdentity): DomainError {
  return new DomainError(
    'JURY.NOT_APPOINTED',
    `${person.subject} is not appointed to this fund's jury.`,
    'forbidden',
  );
}

export function requireOpenDecision(application: ApplicationState): OpenDecision {
  if (application.openDecision === null) {
    throw new DomainError(
      'JURY.NO_OPEN_DECISION',
      `Application ${application.applicationId} is not on the jury's agenda.`,
      'conflict',
      'applicationId',
    );
  }
  return application.openDecision;
}

function decideAppointJuryMember(command: AppointJuryMember, fund: OpenFundState): readonly FundEvent[] {
  const memberId = requireId(command.memberId, 'memberId');
  if (isActiveMember(fund, memberId)) {
    throw new DomainError(
      'JURY.MEMBER_ALREADY_APPOINTED',
      `${memberId} is already a member of the jury.`,
      'conflict',
      'memberId',
    );
  }
  const person = requirePerson(command.subject, command.issuer, 'person');
  const seat = [...fund.juryMembers.values()].find((member) => member.active && isSeatOf(member, person));
  if (seat !== undefined) {
    throw new DomainError(
      'JURY.PERSON_ALREADY_APPOINTED',
      `${person.subject} already sits on this jury as ${seat.memberId}; one person holds one seat.`,
      'conflict',
      'subject',
    );
  }
  const activeCount = [...fund.juryMembers.values()].filter((member) => member.active).length;
  if (activeCount >= JURY_SIZE_MAX) {
    throw invalidInput('memberId', `A jury has at most ${JURY_SIZE_MAX} members.`);
  }
  return [
    {
      type: 'JuryMemberAppointed',
      data: {
        ...eventBase(command),
        memberId,
        name: requireText(command.name, 'name', TEXT_LENGTH_MAX.name),
        group: requireOneOf(command.group, 'group', JURY_GROUPS),
        ...person,
      },
    },
  ];
}

function decideRemoveJuryMember(command: RemoveJuryMember, fund: OpenFundState): readonly FundEvent[] {
  const memberId = requireActiveMember(fund, command.memberId);
  const reason = requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason);
  return [{ type: 'JuryMemberLeft', data: { ...eventBase(command), memberId, reason } }];
}

function decidePutOnAgenda(command: PutApplicationOnAgenda, fund: OpenFundState): readonly FundEvent[] {
  const application = requireApplication(fund, command.applicationId);
  if (application.openDecision !== null) {
    throw new DomainError(
      'JURY.DECISION_ALREADY_OPEN',
      `Application ${application.applicationId} is already on the agenda (decision ${application.openDecision.decisionId}).`,
      'conflict',
      'applicationId',
    );
  }
  if (application.status !== 'eligible' && application.status !== 'deferred') {
    throw applicationInWrongState(application, 'be put on the jury agenda');
  }
  const decisionId = requireNewId(
    command.decisionId,
    'decisionId',
    (id) => fund.decisionIds.has(id),
    'JURY.DUPLICATE_DECISION_ID',
    (id) => `Decision ${id} already exists.`,
  );
  return [
    {
      type: 'ApplicationPutOnAgenda',
      data: {
        ...eventBase(command),
        applicationId: application.applicationId,
        decisionId,
        meetingId: requireId(command.meetingId, 'meetingId'),
        meetingDate: requireDate(command.meetingDate, 'meetingDate'),
      },
    },
  ];
}

function decideRecordAttendance(command: RecordJuryAttendance, fund: OpenFundState): readonly FundEvent[] {
  requireVotingMode(fund, 'members-vote', 'applicationId');
  const application = requireApplication(fund, command.applicationId);
  return [
    attendanceEvent(application, requirePresentMembers(fund, command.presentMemberIds), eventBase(command)),
  ];
}

/** Who attended: current members, each named once. */
export function requirePresentMembers(fund: OpenFundState, listed: unknown): readonly string[] {
  const members = requireList<string>(listed, 'presentMemberIds', JURY_SIZE_MAX);
  const presentMemberIds = members.map((memberId) => requireActiveMember(fund, memberId, 'presentMemberIds'));
  if (new Set(presentMemberIds).size !== presentMemberIds.length) {
    throw invalidInput('presentMemberIds', 'presentMemberIds must not name a member twice.');
  }
  return presentMemberIds;
}

/** Records who is present for the open decision; everyone who has voted on it must be among them. */
export function attendanceEvent(
  application: ApplicationState,
  presentMemberIds: readonly string[],
  base: EventBase,
): FundEvent {
  const decision = requireOpenDecision(application);
  const voterMissing = decision.votes.find((vote) => !presentMemberIds.includes(vote.memberId));
  if (voterMissing !== undefined) {
    throw invalidInput(
      'presentMemberIds',
      `${voterMissing.memberId} has voted and must be listed as present.`,
    );
  }
  return {
    type: 'JuryAttendanceRecorded',
    data: {
      ...base,
      applicationId: application.applicationId,
      decisionId: decision.decisionId,
      presentMemberIds,
    },
  };
}

function decideDeclareConflict(
  command: DeclareConflictOfInterest,
  fund: OpenFundState,
): readonly FundEvent[] {
  const application = requireApplication(fund, command.applicationId);
  const memberId = requireActingMember(fund, command.juror, command.memberId);
  return [conflictEvent(application, memberId, command.reason, eventBase(command))];
}

/** A member's conflict of interest: declared once per application, and never after their vote. */
export function conflictEvent(
  application: ApplicationState,
  memberId: string,
  reason: unknown,
  base: EventBase,
): FundEvent {
  if (!CONFLICT_DECLARABLE.includes(application.status)) {
    throw applicationInWrongState(application, 'take a declaration of conflict of interest any more');
  }
  if (application.recusedMemberIds.includes(memberId)) {
    throw new DomainError(
      'JURY.CONFLICT_ALREADY_DECLARED',
      `${memberId} has already declared a conflict of interest for application ${application.applicationId}.`,
      'conflict',
      'memberId',
    );
  }
  const decision = application.openDecision;
  if (decision?.votes.some((vote) => vote.memberId === memberId)) {
    throw new DomainError(
      'JURY.CONFLICT_AFTER_VOTE',
      `${memberId} has already voted on application ${application.applicationId}; a conflict of interest must be declared before voting.`,
      'conflict',
      'memberId',
    );
  }
  return {
    type: 'ConflictOfInterestDeclared',
    data: {
      ...base,
      applicationId: application.applicationId,
      memberId,
      reason: requireText(reason, 'reason', TEXT_LENGTH_MAX.reason),
      decisionId: decision?.decisionId ?? null,
    },
  };
}

/** A member may vote only once, only when present, and never on an application they are recused from. */
function requireVoter(application: ApplicationState, decision: OpenDecision, memberId: string): void {
  if (application.recusedMemberIds.includes(memberId)) {
    throw new DomainError(
      'JURY.MEMBER_RECUSED',
      `${memberId} declared a conflict of interest for application ${application.applicationId} and may not vote on it.`,
      'rule_violated',
      'memberId',
    );
  }
  if (!decision.presentMemberIds.includes(memberId)) {
    throw new DomainError(
      'JURY.MEMBER_NOT_PRESENT',
      `${memberId} is not recorded as present for this decision and cannot vote.`,
      'rule_violated',
      'memberId',
    );
  }
}

function decideCastVote(command: CastVote, fund: OpenFundState): readonly FundEvent[] {
  requireVotingMode(fund, 'members-vote', 'applicationId');
  const application = requireApplication(fund, command.applicationId);
  requireOpenDecision(application);
  const memberId = requireActingMember(fund, command.juror, command.memberId);
  return [voteEvent(application, memberId, command.vote, eventBase(command))];
}

/** One member's vote on the open decision: present, not recused, and only once. */
export function voteEvent(
  application: ApplicationState,
  memberId: string,
  vote: unknown,
  base: EventBase,
): FundEvent {
  const decision = requireOpenDecision(application);
  requireVoter(application, decision, memberId);
  if (decision.votes.some((vote) => vote.memberId === memberId)) {
    throw new DomainError(
      'JURY.ALREADY_VOTED',
      `${memberId} has already voted on this decision; a vote can only be corrected explicitly.`,
      'conflict',
      'memberId',
    );
  }
  return {
    type: 'VoteCast',
    data: {
      ...base,
      applicationId: application.applicationId,
      decisionId: decision.decisionId,
      memberId,
      vote: requireOneOf(vote, 'vote', VOTE_CHOICES),
    },
  };
}

function decideCorrectVote(command: CorrectVote, fund: OpenFundState): readonly FundEvent[] {
  requireVotingMode(fund, 'members-vote', 'applicationId');
  const application = requireApplication(fund, command.applicationId);
  const decision = requireOpenDecision(application);
  const memberId = requireActingMember(fund, command.juror, command.memberId);
  const previous = decision.votes.find((vote) => vote.memberId === memberId);
  if (previous === undefined) {
    throw new DomainError(
      'JURY.NOT_VOTED',
      `${memberId} has not voted on this decision yet.`,
      'conflict',
      'memberId',
    );
  }
  const vote = requireOneOf(command.vote, 'vote', VOTE_CHOICES);
  if (vote === previous.vote)
    throw invalidInput('vote', `${memberId} already voted ${vote}; nothing to correct.`);
  return [
    {
      type: 'VoteCorrected',
      data: {
        ...eventBase(command),
        applicationId: application.applicationId,
        decisionId: decision.decisionId,
        memberId,
        previousVote: previous.vote,
        vote,
        reason: requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason),
      },
    },
  ];
}

function requireMotionAmount(fund: OpenFundState, application: ApplicationState, value: unknown) {
  const amount = parseAmount(value, 'approvedAmount');
  if (amount.gt(application.details.requestedGrant)) {
    throw new DomainError(
      'APPLICATION.APPROVAL_EXCEEDS_REQUEST',
      `The jury cannot approve ${amount.toFixed(2)} EUR: the application requests ${application.details.requestedGrant} EUR.`,
      'rule_violated',
      'approvedAmount',
    );
  }
  if (fund.settings.matchingModel === 'per-project') {
    requireFinancingPlan(fund.settings, application.details);
    requirePerProjectRules(fund.settings, application.details, amount, 'approvedAmount');
  }
  return amount;
}

function decideCloseVote(command: CloseVote, fund: OpenFundState): readonly FundEvent[] {
  requireVotingMode(fund, 'members-vote', 'applicationId');
  const application = requireApplication(fund, command.applicationId);
  const dating = {
    meetingDate: requireDecisionDate(fund, command, application),
    ...correctsField(command.corrects),
  };
  return closingEvents(fund, application, command.approvedAmount, eventBase(command), dating);
}

/** The date of the meeting that took a decision, and what a late entry of it corrects. */
export interface DecisionDating {
  readonly meetingDate: BusinessDate;
  readonly corrects?: string;
}

/**
 * The jury's decision on the open agenda item, by the fund's quorum and majority rules: the tally is
 * counted from the members' votes, or is the tally of a show of hands the minutes record.
 */
export function closingEvents(
  fund: OpenFundState,
  application: ApplicationState,
  approvedAmount: unknown,
  eventBaseOfCommand: EventBase,
  dating: DecisionDating,
  showOfHands: VoteTally | null = null,
): readonly FundEvent[] {
  const decision = requireOpenDecision(application);
  const motionAmount = formatAmount(requireMotionAmount(fund, application, approvedAmount));
  const activeMembers = [...fund.juryMembers.values()].filter((member) => member.active);
  const required = quorumRequired(fund.settings.jury.quorum, activeMembers.length);
  const quorumPresent = decision.presentMemberIds.filter(
    (memberId) => isActiveMember(fund, memberId) && !application.recusedMemberIds.includes(memberId),
  );
  if (quorumPresent.length < required) {
    throw new DomainError(
      'JURY.QUORUM_NOT_REACHED',
      `The jury has no quorum: ${quorumPresent.length} members present without a conflict of interest, ${required} needed.`,
      'rule_violated',
      'applicationId',
    );
  }
  if (showOfHands !== null) requireTallyWithin(showOfHands, quorumPresent.length);
  const tally = showOfHands ?? tallyOf(decision.votes);
  const carried = motionCarries(fund.settings.jury.majority, tally);
  const base = {
    ...eventBaseOfCommand,
    applicationId: application.applicationId,
    decisionId: decision.decisionId,
    meetingDate: dating.meetingDate,
  };
  return [
    {
      type: 'JuryVoteClosed',
      data: {
        ...base,
        meetingId: decision.meetingId,
        memberCount: activeMembers.length,
        presentMemberIds: decision.presentMemberIds,
        recusedMemberIds: application.recusedMemberIds,
        quorumPresentCount: quorumPresent.length,
        quorumRequired: required,
        majorityRule: fund.settings.jury.majority,
        votes: decision.votes,
        tally,
        outcome: carried ? 'approved' : 'rejected',
        motionAmount,
        ...correctsField(dating.corrects),
        ...(showOfHands === null ? {} : { showOfHands: true as const }),
      },
    },
    carried
      ? { type: 'ApplicationApproved', data: { ...base, approvedAmount: motionAmount } }
      : { type: 'ApplicationRejected', data: base },
  ];
}

function decideDefer(command: DeferApplication, fund: OpenFundState): readonly FundEvent[] {
  const application = requireApplication(fund, command.applicationId);
  requireOpenDecision(application);
  const reason = requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason);
  const dating = {
    meetingDate: requireDecisionDate(fund, command, application),
    ...correctsField(command.corrects),
  };
  return [deferralEvent(application, reason, eventBase(command), dating)];
}

export function deferralEvent(
  application: ApplicationState,
  reason: unknown,
  base: EventBase,
  dating: DecisionDating,
): FundEvent {
  const decision = requireOpenDecision(application);
  return {
    type: 'ApplicationDeferred',
    data: {
      ...base,
      applicationId: application.applicationId,
      decisionId: decision.decisionId,
      reason: requireText(reason, 'reason', TEXT_LENGTH_MAX.reason),
      meetingDate: dating.meetingDate,
      ...correctsField(dating.corrects),
    },
  };
}

/**
 * A show of hands counts only members present, still on the jury and not recused: a tally with more
 * hands than that contradicts the attendance or the recusals. Members present may abstain from raising
 * a hand at all, as they may leave their vote uncast.
 */
function requireTallyWithin(tally: VoteTally, eligibleCount: number): void {
  const hands = tally.yes + tally.no + tally.abstain;
  if (hands > eligibleCount) {
    throw new DomainError(
      'JURY.TALLY_CONTRADICTS_ATTENDANCE',
      `The tally counts ${hands} hands, but only ${eligibleCount} members were present without a conflict of interest.`,
      'rule_violated',
      'showOfHands',
    );
  }
}

/** Refuses a step of the other way of voting than the fund's setting. */
export function requireVotingMode(fund: OpenFundState, mode: JuryVoting, field: string): void {
  if (fund.settings.juryVoting === mode) return;
  throw new DomainError(
    mode === 'minuted' ? 'JURY.MEMBERS_VOTE_THEMSELVES' : 'JURY.VOTES_ARE_MINUTED',
    mode === 'minuted'
      ? 'In this fund the jury members vote with their own accounts; a meeting is not minuted as a whole.'
      : "In this fund the fund's office minutes each jury meeting: attendance, votes and the decision are recorded with the minutes.",
    'rule_violated',
    field,
  );
}

/**
 * The day of the meeting that decided: given by the minutes, or today. A decision is not dated before
 * an earlier decision on the same application.
 */
function requireDecisionDate(
  fund: OpenFundState,
  command: CloseVote | DeferApplication,
  application: ApplicationState,
): string {
  const meetingDate = resolveBusinessDate(fund, command, command.meetingDate, 'meetingDate');
  requireNotBefore(meetingDate, application.lastBusinessDate, 'meetingDate', 'the previous jury decision');
  return meetingDate;
}
