/**
 * Command builders with realistic defaults (modelled on the Dortmund City-Fonds), for specifications
 * and scenarios. Each builder takes the fields that matter to a test and fills in the rest.
 */
import { DomainError, type EventEnvelope } from '../decider';
import type { ApplicationDetails, FundCommand, PersonIdentity } from '../fund/fund.commands';
import type { FundEvent } from '../fund/fund.events';
import { fundDecider } from '../fund/fund.decider';
import type { FundSettingsInput, PublicFunder } from '../fund/fund.settings';
import { initialFundState, type FundState } from '../fund/fund.state';

export const FUND_ID = 'city-fonds';
export const DEFAULT_ISSUED_AT = '2024-03-01T10:00:00Z';

export const CITY_FUNDER: PublicFunder = { funderId: 'city', name: 'Stadt Dortmund', share: '1' };
export const THREE_FUNDERS: readonly PublicFunder[] = [
  { funderId: 'federal', name: 'Bund', share: '0.3333' },
  { funderId: 'state', name: 'Land NRW', share: '0.3333' },
  { funderId: 'city', name: 'Stadt', share: '0.3334' },
];

/**
 * The settings these fixtures add to every fund unless a test says otherwise: payments are booked
 * directly and jury members vote themselves, so that specifications of matching, grants and the jury
 * need not go through the four eyes or the minutes, which have specifications of their own.
 */
export const DIRECT_PROCESS_SETTINGS = {
  fourEyesPayments: false,
  juryVoting: 'members-vote',
} as const satisfies Partial<FundSettingsInput>;

/** Dortmund: municipal budget, per-project matching, at most 50 % and 10,000 EUR per project, no investive-only rule. */
export const DORTMUND_SETTINGS: FundSettingsInput = {
  fundingSource: 'municipal-budget',
  matchingModel: 'per-project',
  publicFunders: [CITY_FUNDER],
  publicShareMax: '0.50',
  perProjectPublicCap: '10000.00',
  publicMoneyInvestiveOnly: false,
  ...DIRECT_PROCESS_SETTINGS,
};

/** A pooled urban development fund with federal, state and municipal thirds. */
export const POOLED_SETTINGS: FundSettingsInput = {
  fundingSource: 'urban-development-funding',
  matchingModel: 'pooled',
  publicFunders: THREE_FUNDERS,
  ...DIRECT_PROCESS_SETTINGS,
};

let commandSequence = 0;

type CommandOf<Type extends FundCommand['type']> = Extract<FundCommand, { type: Type }>;
type CommandFields<Type extends FundCommand['type']> = Omit<
  CommandOf<Type>,
  'type' | 'commandId' | 'issuedAt' | 'fundId'
> &
  Partial<Pick<FundCommand, 'commandId' | 'issuedAt' | 'fundId'>>;

/** Any fund command with a fresh command id, the default fund and the default instant unless given. */
export function command<Type extends FundCommand['type']>(
  type: Type,
  fields: CommandFields<Type>,
): CommandOf<Type> {
  commandSequence += 1;
  return {
    commandId: `cmd-${commandSequence}`,
    issuedAt: DEFAULT_ISSUED_AT,
    fundId: FUND_ID,
    ...fields,
    type,
  } as unknown as CommandOf<Type>;
}

export function openFund(settings: FundSettingsInput = DORTMUND_SETTINGS, issuedAt = '2024-01-02T09:00:00Z') {
  return command('OpenFund', { name: 'City-Fonds Dortmund', area: 'Dortmund City', settings, issuedAt });
}

export function setBudget(fiscalYear: number, publicBudget = '90000.00') {
  return command('SetFiscalYearBudget', {
    fiscalYear,
    publicBudget,
    issuedAt: `${fiscalYear}-01-02T09:00:00Z`,
  });
}

export function publicContribution(contributionId: string, amount: string, valueDate = '2024-01-15') {
  return command('RecordPublicContribution', {
    contributionId,
    amount,
    valueDate,
    reference: `HH-${contributionId}`,
    issuedAt: noonOf(valueDate),
  });
}

export function privateContribution(contributionId: string, amount: string, valueDate = '2024-01-20') {
  return command('RecordPrivateContribution', {
    contributionId,
    contributor: { name: 'Cityring Dortmund e.V.', kind: 'association' },
    amount,
    valueDate,
    reference: `SP-${contributionId}`,
    issuedAt: noonOf(valueDate),
  });
}

export function applicationDetails(overrides: Partial<ApplicationDetails> = {}): ApplicationDetails {
  return {
    applicant: { name: 'Klaviere in der City e.V.', kind: 'association' },
    title: 'Pianos in public space',
    description: 'Three painted pianos in the city centre for anyone to play.',
    measure: { type: 'investive', kind: 'street-furniture' },
    eligibleCosts: '4200.00',
    ownContribution: '3200.00',
    requestedGrant: '1000.00',
    area: 'Dortmund City',
    ...overrides,
  };
}

export function submitApplication(applicationId: string, overrides: Partial<ApplicationDetails> = {}) {
  return command('SubmitApplication', { applicationId, ...applicationDetails(overrides) });
}

/** A person of the fund's office: who revokes grants and accepts proofs of use in these fixtures. */
export const FUND_OFFICE: PersonIdentity = { subject: 'person-fund-office' };

/** The person appointed as a member in these fixtures: their account's subject follows from the member id. */
export function personOf(memberId: string): PersonIdentity {
  return { subject: `person-${memberId}` };
}

export function appointMember(
  memberId: string,
  group: 'private-actor' | 'administration' | 'politics' = 'private-actor',
) {
  return command('AppointJuryMember', {
    memberId,
    name: `Member ${memberId}`,
    group,
    subject: personOf(memberId).subject,
  });
}

/** Seven jury members m1..m7: a quorum of "more than half" needs four present without conflict. */
export const SEVEN_MEMBERS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'] as const;

export function appointJury(memberIds: readonly string[] = SEVEN_MEMBERS): FundCommand[] {
  return memberIds.map((memberId, index) =>
    appointMember(
      memberId,
      index % 3 === 0 ? 'private-actor' : index % 3 === 1 ? 'administration' : 'politics',
    ),
  );
}

/** The commands that take an eligible application through a vote in which `yes` members vote yes, to approval. */
export function approveByJury(
  applicationId: string,
  approvedAmount: string,
  present: readonly string[] = SEVEN_MEMBERS,
): FundCommand[] {
  return [
    command('PutApplicationOnAgenda', {
      applicationId,
      decisionId: `decision-${applicationId}`,
      meetingId: 'meeting-1',
      meetingDate: '2024-03-01',
    }),
    command('RecordJuryAttendance', { applicationId, presentMemberIds: present }),
    ...present.map((memberId) =>
      command('CastVote', { applicationId, memberId, vote: 'yes', juror: personOf(memberId) }),
    ),
    command('CloseVote', { applicationId, approvedAmount }),
  ];
}

/** Submission, eligibility and approval of an application: the way to a grant notice. */
export function approvedApplication(
  applicationId: string,
  approvedAmount: string,
  overrides: Partial<ApplicationDetails> = {},
): FundCommand[] {
  return [
    submitApplication(applicationId, overrides),
    command('DeclareApplicationEligible', { applicationId }),
    ...approveByJury(applicationId, approvedAmount),
  ];
}

export function issueGrant(grantId: string, applicationId: string, amount: string) {
  return command('IssueGrantNotice', { grantId, applicationId, amount });
}

/** Runs commands through the decider in order and returns every event with its command id; a refusal fails loudly. */
export function historyOf(
  commands: readonly FundCommand[],
  state: FundState = initialFundState(),
): EventEnvelope<FundEvent>[] {
  const envelopes: EventEnvelope<FundEvent>[] = [];
  let current = state;
  for (const next of commands) {
    let events: readonly FundEvent[];
    try {
      events = fundDecider.decide(next, current);
    } catch (error) {
      const reason = error instanceof DomainError ? `${error.code}: ${error.message}` : String(error);
      throw new Error(`${next.type} (${next.commandId}) was refused while building a history: ${reason}`);
    }
    for (const event of events) {
      envelopes.push({ event, commandId: next.commandId });
      current = fundDecider.evolve(current, { event, commandId: next.commandId });
    }
  }
  return envelopes;
}

/** The events of a history, without command ids. */
export function eventsOf(commands: readonly FundCommand[]): FundEvent[] {
  return historyOf(commands).map((envelope) => envelope.event);
}

/** The fields every event of the fixture fund carries, for expected events in specifications. */
export const EVENT_BASE = { fundId: FUND_ID, occurredAt: DEFAULT_ISSUED_AT } as const;

/** The instant the fixtures record things on a day: noon UTC, the same day in Berlin. */
export function noonOf(day: string): string {
  return `${day}T12:00:00Z`;
}

/** A command recorded on the given day (so that its business dates may fall on or before it). */
export function recordedOn<Command extends FundCommand>(day: string, recorded: Command): Command {
  return { ...recorded, issuedAt: noonOf(day) };
}

/** The fields every event of the fixture fund carries when its command was recorded on the given day. */
export function eventBaseOn(day: string): { readonly fundId: string; readonly occurredAt: string } {
  return { fundId: FUND_ID, occurredAt: noonOf(day) };
}

/** The split of an amount to the fixture's only public funder, the city. */
export const cityPart = (amount: string) => [{ funderId: 'city', amount }];
