/**
 * Drives the fund endpoints of a test service: sends commands with tokens and Idempotency-Keys, and
 * builds a fund up to a given stage (opened with money, jury appointed, application approved, grant
 * with accepted proof) so that each test starts where its behaviour begins.
 */
import type { Response } from 'supertest';
import type { Role } from '@fund-ledger/config';
import { fundStreamName } from '@fund-ledger/domain';
import type { RecordedEvent } from '@fund-ledger/event-store';
import type { Clock } from '../../../apps/ledger-api/src/common/clock';
import type { FundCommandResponse } from '../../../apps/ledger-api/src/funds/use-case-runner/fund-command.response';
import type { FundResponse } from '../../../apps/ledger-api/src/read-endpoints/get-fund/get-fund.response.dto';
import { bearer, idempotencyKey, startTestApp, type TestApp, type TestStoreKind } from '../support';

export interface Caller {
  readonly role: Role;
  readonly subject?: string;
}

export const FUND_MANAGER: Caller = { role: 'fund-manager', subject: 'citymanagement' };
export const TREASURER: Caller = { role: 'treasurer', subject: 'city-treasury' };
export const AUDITOR: Caller = { role: 'auditor', subject: 'audit-office' };

/** The subject of the person the driver appoints as a member: `jury-<memberId>`, in every fund alike. */
export function jurorSubject(memberId: string): string {
  return `jury-${memberId}`;
}

export function juror(memberId: string): Caller {
  return { role: 'jury-member', subject: jurorSubject(memberId) };
}

/** A clock the test moves forward, e.g. into the next year to close a fiscal year. */
export class SettableClock implements Clock {
  private instant: Date;

  constructor(instant: string) {
    this.instant = new Date(instant);
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: string): void {
    this.instant = new Date(instant);
  }
}

/** The test fiscal year; the clock of every fund test starts in it. */
export const YEAR = 2024;
export const START_OF_TEST = `${YEAR}-06-03T09:00:00Z`;

export const PER_PROJECT_SETTINGS = {
  fundingSource: 'municipal-budget',
  matchingModel: 'per-project',
  publicFunders: [
    { funderId: 'city', name: 'City of Dortmund', share: '0.6' },
    { funderId: 'state', name: 'State of North Rhine-Westphalia', share: '0.4' },
  ],
  publicShareMax: '0.50',
  perProjectPublicCap: '10000.00',
  publicMoneyInvestiveOnly: false,
  // Payments are booked directly and jury members vote themselves, so that the tests of other rules need
  // not go through the four eyes or the minutes; the fund-process test switches both on.
  jury: { quorum: { kind: 'more-than-half' }, majority: 'simple' },
  fourEyesPayments: false,
  juryVoting: 'members-vote',
} as const;

export const JURY_MEMBER_IDS = ['member-01', 'member-02', 'member-03'] as const;

export function applicationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    applicant: { name: 'Klavierfreunde Dortmund e.V.', kind: 'association' },
    title: 'Pianos in public space',
    description: 'Three painted pianos in the pedestrian zone for a summer.',
    measure: { type: 'investive', kind: 'art-in-public-space' },
    eligibleCosts: '4200.00',
    ownContribution: '3200.00',
    requestedGrant: '1000.00',
    area: 'Westenhellweg',
    ...overrides,
  };
}

/** Starts the service (whose fund use cases these tests drive) on a fresh store of the given kind. */
export function startFundsApp(
  store: TestStoreKind,
  clock: Clock = new SettableClock(START_OF_TEST),
): Promise<TestApp> {
  return startTestApp({ store, clock });
}

export class FundDriver {
  constructor(
    readonly testApp: TestApp,
    readonly fundId: string,
  ) {}

  /** A path under this fund, e.g. `path('/grants/g1/payouts')`. */
  path(suffix = ''): string {
    return `/funds/${this.fundId}${suffix}`;
  }

  async post(caller: Caller, path: string, body?: object, key: string = idempotencyKey()): Promise<Response> {
    const request = this.testApp
      .http()
      .post(path)
      .set('Authorization', await bearer(caller.role, tokenOptions(caller)))
      .set('Idempotency-Key', key);
    return body === undefined ? request : request.send(body);
  }

  /** Sends a command that must succeed, and returns its answer. */
  async command(caller: Caller, path: string, body?: object): Promise<FundCommandResponse> {
    const response = await this.post(caller, path, body);
    if (response.status !== 201) {
      throw new Error(`POST ${path} answered ${response.status}: ${response.text}`);
    }
    return response.body as FundCommandResponse;
  }

  async view(): Promise<FundResponse> {
    const response = await this.testApp
      .http()
      .get(this.path())
      .set('Authorization', await bearer(AUDITOR.role, tokenOptions(AUDITOR)));
    if (response.status !== 200)
      throw new Error(`GET ${this.path()} answered ${response.status}: ${response.text}`);
    return response.body as FundResponse;
  }

  /** Each application's status on the board, as the treasury reads it. */
  async boardStatuses(): Promise<Record<string, string>> {
    const response = await this.testApp
      .http()
      .get(this.path('/board?pageSize=500'))
      .set('Authorization', await bearer(TREASURER.role, tokenOptions(TREASURER)));
    if (response.status !== 200)
      throw new Error(`GET ${this.path('/board')} answered ${response.status}: ${response.text}`);
    const board = response.body as { applications: { applicationId: string; status: string }[] };
    return Object.fromEntries(board.applications.map((entry) => [entry.applicationId, entry.status]));
  }

  headPosition(): Promise<number> {
    return this.testApp.eventStore.headPosition();
  }

  /** The events of the fund's stream with the given type, in order. */
  async eventsOfType(type: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of this.testApp.eventStore.readStream(fundStreamName(this.fundId))) {
      if (event.type === type) events.push(event);
    }
    return events;
  }

  /** Opens a per-project fund with two public funders, a budget and public money received. */
  async openWithPublicMoney(publicAmount = '50000.00'): Promise<void> {
    await this.command(FUND_MANAGER, '/funds', {
      fundId: this.fundId,
      name: 'City-Fonds',
      area: 'City centre',
      settings: PER_PROJECT_SETTINGS,
    });
    await this.command(TREASURER, this.path(`/budgets/${YEAR}`), { publicBudget: '90000.00' });
    await this.command(TREASURER, this.path('/contributions/public'), {
      contributionId: 'city-budget-1',
      amount: publicAmount,
      valueDate: `${YEAR}-02-01`,
      reference: 'Budget 2024, first instalment',
    });
  }

  async appointJury(memberIds: readonly string[] = JURY_MEMBER_IDS): Promise<void> {
    for (const memberId of memberIds) {
      await this.command(FUND_MANAGER, this.path('/jury/members'), {
        memberId,
        name: `Member ${memberId}`,
        group: 'private-actor',
        subject: jurorSubject(memberId),
      });
    }
  }

  /** Submits an application, declares it eligible and opens a decision with every member present. */
  async applicationOnAgenda(applicationId: string, overrides: Record<string, unknown> = {}): Promise<void> {
    await this.command(
      FUND_MANAGER,
      this.path('/applications'),
      applicationBody({ applicationId, ...overrides }),
    );
    await this.command(FUND_MANAGER, this.path(`/applications/${applicationId}/eligibility`));
    await this.command(FUND_MANAGER, this.path(`/applications/${applicationId}/agenda`), {
      decisionId: `decision-${applicationId}`,
      meetingId: 'meeting-1',
      meetingDate: `${YEAR}-05-14`,
    });
    await this.command(FUND_MANAGER, this.path(`/applications/${applicationId}/attendance`), {
      presentMemberIds: JURY_MEMBER_IDS,
    });
  }

  /** Takes an application through a unanimous vote and issues its grant notice. */
  async grantedApplication(applicationId: string, grantId: string, amount = '1000.00'): Promise<void> {
    await this.applicationOnAgenda(applicationId, { requestedGrant: amount });
    for (const memberId of JURY_MEMBER_IDS) {
      await this.command(juror(memberId), this.path(`/applications/${applicationId}/votes`), { vote: 'yes' });
    }
    await this.command(FUND_MANAGER, this.path(`/applications/${applicationId}/vote-closing`), {
      approvedAmount: amount,
    });
    await this.command(FUND_MANAGER, this.path('/grants'), { grantId, applicationId, amount });
  }

  /** A grant whose proof of use is accepted in full, ready to be paid out. */
  async payableGrant(applicationId: string, grantId: string, amount = '1000.00'): Promise<void> {
    await this.grantedApplication(applicationId, grantId, amount);
    await this.command(FUND_MANAGER, this.path(`/grants/${grantId}/proofs-of-use`), {
      reportedCosts: '4200.00',
      reference: 'VN-1',
    });
    await this.command(FUND_MANAGER, this.path(`/grants/${grantId}/proof-acceptance`), {
      provenEligibleCosts: '4200.00',
    });
  }
}

function tokenOptions(caller: Caller): { subject?: string } {
  return caller.subject !== undefined ? { subject: caller.subject } : {};
}
