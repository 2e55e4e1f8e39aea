/**
 * Fund histories for report tests, benchmarks and the auditor guide's sample: a hand-written year of a
 * pooled city-centre fund (contributions, a jury with a conflict of interest, an approval, a
 * rejection, a deferral, grants, an advance, a payout, a revocation with a partial repayment, and
 * events after the year), the same year of a fund that matches per project (the applicants' own
 * contributions, no private money in the fund), and functions that record domain events as a store
 * would, hashes included.
 */
import {
  FUND_OFFICE,
  command,
  DIRECT_PROCESS_SETTINGS,
  DORTMUND_SETTINGS,
  eventsOf,
  personOf,
  THREE_FUNDERS,
} from '@fund-ledger/domain/testing';
import {
  fundStreamName,
  type FundCommand,
  type FundEvent,
  type FundSettingsInput,
  type MatchingModel,
} from '@fund-ledger/domain';
import {
  computeEventHash,
  GENESIS_PREV_HASH,
  ledgerDigestRoot,
  type EventStore,
  type JsonObject,
  type LedgerDigest,
  type NewEvent,
  type RecordedEvent,
  type StreamHead,
} from '@fund-ledger/event-store';
import type { AccountabilityReport, ReportSeal } from '../accountability/accountability-report.model';
import { buildAccountabilityReport } from '../accountability/build-accountability-report';
import { reportPeriod } from '../accountability/report-period';

export const REPORT_FUND_ID = 'city-fonds';

/** Urban development funding from federal, state and city thirds, pooled with private money. */
const POOLED_CITY_SETTINGS: FundSettingsInput = {
  fundingSource: 'urban-development-funding',
  matchingModel: 'pooled',
  publicFunders: THREE_FUNDERS,
  publicShareMax: '0.50',
  perProjectPublicCap: '10000.00',
  publicMoneyInvestiveOnly: true,
  ...DIRECT_PROCESS_SETTINGS,
};

const MEMBERS = [
  ['m1', 'Aylin Yılmaz', 'private-actor'],
  ['m2', 'Jörg Schäfer', 'administration'],
  ['m3', 'Petra Nowak', 'politics'],
  ['m4', 'Klaus Brandt', 'private-actor'],
  ['m5', 'Sabine Krüger', 'administration'],
  ['m6', 'Emre Demir', 'politics'],
  ['m7', 'Marta Kowalski', 'private-actor'],
] as const;

function at(date: string, hour = 10): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

function application(applicationId: string, date: string, details: Record<string, unknown>): FundCommand[] {
  return [
    command('SubmitApplication', {
      applicationId,
      applicant: { name: 'Klavierfreunde Dortmund e.V.', kind: 'association' },
      description: 'A project in the city centre.',
      area: 'Westenhellweg',
      ...details,
      issuedAt: at(date, 9),
    } as never),
    command('DeclareApplicationEligible', { applicationId, issuedAt: at(date, 15) }),
  ];
}

interface VoteRound {
  readonly applicationId: string;
  readonly date: string;
  readonly yes: readonly string[];
  readonly no?: readonly string[];
  readonly abstain?: readonly string[];
  readonly recused?: string;
}

function vote(round: VoteRound): FundCommand[] {
  const { applicationId, date } = round;
  const issuedAt = at(date, 18);
  const present = MEMBERS.map(([memberId]) => memberId).filter((memberId) => memberId !== 'm4');
  const casts = (memberIds: readonly string[] | undefined, choice: 'yes' | 'no' | 'abstain') =>
    (memberIds ?? []).map((memberId) =>
      command('CastVote', { applicationId, memberId, vote: choice, issuedAt, juror: personOf(memberId) }),
    );
  return [
    command('PutApplicationOnAgenda', {
      applicationId,
      decisionId: `decision-${applicationId}-${date}`,
      meetingId: `jury-${date}`,
      meetingDate: date,
      issuedAt: at(date, 17),
    }),
    command('RecordJuryAttendance', { applicationId, presentMemberIds: present, issuedAt }),
    ...(round.recused === undefined
      ? []
      : [
          command('DeclareConflictOfInterest', {
            applicationId,
            memberId: round.recused,
            reason: 'Vorstand des antragstellenden Vereins',
            issuedAt,
            juror: personOf(round.recused),
          }),
        ]),
    ...casts(round.yes, 'yes'),
    ...casts(round.no, 'no'),
    ...casts(round.abstain, 'abstain'),
  ];
}

/**
 * The commands of the sample year 2024 and of January 2025 (after the reporting period). Matched per
 * project, the fund takes no private money: its private contributions are left out.
 */
export function councilYearCommands(fundId = REPORT_FUND_ID, model: MatchingModel = 'pooled'): FundCommand[] {
  const commands: FundCommand[] = [
    command('OpenFund', {
      name: 'Verfügungsfonds Dortmund-City',
      area: 'Dortmund City',
      settings: model === 'pooled' ? POOLED_CITY_SETTINGS : DORTMUND_SETTINGS,
      issuedAt: at('2024-01-02'),
    }),
    command('SetFiscalYearBudget', {
      fiscalYear: 2024,
      publicBudget: '30000.00',
      issuedAt: at('2024-01-02', 11),
    }),
    command('RecordPublicContribution', {
      contributionId: 'public-2024',
      amount: '30000.00',
      valueDate: '2024-01-15',
      reference: 'HH-2024',
      issuedAt: at('2024-01-15'),
    }),
    command('RecordPrivateContribution', {
      contributionId: 'cityring-2024',
      contributor: { name: 'Cityring Dortmund e.V.', kind: 'association' },
      amount: '15000.00',
      valueDate: '2024-02-10',
      reference: 'SP-1',
      issuedAt: at('2024-02-10'),
    }),
    command('RecordPrivateContribution', {
      contributionId: 'isg-2024',
      contributor: { name: 'ISG Brückstraße', kind: 'business-improvement-district' },
      amount: '7500.50',
      valueDate: '2024-03-05',
      reference: 'SP-2',
      issuedAt: at('2024-03-05'),
    }),
    ...MEMBERS.map(([memberId, name, group]) =>
      command('AppointJuryMember', {
        memberId,
        name,
        group,
        issuedAt: at('2024-02-01'),
        subject: personOf(memberId).subject,
      }),
    ),
    ...application('pianos', '2024-02-20', {
      title: 'Klaviere in der City',
      measure: { type: 'investive', kind: 'art-in-public-space' },
      eligibleCosts: '4200.00',
      ownContribution: '3200.00',
      requestedGrant: '1000.00',
    }),
    ...application('light-banner', '2024-02-21', {
      applicant: { name: 'Nachbarschaft Kreuzviertel', kind: 'association' },
      title: 'Lichtbanner Kreuzviertel',
      measure: { type: 'investive', kind: 'lighting' },
      eligibleCosts: '2600.00',
      ownContribution: '1300.00',
      requestedGrant: '1300.00',
    }),
    ...application('street-campaign', '2024-02-22', {
      applicant: { name: 'City-Marketing Initiative', kind: 'association' },
      title: 'Straßenkampagne',
      measure: { type: 'non-investive', kind: 'marketing' },
      eligibleCosts: '16800.00',
      ownContribution: '12000.00',
      requestedGrant: '8400.00',
    }),
    ...application('winter-lighting', '2024-02-23', {
      applicant: { name: 'Werbegemeinschaft Westenhellweg', kind: 'business' },
      title: 'Winterbeleuchtung',
      measure: { type: 'investive', kind: 'lighting' },
      eligibleCosts: '11000.00',
      ownContribution: '5500.00',
      requestedGrant: '5500.00',
    }),
    ...vote({
      applicationId: 'pianos',
      date: '2024-03-12',
      yes: ['m1', 'm2', 'm3', 'm5'],
      no: ['m6'],
      recused: 'm7',
    }),
    command('CloseVote', {
      applicationId: 'pianos',
      approvedAmount: '1000.00',
      issuedAt: at('2024-03-12', 19),
    }),
    ...vote({ applicationId: 'light-banner', date: '2024-03-12', yes: ['m1', 'm2', 'm3', 'm5', 'm6', 'm7'] }),
    command('CloseVote', {
      applicationId: 'light-banner',
      approvedAmount: '1300.00',
      issuedAt: at('2024-03-12', 19),
    }),
    ...vote({
      applicationId: 'street-campaign',
      date: '2024-03-12',
      yes: ['m1', 'm2'],
      no: ['m3', 'm5', 'm6'],
      abstain: ['m7'],
    }),
    command('CloseVote', {
      applicationId: 'street-campaign',
      approvedAmount: '8400.00',
      issuedAt: at('2024-03-12', 19),
    }),
    ...vote({ applicationId: 'winter-lighting', date: '2024-03-12', yes: [] }),
    command('DeferApplication', {
      applicationId: 'winter-lighting',
      reason: 'Kostenplan wird überarbeitet',
      issuedAt: at('2024-03-12', 19),
    }),
    command('IssueGrantNotice', {
      grantId: 'grant-pianos',
      applicationId: 'pianos',
      amount: '1000.00',
      issuedAt: at('2024-04-03'),
    }),
    command('IssueGrantNotice', {
      grantId: 'grant-light-banner',
      applicationId: 'light-banner',
      amount: '1300.00',
      issuedAt: at('2024-04-04'),
    }),
    command('PayAdvance', {
      grantId: 'grant-light-banner',
      payoutId: 'advance-light-banner',
      amount: '500.00',
      valueDate: '2024-05-06',
      issuedAt: at('2024-05-06'),
    }),
    command('SubmitProofOfUse', {
      grantId: 'grant-pianos',
      reportedCosts: '4200.00',
      reference: 'VN-2024-01',
      issuedAt: at('2024-05-20'),
    }),
    command('AcceptProofOfUse', {
      certifier: FUND_OFFICE,
      grantId: 'grant-pianos',
      provenEligibleCosts: '4200.00',
      issuedAt: at('2024-05-27'),
    }),
    command('MakePayout', {
      grantId: 'grant-pianos',
      payoutId: 'payout-pianos',
      amount: '1000.00',
      valueDate: '2024-06-03',
      issuedAt: at('2024-06-03'),
    }),
    command('CloseGrant', { grantId: 'grant-pianos', issuedAt: at('2024-06-04') }),
    ...vote({
      applicationId: 'winter-lighting',
      date: '2024-06-11',
      yes: ['m1', 'm2', 'm3', 'm5', 'm6', 'm7'],
    }),
    command('CloseVote', {
      applicationId: 'winter-lighting',
      approvedAmount: '5500.00',
      issuedAt: at('2024-06-11', 19),
    }),
    command('IssueGrantNotice', {
      grantId: 'grant-winter-lighting',
      applicationId: 'winter-lighting',
      amount: '5500.00',
      issuedAt: at('2024-07-01'),
    }),
    command('RevokeGrant', {
      certifier: FUND_OFFICE,
      grantId: 'grant-light-banner',
      reason: 'Banner nicht aufgehängt',
      repaymentPrincipal: '500.00',
      fixedInterestRatePercentPerYear: '5.00',
      voidFrom: '2024-07-05',
      issuedAt: at('2024-09-16'),
    }),
    command('RecordRepayment', {
      grantId: 'grant-light-banner',
      repaymentId: 'repayment-1',
      amount: '300.00',
      valueDate: '2024-10-15',
      issuedAt: at('2024-10-15'),
    }),
    command('PayAdvance', {
      grantId: 'grant-winter-lighting',
      payoutId: 'advance-winter',
      amount: '2000.00',
      valueDate: '2024-11-18',
      issuedAt: at('2024-11-18'),
    }),
    command('RecordPrivateContribution', {
      contributionId: 'sponsor-2025',
      contributor: { name: 'Stadtwerke Sponsoring', kind: 'sponsor' },
      amount: '1200.00',
      valueDate: '2025-01-10',
      reference: 'SP-3',
      issuedAt: at('2025-01-10'),
    }),
    command('RecordRepayment', {
      grantId: 'grant-light-banner',
      repaymentId: 'repayment-2',
      amount: '205.00',
      valueDate: '2025-01-20',
      issuedAt: at('2025-01-20'),
    }),
  ];
  return commands
    .filter((next) => model === 'pooled' || next.type !== 'RecordPrivateContribution')
    .map((next) => ({ ...next, fundId }) as FundCommand);
}

/** The domain events of the sample year, as the fund's decider produces them. */
export function councilYearEvents(fundId = REPORT_FUND_ID, model: MatchingModel = 'pooled'): FundEvent[] {
  return eventsOf(councilYearCommands(fundId, model));
}

function toNewEvent(event: FundEvent, sequence: number): NewEvent {
  return {
    type: event.type,
    data: event.data as unknown as JsonObject,
    metadata: {
      actor: { subject: 'treasury', role: 'treasurer' },
      commandId: `command-${sequence}`,
      correlationId: `correlation-${sequence}`,
      causationId: `command-${sequence}`,
      recordedAt: new Date(Date.parse(event.data.occurredAt)).toISOString(),
    },
  };
}

/**
 * The report of the sample year 2024 of one fund, computed at the end of its log; with `seal`, the report
 * carries that seal's statement, as reports made by the service do.
 */
export function councilYearReport(
  options: { readonly model?: MatchingModel; readonly seal?: ReportSeal } = {},
): AccountabilityReport {
  const log = recordFundEvents(councilYearEvents(REPORT_FUND_ID, options.model));
  const digest = digestOf(log);
  return buildAccountabilityReport({
    fundId: REPORT_FUND_ID,
    period: reportPeriod('2024-01-01', '2024-12-31'),
    events: log,
    position: digest.position,
    ledgerDigest: digest,
    ...(options.seal === undefined ? {} : { seal: options.seal }),
  });
}

/** Records domain events as a store would: stream per fund, revisions, positions from 1, hash chain. */
export function recordFundEvents(events: readonly FundEvent[]): RecordedEvent[] {
  const heads = new Map<string, StreamHead>();
  return events.map((event, index) => {
    const streamId = fundStreamName(event.data.fundId);
    const head = heads.get(streamId);
    const revision = head === undefined ? 0 : head.revision + 1;
    const prevHash = head?.hash ?? GENESIS_PREV_HASH;
    const fields = { streamId, revision, ...toNewEvent(event, index + 1), prevHash };
    const hash = computeEventHash(fields);
    heads.set(streamId, { revision, hash });
    return { ...fields, position: index + 1, hash };
  });
}

/** The ledger digest at the last of the given events (all streams). */
export function digestOf(events: readonly RecordedEvent[]): LedgerDigest {
  const heads = new Map<string, StreamHead>();
  for (const event of events) heads.set(event.streamId, { revision: event.revision, hash: event.hash });
  return {
    position: events.at(-1)?.position ?? 0,
    streamCount: heads.size,
    eventCount: events.length,
    root: ledgerDigestRoot(heads),
  };
}

/**
 * Appends domain events to a real store in order, each run of consecutive events of one fund as one
 * batch of at most `batchSize` events (1 appends event by event, as commands would).
 */
export async function appendFundEvents(
  store: EventStore,
  events: readonly FundEvent[],
  batchSize = 1,
): Promise<void> {
  let batch: NewEvent[] = [];
  let batchStream = '';
  for (const [index, event] of events.entries()) {
    const streamId = fundStreamName(event.data.fundId);
    if (batch.length > 0 && (streamId !== batchStream || batch.length >= batchSize)) {
      await store.append(batchStream, batch, 'any');
      batch = [];
    }
    batchStream = streamId;
    batch.push(toNewEvent(event, index + 1));
  }
  if (batch.length > 0) await store.append(batchStream, batch, 'any');
}
