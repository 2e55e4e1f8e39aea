import type { ApplicationEvent } from '../fund.events';
import type { ApplicationState, FundState } from '../fund.state';
import { assertNever } from '../shared/assert-never';
import { withEntry } from '../shared/keyed';

export function evolveApplication(state: FundState, event: ApplicationEvent): FundState {
  switch (event.type) {
    case 'ApplicationSubmitted': {
      const { fundId: _fundId, occurredAt: _occurredAt, applicationId, ...details } = event.data;
      return withApplication(state, {
        applicationId,
        status: 'submitted',
        details,
        recusedMemberIds: [],
        openDecision: null,
        approvedAmount: null,
        grantId: null,
        lastBusinessDate: null,
      });
    }
    case 'ApplicationMarkedIncomplete':
      return updateApplication(state, event.data.applicationId, { status: 'incomplete' });
    case 'ApplicationAmended': {
      const { fundId: _fundId, occurredAt: _occurredAt, applicationId, ...details } = event.data;
      return updateApplication(state, applicationId, { status: 'submitted', details });
    }
    case 'ApplicationDeclaredEligible':
      return updateApplication(state, event.data.applicationId, { status: 'eligible' });
    case 'ApplicationDeclaredIneligible':
      return updateApplication(state, event.data.applicationId, { status: 'ineligible' });
    case 'ApplicationWithdrawn':
      return withdrawGrant(
        updateApplication(state, event.data.applicationId, { status: 'withdrawn', openDecision: null }),
        event.data.applicationId,
      );
    default:
      return assertNever(event);
  }
}

export function withApplication(state: FundState, application: ApplicationState): FundState {
  return { ...state, applications: withEntry(state.applications, application.applicationId, application) };
}

export function updateApplication(
  state: FundState,
  applicationId: string,
  changes: Partial<ApplicationState>,
): FundState {
  const application = state.applications.get(applicationId);
  if (application === undefined) throw new Error(`Event refers to unknown application ${applicationId}`);
  return withApplication(state, { ...application, ...changes });
}

function withdrawGrant(state: FundState, applicationId: string): FundState {
  const grantId = state.applications.get(applicationId)?.grantId;
  const grant = grantId === null || grantId === undefined ? undefined : state.grants.get(grantId);
  if (grant === undefined) return state;
  return { ...state, grants: withEntry(state.grants, grant.grantId, { ...grant, status: 'withdrawn' }) };
}
