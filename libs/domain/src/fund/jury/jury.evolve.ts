import type { JuryEvent } from '../fund.events';
import type { FundState, OpenDecision } from '../fund.state';
import { updateApplication } from '../applications/applications.evolve';
import { assertNever } from '../shared/assert-never';
import { withEntry, withId } from '../shared/keyed';
import { laterBusinessDate } from '../../time/business-date';

export function evolveJury(state: FundState, event: JuryEvent): FundState {
  switch (event.type) {
    case 'JuryMemberAppointed': {
      const { memberId, name, group, subject, issuer } = event.data;
      const member = {
        memberId,
        name,
        group,
        active: true,
        subject: subject ?? null,
        issuer: issuer ?? null,
      };
      return { ...state, juryMembers: withEntry(state.juryMembers, memberId, member) };
    }
    case 'JuryMemberLeft': {
      const member = state.juryMembers.get(event.data.memberId);
      if (member === undefined) throw new Error(`Event refers to unknown jury member ${event.data.memberId}`);
      return {
        ...state,
        juryMembers: withEntry(state.juryMembers, member.memberId, { ...member, active: false }),
      };
    }
    case 'ApplicationPutOnAgenda': {
      const { applicationId, decisionId, meetingId, meetingDate } = event.data;
      const openDecision: OpenDecision = {
        decisionId,
        meetingId,
        meetingDate,
        presentMemberIds: [],
        votes: [],
      };
      const withDecisionId = { ...state, decisionIds: withId(state.decisionIds, decisionId) };
      return updateApplication(withDecisionId, applicationId, { status: 'on-agenda', openDecision });
    }
    case 'JuryAttendanceRecorded':
      return updateDecision(state, event.data.applicationId, () => ({
        presentMemberIds: event.data.presentMemberIds,
      }));
    case 'ConflictOfInterestDeclared': {
      const application = state.applications.get(event.data.applicationId);
      const recusedMemberIds = [...(application?.recusedMemberIds ?? []), event.data.memberId];
      return updateApplication(state, event.data.applicationId, { recusedMemberIds });
    }
    case 'VoteCast': {
      const { memberId, vote } = event.data;
      return updateDecision(state, event.data.applicationId, (decision) => ({
        votes: [...decision.votes, { memberId, vote }],
      }));
    }
    case 'VoteCorrected': {
      const { memberId, vote } = event.data;
      return updateDecision(state, event.data.applicationId, (decision) => ({
        votes: decision.votes.map((cast) => (cast.memberId === memberId ? { memberId, vote } : cast)),
      }));
    }
    case 'JuryVoteClosed':
      return updateApplication(state, event.data.applicationId, {
        openDecision: null,
        ...decidedOn(state, event.data.applicationId, event.data.meetingDate),
      });
    // The minutes' own events (attendance, conflicts, votes, decisions) follow and change the applications.
    case 'JuryMeetingMinuted':
      return state;
    case 'ApplicationApproved':
      return updateApplication(state, event.data.applicationId, {
        status: 'approved',
        approvedAmount: event.data.approvedAmount,
      });
    case 'ApplicationRejected':
      return updateApplication(state, event.data.applicationId, { status: 'rejected' });
    case 'ApplicationDeferred':
      return updateApplication(state, event.data.applicationId, {
        status: 'deferred',
        openDecision: null,
        ...decidedOn(state, event.data.applicationId, event.data.meetingDate),
      });
    default:
      return assertNever(event);
  }
}

/** The application's latest business date after a decision taken on `meetingDate` (absent on older events). */
function decidedOn(
  state: FundState,
  applicationId: string,
  meetingDate: string | undefined,
): { lastBusinessDate?: string } {
  if (meetingDate === undefined) return {};
  const previous = state.applications.get(applicationId)?.lastBusinessDate ?? null;
  return { lastBusinessDate: laterBusinessDate(previous, meetingDate) };
}

function updateDecision(
  state: FundState,
  applicationId: string,
  change: (decision: OpenDecision) => Partial<OpenDecision>,
): FundState {
  const decision = state.applications.get(applicationId)?.openDecision;
  if (decision === null || decision === undefined)
    throw new Error(`Application ${applicationId} has no open decision`);
  return updateApplication(state, applicationId, { openDecision: { ...decision, ...change(decision) } });
}
