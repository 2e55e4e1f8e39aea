/** Lookups and checks shared by the capability modules, each refusing with the fund's error codes. */
import { DomainError } from '../../decider';
import type { FundCommand } from '../fund.commands';
import type { FundSettings } from '../fund.settings';
import type { ApplicationState, FundState, GrantState } from '../fund.state';
import { yearState } from './pots';
import { requireId } from './validation';

/** The state of a fund that has been opened and not closed: it always has settings. */
export type OpenFundState = FundState & {
  readonly status: 'open';
  readonly fundId: string;
  readonly settings: FundSettings;
};

export function isOpenFund(state: FundState): state is OpenFundState {
  return state.status === 'open' && state.fundId !== null && state.settings !== null;
}

/** The fields every event of a command carries. */
/** What every event of a command carries: its fund and the instant the command was issued. */
export interface EventBase {
  readonly fundId: string;
  readonly occurredAt: string;
}

export function eventBase(command: FundCommand): EventBase {
  return { fundId: command.fundId, occurredAt: command.issuedAt };
}

export function requireApplication(state: FundState, applicationId: string): ApplicationState {
  const application = state.applications.get(applicationId);
  if (application === undefined) {
    throw new DomainError(
      'APPLICATION.NOT_FOUND',
      `There is no application ${applicationId} in this fund.`,
      'not_found',
      'applicationId',
    );
  }
  return application;
}

export function requireGrant(state: FundState, grantId: string): GrantState {
  const grant = state.grants.get(grantId);
  if (grant === undefined) {
    throw new DomainError(
      'GRANT.NOT_FOUND',
      `There is no grant ${grantId} in this fund.`,
      'not_found',
      'grantId',
    );
  }
  return grant;
}

/** Nothing may be booked in a fiscal year whose figures have been sealed. */
export function requireYearOpen(state: FundState, fiscalYear: number, field: string): void {
  if (yearState(state, fiscalYear).closed) {
    throw new DomainError(
      'FISCAL_YEAR.CLOSED',
      `Fiscal year ${fiscalYear} is closed; nothing more can be booked in it. A late entry is booked as a correction in an open year, naming what it corrects.`,
      'conflict',
      field,
    );
  }
}

export function applicationInWrongState(application: ApplicationState, action: string): DomainError {
  return new DomainError(
    'APPLICATION.INVALID_STATE',
    `Application ${application.applicationId} is ${application.status}; it cannot ${action}.`,
    'conflict',
    'applicationId',
  );
}

export function grantInWrongState(grant: GrantState, action: string): DomainError {
  return new DomainError(
    'GRANT.INVALID_STATE',
    `Grant ${grant.grantId} is ${grant.status}; it cannot ${action}.`,
    'conflict',
    'grantId',
  );
}

/**
 * The id of a thing a command creates: well-formed and not yet used in this fund. Ids come from the
 * client or the edge, so a reused id is a conflict, not a silent overwrite.
 */
export function requireNewId(
  value: unknown,
  field: string,
  isTaken: (id: string) => boolean,
  code: string,
  alreadyUsed: (id: string) => string,
): string {
  const id = requireId(value, field);
  if (isTaken(id)) throw new DomainError(code, alreadyUsed(id), 'conflict', field);
  return id;
}
