/**
 * fast-check arbitraries for random but realistic fund histories. A scenario is a list of abstract
 * steps (what kind of thing happens, plus random numbers); running it turns each step into a
 * concrete command aimed at the fund's current state (an application that can be voted on, a grant
 * that can be paid...), so most commands are accepted and the history goes deep into the process,
 * while some are refused on purpose (over-payments, unknown ids, repeated command ids).
 *
 * Projections reuse `fundHistoryArbitrary` to check read models against random histories
 * (`libs/projections/src/fund-projection.property.spec.ts`).
 */
import fc from 'fast-check';
import { DomainError, type EventEnvelope } from '../decider';
import type {
  ApplicationDetails,
  FundCommand,
  MeasureKind,
  PersonIdentity,
  VoteChoice,
} from '../fund/fund.commands';
import type { FundEvent } from '../fund/fund.events';
import { fundDecider } from '../fund/fund.decider';
import type { FundSettingsInput, PublicFunder } from '../fund/fund.settings';
import type { ApplicationState, FundState, GrantState } from '../fund/fund.state';
import { openCommitmentOf } from '../fund/shared/grant-money';
import { outstandingOf } from '../fund/revocation/repayment-money';
import { floorToCent, formatAmount, Money } from '../money/money';
import { FUND_OFFICE, DIRECT_PROCESS_SETTINGS, personOf } from './fund.fixtures';

export const STEP_KINDS = [
  'progress-application',
  'progress-grant',
  'public-contribution',
  'private-contribution',
  'submit-application',
  'mark-incomplete',
  'amend-application',
  'declare-eligible',
  'declare-ineligible',
  'withdraw-application',
  'appoint-member',
  'remove-member',
  'put-on-agenda',
  'record-attendance',
  'declare-conflict',
  'cast-vote',
  'correct-vote',
  'close-vote',
  'defer-application',
  'issue-grant',
  'pay-advance',
  'submit-proof',
  'accept-proof',
  'reject-proof',
  'make-payout',
  'close-grant',
  'expire-grant',
  'revoke-grant',
  'demand-unused-interest',
  'record-repayment',
  'set-budget',
  'close-year',
  'change-settings',
  'repeat-command',
  'close-fund',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** One abstract step: its kind and the random numbers that choose its target and figures. */
export interface FundStep {
  readonly kind: StepKind;
  /** Chooses among the candidate targets (applications, grants, members...). */
  readonly pick: number;
  /** A fraction in [0, 1.2] used for amounts (values above 1 try to exceed a limit). */
  readonly fraction: number;
  readonly cents: number;
  readonly vote: VoteChoice;
  /** Days that pass before the step. */
  readonly daysLater: number;
  /**
   * How many days before the day it is recorded the step's business date lies (a bank statement typed
   * in late, the minutes of last month's meeting), or null to leave the date out (today).
   */
  readonly daysBack: number | null;
}

export interface FundScenario {
  readonly settings: FundSettingsInput;
  readonly budgets: readonly string[];
  readonly juryIds: readonly string[];
  readonly steps: readonly FundStep[];
}

export interface FundStepOutcome {
  readonly command: FundCommand;
  /** The events, or null when the command was refused. */
  readonly events: readonly FundEvent[] | null;
  readonly error: DomainError | null;
  readonly stateBefore: FundState;
  readonly stateAfter: FundState;
}

export interface FundHistory {
  readonly scenario: FundScenario;
  readonly outcomes: readonly FundStepOutcome[];
  /** Every accepted event with the id of the command that produced it, in stream order. */
  readonly envelopes: readonly EventEnvelope<FundEvent>[];
  readonly finalState: FundState;
}

export const SCENARIO_FUND_ID = 'fund-under-test';

/**
 * Valid ids named like members of Object.prototype. Every kind of thing a scenario creates gets some
 * of them, and refused commands name them as unknown targets, so every command meets ids that a
 * lookup in a plain object would answer with an inherited function instead of nothing.
 */
export const PROTOTYPE_MEMBER_IDS = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
] as const;

/** A person appointed to no jury of any scenario. */
const STRANGER: PersonIdentity = { subject: 'person-on-no-jury' };

/**
 * Who acts as a member: usually the person appointed, naming their seat; now and then the person
 * without naming it (found from the person); now and then a stranger or the person of another seat,
 * whom the decider must refuse.
 */
function jurorActingAs(memberId: string, pick: number, members: readonly string[]) {
  const otherSeat = members.find((other) => other !== memberId);
  switch (pick % 17) {
    case 3:
      return { juror: STRANGER, memberId };
    case 5:
      return { juror: personOf(otherSeat ?? memberId), memberId };
    case 7:
    case 11:
      return { juror: personOf(memberId) };
    default:
      return { juror: personOf(memberId), memberId };
  }
}

/** An id no scenario creates: plainly named, or named like an Object.prototype member. */
function unknownId(kind: string, pick: number): string {
  return pick % 3 === 0 ? `unknown-${kind}` : PROTOTYPE_MEMBER_IDS[pick % PROTOTYPE_MEMBER_IDS.length];
}
const FIRST_DAY_MS = Date.UTC(2024, 0, 2, 9, 0, 0);
const DAY_MS = 24 * 60 * 60 * 1000;

const FUNDER_SETS: readonly (readonly PublicFunder[])[] = [
  [{ funderId: 'city', name: 'City', share: '1' }],
  [
    { funderId: 'state', name: 'State', share: '0.6' },
    { funderId: 'city', name: 'City', share: '0.4' },
  ],
  [
    { funderId: 'federal', name: 'Federal', share: '0.3333' },
    { funderId: 'state', name: 'State', share: '0.3333' },
    { funderId: 'city', name: 'City', share: '0.3334' },
  ],
];

export function fundSettingsArbitrary(): fc.Arbitrary<FundSettingsInput> {
  return fc
    .record({
      fundingSource: fc.constantFrom('urban-development-funding', 'municipal-budget'),
      matchingModel: fc.constantFrom('pooled', 'per-project'),
      publicFunders: fc.constantFrom(...FUNDER_SETS),
      publicShareMax: fc.constantFrom('0.50', '0.40', '0.60', '1.00'),
      perProjectPublicCap: fc.constantFrom(null, '10000.00', '2500.00'),
      relaxInvestive: fc.boolean(),
      yearEndPolicy: fc.constantFrom('carry-over', 'lapse'),
      quorum: fc.constantFrom(
        { kind: 'more-than-half' as const },
        { kind: 'minimum-present' as const, count: 3 },
      ),
      majority: fc.constantFrom('simple', 'two-thirds'),
      unusedMoneyGraceMonths: fc.constantFrom(null, 0, 1),
    })
    .map(({ relaxInvestive, quorum, majority, unusedMoneyGraceMonths, ...settings }) => ({
      ...settings,
      ...(unusedMoneyGraceMonths === null ? {} : { unusedMoneyGraceMonths }),
      publicMoneyInvestiveOnly: settings.fundingSource === 'urban-development-funding' || !relaxInvestive,
      jury: { quorum, majority },
      fourEyesPayments: DIRECT_PROCESS_SETTINGS.fourEyesPayments,
      juryVoting: DIRECT_PROCESS_SETTINGS.juryVoting,
    }));
}

/** Progress steps move a random application or grant one step further along its way; the rest add variety and refusals. */
const STEP_WEIGHTS: Readonly<Record<StepKind, number>> = {
  'progress-application': 60,
  'progress-grant': 30,
  'public-contribution': 3,
  'private-contribution': 3,
  'submit-application': 3,
  'mark-incomplete': 1,
  'amend-application': 1,
  'declare-eligible': 1,
  'declare-ineligible': 1,
  'withdraw-application': 1,
  'appoint-member': 1,
  'remove-member': 1,
  'put-on-agenda': 1,
  'record-attendance': 1,
  'declare-conflict': 1,
  'cast-vote': 2,
  'correct-vote': 1,
  'close-vote': 1,
  'defer-application': 1,
  'issue-grant': 1,
  'pay-advance': 1,
  'submit-proof': 1,
  'accept-proof': 1,
  'reject-proof': 1,
  'make-payout': 2,
  'close-grant': 1,
  'expire-grant': 1,
  'revoke-grant': 2,
  'demand-unused-interest': 2,
  'record-repayment': 1,
  'set-budget': 1,
  'close-year': 2,
  'change-settings': 1,
  'repeat-command': 2,
  'close-fund': 0,
};

export function fundStepArbitrary(): fc.Arbitrary<FundStep> {
  const kind = fc.oneof(
    ...STEP_KINDS.filter((stepKind) => STEP_WEIGHTS[stepKind] > 0).map((stepKind) => ({
      arbitrary: fc.constant(stepKind),
      weight: STEP_WEIGHTS[stepKind],
    })),
  );
  return fc.record({
    kind,
    pick: fc.nat({ max: 1_000_000 }),
    fraction: fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 100 }).map((percent) => percent / 100), weight: 8 },
      { arbitrary: fc.constant(1), weight: 3 },
      { arbitrary: fc.integer({ min: 101, max: 120 }).map((percent) => percent / 100), weight: 1 },
    ),
    cents: fc.integer({ min: 1, max: 5_000_000 }),
    vote: fc.constantFrom<VoteChoice>('yes', 'yes', 'yes', 'no', 'abstain'),
    daysLater: fc.oneof(
      { arbitrary: fc.constant(0), weight: 3 },
      { arbitrary: fc.integer({ min: 1, max: 30 }), weight: 2 },
    ),
    daysBack: fc.oneof(
      { arbitrary: fc.constant(null), weight: 2 },
      { arbitrary: fc.constant(0), weight: 1 },
      { arbitrary: fc.integer({ min: 1, max: 60 }), weight: 2 },
    ),
  });
}

export interface FundScenarioOptions {
  readonly minSteps?: number;
  readonly maxSteps?: number;
  /** Adds a final close-fund attempt to some scenarios. */
  readonly mayCloseFund?: boolean;
}

export function fundScenarioArbitrary(options: FundScenarioOptions = {}): fc.Arbitrary<FundScenario> {
  const steps = fc.array(fundStepArbitrary(), {
    minLength: options.minSteps ?? 10,
    maxLength: options.maxSteps ?? 150,
    size: 'max',
  });
  const closing = options.mayCloseFund ? fc.boolean() : fc.constant(false);
  return fc
    .record({
      settings: fundSettingsArbitrary(),
      budgets: fc.array(
        fc.integer({ min: 0, max: 200_000 }).map((euros) => `${euros}.00`),
        {
          minLength: 4,
          maxLength: 4,
        },
      ),
      jurySize: fc.integer({ min: 3, max: 9 }),
      steps,
      closing,
      closingStep: fundStepArbitrary(),
    })
    .map(({ jurySize, steps: drawn, closing: close, closingStep, ...rest }) => ({
      ...rest,
      juryIds: Array.from({ length: jurySize }, (_unused, index) =>
        index === 1 ? PROTOTYPE_MEMBER_IDS[0] : `member-${index + 1}`,
      ),
      steps: close ? [...drawn, { ...closingStep, kind: 'close-fund' as const }] : drawn,
    }));
}

/** Random histories of one fund: the scenario, each step's outcome and the accepted events. */
export function fundHistoryArbitrary(options: FundScenarioOptions = {}): fc.Arbitrary<FundHistory> {
  return fundScenarioArbitrary(options).map(runFundScenario);
}

/** Runs a scenario against the decider; refusals are kept as outcomes and change nothing. */
export function runFundScenario(scenario: FundScenario): FundHistory {
  const runner = new ScenarioRunner(scenario);
  const setupCommands: FundCommand[] = [
    runner.command('OpenFund', { name: 'Fund under test', area: 'Centre', settings: scenario.settings }),
    ...scenario.budgets.map((publicBudget, index) =>
      runner.command('SetFiscalYearBudget', { fiscalYear: 2024 + index, publicBudget }),
    ),
    ...scenario.juryIds.map((memberId, index) =>
      runner.command('AppointJuryMember', {
        memberId,
        subject: personOf(memberId).subject,
        name: `Member ${index + 1}`,
        group: (['private-actor', 'administration', 'politics'] as const)[index % 3],
      }),
    ),
  ];
  for (const setupCommand of [...setupCommands, ...initialFunding(runner, scenario)])
    runner.run(setupCommand);
  for (const step of scenario.steps) {
    runner.advance(step.daysLater);
    const next = runner.commandFor(step);
    if (next !== null) runner.run(next);
  }
  return { scenario, outcomes: runner.outcomes, envelopes: runner.envelopes, finalState: runner.state };
}

/** The first year's public budget paid in, and (pooled) as much private money, so that grants can be financed. */
function initialFunding(runner: ScenarioRunner, scenario: FundScenario): FundCommand[] {
  const amount = scenario.budgets[0];
  const publicMoney = runner.command('RecordPublicContribution', {
    contributionId: 'initial-public',
    amount,
    valueDate: '2024-01-02',
    reference: 'budget 2024',
  });
  if (scenario.settings.matchingModel !== 'pooled') return [publicMoney];
  const privateMoney = runner.command('RecordPrivateContribution', {
    contributionId: 'initial-private',
    contributor: { name: 'Business improvement district', kind: 'business-improvement-district' },
    amount,
    valueDate: '2024-01-02',
    reference: 'levy 2024',
  });
  return [publicMoney, privateMoney];
}

type CommandOf<Type extends FundCommand['type']> = Extract<FundCommand, { type: Type }>;
type CommandFields<Type extends FundCommand['type']> = Omit<
  CommandOf<Type>,
  'type' | 'commandId' | 'issuedAt' | 'fundId'
>;

function amountOf(cents: number): string {
  return formatAmount(new Money(cents).dividedBy(100));
}

function fractionOf(amount: string, fraction: number): string {
  const part = floorToCent(new Money(amount).times(fraction));
  return formatAmount(part.isZero() ? new Money('0.01') : part);
}

function pickFrom<Item>(items: readonly Item[], pick: number): Item | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

const MEASURES: readonly { type: 'investive' | 'non-investive'; kind: MeasureKind }[] = [
  { type: 'investive', kind: 'street-furniture' },
  { type: 'investive', kind: 'lighting' },
  { type: 'investive', kind: 'planting' },
  { type: 'non-investive', kind: 'event' },
  { type: 'non-investive', kind: 'marketing' },
];

class ScenarioRunner {
  state: FundState = fundDecider.initialState();
  readonly outcomes: FundStepOutcome[] = [];
  readonly envelopes: EventEnvelope<FundEvent>[] = [];
  private dayOffset = 0;
  private sequence = 0;
  private readonly createdByKind = new Map<string, number>();
  private readonly accepted: FundCommand[] = [];

  constructor(private readonly scenario: FundScenario) {}

  advance(days: number): void {
    this.dayOffset += days;
  }

  private issuedAt(): string {
    return new Date(FIRST_DAY_MS + this.dayOffset * DAY_MS).toISOString();
  }

  private today(): string {
    return this.issuedAt().slice(0, 10);
  }

  /** The step's business date: left out, or some days before today, so dates run out of order with recording. */
  private businessDate(step: FundStep): string | undefined {
    if (step.daysBack === null) return undefined;
    return new Date(FIRST_DAY_MS + (this.dayOffset - step.daysBack) * DAY_MS).toISOString().slice(0, 10);
  }

  private nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence}`;
  }

  /**
   * The id of a new thing of one kind: every second one, until they are used up, is named like an
   * Object.prototype member (the jury's appointed at the start may already hold one of them).
   */
  private nextEntityId(prefix: string): string {
    const created = this.createdByKind.get(prefix) ?? 0;
    this.createdByKind.set(prefix, created + 1);
    const named = created % 2 === 0 ? PROTOTYPE_MEMBER_IDS[created / 2] : undefined;
    return named === undefined || (prefix === 'member' && this.state.juryMembers.has(named))
      ? this.nextId(prefix)
      : named;
  }

  command<Type extends FundCommand['type']>(type: Type, fields: CommandFields<Type>): CommandOf<Type> {
    return {
      ...fields,
      type,
      commandId: this.nextId('command'),
      issuedAt: this.issuedAt(),
      fundId: SCENARIO_FUND_ID,
    } as unknown as CommandOf<Type>;
  }

  run(command: FundCommand): void {
    const stateBefore = this.state;
    try {
      const events = fundDecider.decide(command, stateBefore);
      for (const event of events) {
        this.state = fundDecider.evolve(this.state, { event, commandId: command.commandId });
        this.envelopes.push({ event, commandId: command.commandId });
      }
      if (events.length > 0) this.accepted.push(command);
      this.outcomes.push({ command, events, error: null, stateBefore, stateAfter: this.state });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.outcomes.push({ command, events: null, error, stateBefore, stateAfter: this.state });
    }
  }

  private applications(...statuses: ApplicationState['status'][]): ApplicationState[] {
    return [...this.state.applications.values()].filter((application) =>
      statuses.includes(application.status),
    );
  }

  private grants(...statuses: GrantState['status'][]): GrantState[] {
    return [...this.state.grants.values()].filter((grant) => statuses.includes(grant.status));
  }

  private activeMembers(): string[] {
    return [...this.state.juryMembers.values()]
      .filter((member) => member.active)
      .map((member) => member.memberId);
  }

  private details(step: FundStep): ApplicationDetails {
    const eligibleCosts = amountOf(Math.max(step.cents, 5000));
    const requestedGrant = fractionOf(eligibleCosts, Math.min(step.fraction, 1) * 0.6);
    return {
      applicant: { name: `Applicant ${step.pick % 97}`, kind: 'association' },
      title: `Project ${step.pick % 1000}`,
      description: 'A project in the fund area.',
      measure: pickFrom(MEASURES, step.pick) ?? MEASURES[0],
      eligibleCosts,
      ownContribution: formatAmount(new Money(eligibleCosts).minus(requestedGrant)),
      requestedGrant,
      area: 'Centre',
    };
  }

  commandFor(step: FundStep): FundCommand | null {
    if (step.kind === 'progress-application') return this.progressApplication(step);
    if (step.kind === 'progress-grant') return this.progressGrant(step);
    return (
      this.moneyCommandFor(step) ??
      this.applicationCommandFor(step) ??
      this.juryCommandFor(step) ??
      this.grantCommandFor(step) ??
      this.fundCommandFor(step)
    );
  }

  /** The next natural command for a random open application, with occasional detours. */
  private progressApplication(step: FundStep): FundCommand | null {
    const open = this.applications(
      'submitted',
      'incomplete',
      'eligible',
      'deferred',
      'on-agenda',
      'approved',
    );
    const application = pickFrom(open, step.pick);
    if (application === undefined) return this.juryOrApplicationStep(step, 'submit-application');
    const detour = step.pick % 20 === 0;
    switch (application.status) {
      case 'submitted':
        return this.juryOrApplicationStep(step, detour ? 'mark-incomplete' : 'declare-eligible', application);
      case 'incomplete':
        return this.juryOrApplicationStep(step, 'amend-application', application);
      case 'eligible':
      case 'deferred':
        return this.juryOrApplicationStep(step, 'put-on-agenda', application);
      case 'on-agenda':
        return this.progressDecision(step, application);
      default:
        return this.grantCommandFor({ ...step, kind: 'issue-grant' }, application);
    }
  }

  private progressDecision(step: FundStep, application: ApplicationState): FundCommand | null {
    const decision = application.openDecision;
    if (decision === null) return null;
    if (decision.presentMemberIds.length === 0)
      return this.juryOrApplicationStep(step, 'record-attendance', application);
    if (step.pick % 25 === 0) return this.juryOrApplicationStep(step, 'declare-conflict', application);
    const voters = decision.presentMemberIds.filter(
      (memberId) =>
        !application.recusedMemberIds.includes(memberId) &&
        !decision.votes.some((vote) => vote.memberId === memberId),
    );
    if (voters.length > 0 && step.pick % 15 !== 0) {
      const memberId = pickFrom(voters, step.pick) ?? unknownId('member', step.pick);
      return this.command('CastVote', {
        applicationId: application.applicationId,
        ...jurorActingAs(memberId, step.pick, this.activeMembers()),
        vote: step.vote,
      });
    }
    const ending =
      step.pick % 12 === 0 ? 'defer-application' : step.pick % 13 === 0 ? 'correct-vote' : 'close-vote';
    return this.juryOrApplicationStep(step, ending, application);
  }

  private juryOrApplicationStep(
    step: FundStep,
    kind: StepKind,
    application?: ApplicationState,
  ): FundCommand | null {
    const pick = application === undefined ? step.pick : this.indexIn(application);
    const focused = { ...step, kind, pick };
    return this.applicationCommandFor(focused) ?? this.juryCommandFor(focused);
  }

  /** The pick that selects this application among the applications sharing its status. */
  private indexIn(application: ApplicationState): number {
    return this.applications(application.status).findIndex(
      (candidate) => candidate.applicationId === application.applicationId,
    );
  }

  /** The next natural command for a random grant: proof, acceptance, payouts, close, repayments. */
  private progressGrant(step: FundStep): FundCommand | null {
    const owing = [...this.state.grants.values()].filter(
      (grant) => !new Money(outstandingOf(grant)?.amount ?? '0').isZero(),
    );
    if (owing.length > 0 && step.pick % 3 === 0)
      return this.grantCommandFor({ ...step, kind: 'record-repayment' });
    const grant = pickFrom(this.grants('committed', 'proof-submitted', 'proof-accepted'), step.pick);
    if (grant === undefined) return null;
    const focused = (kind: StepKind, statuses: GrantState['status'][]) =>
      this.grantCommandFor({
        ...step,
        kind,
        pick: this.grants(...statuses).findIndex((candidate) => candidate.grantId === grant.grantId),
      });
    const nothingOpen = new Money(openCommitmentOf(grant).amount).isZero();
    switch (grant.status) {
      case 'committed':
        return step.pick % 4 === 0
          ? focused('pay-advance', ['committed', 'proof-submitted'])
          : focused('submit-proof', ['committed']);
      case 'proof-submitted':
        return step.pick % 8 === 0
          ? focused('reject-proof', ['proof-submitted'])
          : focused('accept-proof', ['proof-submitted']);
      default:
        return nothingOpen || step.pick % 6 === 0
          ? focused('close-grant', ['proof-accepted'])
          : focused('make-payout', ['proof-accepted']);
    }
  }

  private moneyCommandFor(step: FundStep): FundCommand | null {
    const valueDate = this.businessDate(step);
    switch (step.kind) {
      case 'public-contribution':
        return this.command('RecordPublicContribution', {
          contributionId: this.nextEntityId('public'),
          amount: amountOf(step.cents),
          valueDate,
          reference: 'budget transfer',
        });
      case 'private-contribution':
        return this.command('RecordPrivateContribution', {
          contributionId: this.nextEntityId('private'),
          contributor: { name: 'Sponsor', kind: 'sponsor' },
          amount: amountOf(step.cents),
          valueDate,
          reference: 'sponsoring',
        });
      default:
        return null;
    }
  }

  private applicationCommandFor(step: FundStep): FundCommand | null {
    const target = (...statuses: ApplicationState['status'][]) =>
      pickFrom(this.applications(...statuses), step.pick)?.applicationId ??
      unknownId('application', step.pick);
    switch (step.kind) {
      case 'submit-application':
        return this.command('SubmitApplication', {
          applicationId: this.nextEntityId('application'),
          ...this.details(step),
        });
      case 'mark-incomplete':
        return this.command('MarkApplicationIncomplete', {
          applicationId: target('submitted'),
          reason: 'Plan missing',
        });
      case 'amend-application':
        return this.command('AmendApplication', {
          applicationId: target('incomplete'),
          ...this.details(step),
        });
      case 'declare-eligible':
        return this.command('DeclareApplicationEligible', { applicationId: target('submitted') });
      case 'declare-ineligible':
        return this.command('DeclareApplicationIneligible', {
          applicationId: target('submitted'),
          reason: 'Outside area',
        });
      case 'withdraw-application':
        return this.command('WithdrawApplication', {
          applicationId: target('submitted', 'eligible', 'approved', 'granted'),
          reason: 'Project cancelled',
        });
      default:
        return null;
    }
  }

  private juryCommandFor(step: FundStep): FundCommand | null {
    const onAgenda = pickFrom(this.applications('on-agenda'), step.pick);
    const applicationId = onAgenda?.applicationId ?? unknownId('application', step.pick);
    const decision = onAgenda?.openDecision;
    const members = this.activeMembers();
    switch (step.kind) {
      case 'appoint-member': {
        const memberId = this.nextEntityId('member');
        return this.command('AppointJuryMember', {
          memberId,
          subject: personOf(memberId).subject,
          name: 'New member',
          group: 'politics',
        });
      }
      case 'remove-member':
        return this.command('RemoveJuryMember', {
          memberId: pickFrom(members, step.pick) ?? unknownId('member', step.pick),
          reason: 'Moved away',
        });
      case 'put-on-agenda':
        return this.command('PutApplicationOnAgenda', {
          applicationId:
            pickFrom(this.applications('eligible', 'deferred'), step.pick)?.applicationId ?? applicationId,
          decisionId: this.nextEntityId('decision'),
          meetingId: `meeting-${Math.floor(this.dayOffset / 30)}`,
          meetingDate: this.today(),
        });
      case 'record-attendance': {
        const absent = step.pick % 4 === 0 ? (pickFrom(members, step.pick) ?? '') : '';
        const voted = decision?.votes.map((vote) => vote.memberId) ?? [];
        const present = members.filter((memberId) => memberId !== absent || voted.includes(memberId));
        return this.command('RecordJuryAttendance', { applicationId, presentMemberIds: present });
      }
      case 'declare-conflict':
        return this.command('DeclareConflictOfInterest', {
          applicationId,
          ...jurorActingAs(
            pickFrom(members, step.pick) ?? unknownId('member', step.pick),
            step.pick,
            members,
          ),
          reason: 'Works for the applicant',
        });
      case 'cast-vote': {
        const notYet = (decision?.presentMemberIds ?? members).filter(
          (memberId) => !decision?.votes.some((vote) => vote.memberId === memberId),
        );
        const memberId =
          pickFrom(step.pick % 10 === 0 ? members : notYet, step.pick) ?? unknownId('member', step.pick);
        return this.command('CastVote', {
          applicationId,
          ...jurorActingAs(memberId, step.pick, members),
          vote: step.vote,
        });
      }
      case 'correct-vote':
        return this.command('CorrectVote', {
          applicationId,
          ...jurorActingAs(
            pickFrom(decision?.votes ?? [], step.pick)?.memberId ?? unknownId('member', step.pick),
            step.pick,
            members,
          ),
          vote: step.vote,
          reason: 'Misrecorded',
        });
      case 'close-vote': {
        const requested = onAgenda?.details.requestedGrant ?? '1.00';
        return this.command('CloseVote', {
          applicationId,
          approvedAmount: fractionOf(requested, step.fraction),
          meetingDate: this.businessDate(step),
        });
      }
      case 'defer-application':
        return this.command('DeferApplication', {
          applicationId,
          reason: 'More information needed',
          meetingDate: this.businessDate(step),
        });
      default:
        return null;
    }
  }

  private grantCommandFor(step: FundStep, approvedTarget?: ApplicationState): FundCommand | null {
    const valueDate = this.businessDate(step);
    const grantOf = (...statuses: GrantState['status'][]) => pickFrom(this.grants(...statuses), step.pick);
    const grantIdOf = (...statuses: GrantState['status'][]) =>
      grantOf(...statuses)?.grantId ?? unknownId('grant', step.pick);
    switch (step.kind) {
      case 'issue-grant': {
        const approved = approvedTarget ?? pickFrom(this.applications('approved'), step.pick);
        return this.command('IssueGrantNotice', {
          grantId: this.nextEntityId('grant'),
          applicationId: approved?.applicationId ?? unknownId('application', step.pick),
          amount: fractionOf(approved?.approvedAmount ?? '1.00', step.fraction),
          noticeDate: valueDate,
        });
      }
      case 'pay-advance':
      case 'make-payout': {
        const grant =
          step.kind === 'pay-advance' ? grantOf('committed', 'proof-submitted') : grantOf('proof-accepted');
        const open = grant === undefined ? '1.00' : openCommitmentOf(grant).amount;
        const fields = {
          grantId: grant?.grantId ?? unknownId('grant', step.pick),
          payoutId: this.nextEntityId('payout'),
          amount: fractionOf(new Money(open).isZero() ? '1.00' : open, step.fraction),
          valueDate,
        };
        return step.kind === 'pay-advance'
          ? this.command('PayAdvance', fields)
          : this.command('MakePayout', fields);
      }
      case 'submit-proof':
        return this.command('SubmitProofOfUse', {
          grantId: grantIdOf('committed'),
          reportedCosts: amountOf(step.cents),
          reference: 'proof',
          receivedDate: valueDate,
        });
      case 'accept-proof': {
        const grant = grantOf('proof-submitted');
        return this.command('AcceptProofOfUse', {
          certifier: FUND_OFFICE,
          grantId: grant?.grantId ?? unknownId('grant', step.pick),
          provenEligibleCosts: fractionOf(grant?.eligibleCosts ?? '1.00', Math.min(step.fraction * 1.1, 1.2)),
        });
      }
      case 'reject-proof':
        return this.command('RejectProofOfUse', {
          grantId: grantIdOf('proof-submitted'),
          reason: 'Receipts missing',
        });
      case 'close-grant':
        return this.command('CloseGrant', { grantId: grantIdOf('proof-accepted') });
      case 'expire-grant':
        return this.command('ExpireGrant', {
          grantId: grantIdOf('committed', 'proof-submitted'),
          reason: 'Not carried out',
        });
      case 'revoke-grant': {
        const grant = grantOf('committed', 'proof-submitted', 'proof-accepted', 'closed');
        const paid = grant?.paid.amount ?? '0.00';
        return this.command('RevokeGrant', {
          certifier: FUND_OFFICE,
          grantId: grant?.grantId ?? unknownId('grant', step.pick),
          reason: 'Misuse',
          repaymentPrincipal: new Money(paid).isZero() ? '0.00' : fractionOf(paid, step.fraction),
          ...(step.pick % 2 === 0 ? { fixedInterestRatePercentPerYear: '5.12' } : {}),
          noticeDate: valueDate,
        });
      }
      case 'demand-unused-interest': {
        const paidGrants = [...this.state.grants.values()].filter(
          (grant) => grant.status !== 'revoked' && grant.payments.size > 0,
        );
        const grant = pickFrom(paidGrants, step.pick);
        const payment = grant === undefined ? undefined : pickFrom([...grant.payments.values()], step.pick);
        return this.command('DemandUnusedMoneyInterest', {
          certifier: FUND_OFFICE,
          grantId: grant?.grantId ?? unknownId('grant', step.pick),
          payoutId: payment?.payoutId ?? unknownId('payout', step.pick),
          ...(step.pick % 2 === 0 ? {} : { usedOn: valueDate }),
          noticeDate: valueDate,
        });
      }
      case 'record-repayment': {
        const owing = [...this.state.grants.values()].filter(
          (grant) => !new Money(outstandingOf(grant)?.amount ?? '0').isZero(),
        );
        const grant = pickFrom(owing, step.pick);
        const outstanding = grant === undefined ? '1.00' : (outstandingOf(grant)?.amount ?? '1.00');
        return this.command('RecordRepayment', {
          grantId: grant?.grantId ?? unknownId('grant', step.pick),
          repaymentId: this.nextEntityId('repayment'),
          amount: fractionOf(outstanding, step.fraction),
          valueDate,
        });
      }
      default:
        return null;
    }
  }

  private fundCommandFor(step: FundStep): FundCommand | null {
    const year = Number(this.today().slice(0, 4));
    switch (step.kind) {
      case 'set-budget':
        return this.command('SetFiscalYearBudget', {
          fiscalYear: year + (step.pick % 2),
          publicBudget: amountOf(step.cents * 10),
        });
      case 'close-year':
        return this.command('CloseFiscalYear', { fiscalYear: year - 1 - (step.pick % 2) });
      case 'change-settings':
        return this.command('ChangeFundSettings', {
          settings: {
            ...this.scenario.settings,
            publicFunders: pickFrom(FUNDER_SETS, step.pick) ?? FUNDER_SETS[0],
          },
          effectiveDate: this.businessDate(step),
        });
      case 'repeat-command': {
        const earlier = pickFrom(this.accepted, step.pick);
        return earlier === undefined ? null : earlier;
      }
      case 'close-fund':
        return this.command('CloseFund', { reason: 'Programme ended' });
      default:
        return null;
    }
  }
}
