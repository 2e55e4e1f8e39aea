/**
 * Generates realistic fund histories through the domain's decider: a fund is opened, budgets are set
 * and years closed, money comes in, applications go through eligibility, the jury (attendance,
 * conflicts of interest, votes, corrections, deferrals), grant notices, advances, proof of use with
 * recalculation, payouts, expiry, withdrawal, revocation and repayment. Each step picks a command that
 * fits the fund's state; the decider has the last word, and a refused command simply adds nothing,
 * so every generated event is one the product could really have recorded.
 */
import {
  DomainError,
  floorToCent,
  fundDecider,
  initialFundState,
  Money,
  type ApplicationDetails,
  type ApplicationState,
  type FundCommand,
  type FundEvent,
  type FundSettingsInput,
  type FundState,
  type GrantState,
} from '@fund-ledger/domain';
import { FUND_OFFICE, DIRECT_PROCESS_SETTINGS, personOf } from '@fund-ledger/domain/testing';
import type { ChoiceSource } from './choices';

export interface GeneratedStep {
  readonly command: FundCommand;
  /** Empty when the decider refused the command. */
  readonly events: readonly FundEvent[];
}

type CommandOf<Type extends FundCommand['type']> = Extract<FundCommand, { type: Type }>;
type CommandFields<Type extends FundCommand['type']> = Omit<
  CommandOf<Type>,
  'type' | 'commandId' | 'issuedAt' | 'fundId'
>;

const HOUR_MS = 3_600_000;
const JURY_SIZE = 9;
const OPEN_APPLICATIONS_MAX = 8;
const FINISHED_GRANT = ['closed', 'expired', 'withdrawn', 'revoked'];
const ENDED_APPLICATION = ['rejected', 'ineligible', 'withdrawn'];

export class FundHistoryGenerator {
  private state: FundState = initialFundState();
  private clockMs: number;
  private sequence = 0;

  constructor(
    readonly fundId: string,
    private readonly choices: ChoiceSource,
    startAt = '2024-01-02T09:00:00Z',
  ) {
    this.clockMs = Date.parse(startAt);
  }

  get fundState(): FundState {
    return this.state;
  }

  /** Picks one command for the fund's current state and lets the decider decide it. */
  step(): GeneratedStep {
    this.clockMs += (1 + this.choices.next(12)) * HOUR_MS;
    const command = this.nextCommand();
    let events: readonly FundEvent[];
    try {
      events = fundDecider.decide(command, this.state);
    } catch (error) {
      if (error instanceof DomainError) return { command, events: [] };
      throw error;
    }
    for (const event of events)
      this.state = fundDecider.evolve(this.state, { event, commandId: command.commandId });
    return { command, events };
  }

  private command<Type extends FundCommand['type']>(
    type: Type,
    fields: CommandFields<Type>,
  ): CommandOf<Type> {
    this.sequence += 1;
    const base = {
      commandId: `${this.fundId}-c${this.sequence}`,
      issuedAt: this.instant(),
      fundId: this.fundId,
    };
    return { ...base, ...fields, type } as unknown as CommandOf<Type>;
  }

  private nextId(prefix: string): string {
    return `${prefix}-${this.sequence + 1}`;
  }

  private instant(): string {
    return new Date(this.clockMs).toISOString().replace('.000Z', 'Z');
  }

  private today(): string {
    return this.instant().slice(0, 10);
  }

  private year(): number {
    return Number(this.today().slice(0, 4));
  }

  private chance(percent: number): boolean {
    return this.choices.next(100) < percent;
  }

  private pick<Item>(items: readonly Item[]): Item {
    const item = items[this.choices.next(items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  }

  /** An amount from `minimumEuros` to `maximumEuros`, to the cent. */
  private euros(minimumEuros: number, maximumEuros: number): string {
    const cents = this.choices.next((maximumEuros - minimumEuros) * 100 + 1);
    return new Money(minimumEuros).plus(new Money(cents).dividedBy(100)).toFixed(2);
  }

  private percentOf(amount: string | Money, percentMin: number, percentMax: number): string {
    const percent = percentMin + this.choices.next(percentMax - percentMin + 1);
    return floorToCent(new Money(amount).times(percent).dividedBy(100)).toFixed(2);
  }

  private nextCommand(): FundCommand {
    const state = this.state;
    if (state.status === 'not-opened') return this.openFund();
    const year = this.year();
    if (state.fiscalYears.get(String(year))?.publicBudget == null) {
      return this.command('SetFiscalYearBudget', {
        fiscalYear: year,
        publicBudget: this.euros(60_000, 150_000),
      });
    }
    const unclosed = [...state.fiscalYears.values()].find(
      (candidate) => candidate.fiscalYear < year && !candidate.closed && candidate.publicBudget !== null,
    );
    if (unclosed !== undefined) return this.command('CloseFiscalYear', { fiscalYear: unclosed.fiscalYear });
    if (this.activeMemberIds().length < JURY_SIZE - 2) return this.appointMember();
    return this.everydayCommand();
  }

  private everydayCommand(): FundCommand {
    const roll = this.choices.next(100);
    const open = this.openApplications();
    if (roll < 8) return this.contribution();
    if (roll < 16 && open.length < OPEN_APPLICATIONS_MAX) return this.submitApplication();
    if (roll < 17) return this.juryChange();
    if (roll < 18) return this.settingsChange();
    if (open.length === 0) return this.submitApplication();
    return this.progress(this.pick(open));
  }

  private openFund(): FundCommand {
    const pooled = this.chance(50);
    const settings: FundSettingsInput = {
      fundingSource: pooled ? 'urban-development-funding' : 'municipal-budget',
      matchingModel: pooled ? 'pooled' : 'per-project',
      publicFunders: this.chance(50)
        ? [{ funderId: 'city', name: 'Stadt', share: '1' }]
        : [
            { funderId: 'federal', name: 'Bund', share: '0.3333' },
            { funderId: 'state', name: 'Land', share: '0.3333' },
            { funderId: 'city', name: 'Stadt', share: '0.3334' },
          ],
      publicShareMax: this.pick(['0.50', '0.50', '0.60']),
      perProjectPublicCap: this.pick(['10000.00', null]),
      publicMoneyInvestiveOnly: pooled && this.chance(50),
      yearEndPolicy: this.pick(['carry-over', 'lapse']),
      ...DIRECT_PROCESS_SETTINGS,
    };
    return this.command('OpenFund', { name: `Fund ${this.fundId}`, area: 'City centre', settings });
  }

  private activeMemberIds(): string[] {
    return [...this.state.juryMembers.values()]
      .filter((member) => member.active)
      .map((member) => member.memberId);
  }

  private appointMember(): FundCommand {
    const group = this.pick(['private-actor', 'administration', 'politics'] as const);
    const memberId = this.nextId('member');
    return this.command('AppointJuryMember', {
      memberId,
      name: 'Jury member',
      group,
      subject: personOf(memberId).subject,
    });
  }

  private juryChange(): FundCommand {
    const active = this.activeMemberIds();
    if (active.length <= JURY_SIZE - 2) return this.appointMember();
    return this.command('RemoveJuryMember', { memberId: this.pick(active), reason: 'Left the committee' });
  }

  private settingsChange(): FundCommand {
    const settings = this.state.settings;
    if (settings === null) return this.contribution();
    return this.command('ChangeFundSettings', {
      settings: { ...settings, perProjectPublicCap: this.pick(['10000.00', '12000.00', null]) },
    });
  }

  private contribution(): FundCommand {
    const state = this.state;
    const year = state.fiscalYears.get(String(this.year()));
    const budgetLeft = new Money(year?.publicBudget ?? '0').minus(year?.figures.publicReceived ?? '0');
    const publicWanted = state.settings?.matchingModel === 'per-project' || this.chance(40);
    const fields = {
      contributionId: this.nextId('contribution'),
      valueDate: this.today(),
      reference: 'Bank statement',
    };
    if (publicWanted && budgetLeft.gte(100)) {
      return this.command('RecordPublicContribution', {
        ...fields,
        amount: this.percentOf(budgetLeft, 10, 40),
      });
    }
    const contributor = {
      name: 'Business association',
      kind: this.pick(['business', 'association', 'sponsor'] as const),
    };
    return this.command('RecordPrivateContribution', {
      ...fields,
      contributor,
      amount: this.euros(500, 20_000),
    });
  }

  private applicationDetails(): ApplicationDetails {
    const eligibleCosts = this.euros(1_000, 25_000);
    const share = this.state.settings?.publicShareMax ?? '0.50';
    const requestedGrant = Money.min(floorToCent(new Money(eligibleCosts).times(share)), 10_000).toFixed(2);
    const investive = this.chance(70);
    return {
      applicant: {
        name: 'Neighbourhood association',
        kind: this.pick(['association', 'business', 'club'] as const),
      },
      title: 'Project in the city centre',
      description: 'A measure for the city centre.',
      measure: investive ? { type: 'investive', kind: 'lighting' } : { type: 'non-investive', kind: 'event' },
      eligibleCosts,
      ownContribution: new Money(eligibleCosts).minus(requestedGrant).toFixed(2),
      requestedGrant,
      area: 'City centre',
    };
  }

  private submitApplication(): FundCommand {
    return this.command('SubmitApplication', {
      applicationId: this.nextId('application'),
      ...this.applicationDetails(),
    });
  }

  private openApplications(): ApplicationState[] {
    return [...this.state.applications.values()].filter((application) => {
      if (ENDED_APPLICATION.includes(application.status)) return false;
      const grant = application.grantId === null ? undefined : this.state.grants.get(application.grantId);
      return grant === undefined || !isSettled(grant);
    });
  }

  private progress(application: ApplicationState): FundCommand {
    const applicationId = application.applicationId;
    switch (application.status) {
      case 'submitted':
        if (this.chance(10))
          return this.command('MarkApplicationIncomplete', { applicationId, reason: 'Cost plan missing' });
        if (this.chance(5))
          return this.command('DeclareApplicationIneligible', { applicationId, reason: 'Outside the area' });
        if (this.chance(3))
          return this.command('WithdrawApplication', { applicationId, reason: 'Applicant withdrew' });
        return this.command('DeclareApplicationEligible', { applicationId });
      case 'incomplete':
        return this.command('AmendApplication', { applicationId, ...this.applicationDetails() });
      case 'eligible':
      case 'deferred':
        return this.putOnAgenda(applicationId);
      case 'on-agenda':
        return this.juryStep(application);
      case 'approved':
        if (this.chance(10))
          return this.command('WithdrawApplication', { applicationId, reason: 'No longer needed' });
        return this.command('IssueGrantNotice', {
          grantId: this.nextId('grant'),
          applicationId,
          amount: application.approvedAmount ?? '0.00',
        });
      default:
        return this.grantStep(application);
    }
  }

  private putOnAgenda(applicationId: string): FundCommand {
    return this.command('PutApplicationOnAgenda', {
      applicationId,
      decisionId: this.nextId('decision'),
      meetingId: `meeting-${this.today()}`,
      meetingDate: this.today(),
    });
  }

  private juryStep(application: ApplicationState): FundCommand {
    const decision = application.openDecision;
    const applicationId = application.applicationId;
    if (decision === null) return this.putOnAgenda(applicationId);
    const active = this.activeMemberIds();
    if (decision.presentMemberIds.length === 0) {
      const absent = this.chance(30) ? this.pick(active) : null;
      return this.command('RecordJuryAttendance', {
        applicationId,
        presentMemberIds: active.filter((id) => id !== absent),
      });
    }
    const voted = decision.votes.map((vote) => vote.memberId);
    const waiting = decision.presentMemberIds.filter(
      (id) => active.includes(id) && !voted.includes(id) && !application.recusedMemberIds.includes(id),
    );
    if (waiting.length > 0 && this.chance(4)) {
      const memberId = this.pick(waiting);
      return this.command('DeclareConflictOfInterest', {
        applicationId,
        memberId,
        reason: 'Board member of the applicant',
        juror: personOf(memberId),
      });
    }
    if (voted.length > 0 && this.chance(2)) {
      const corrected = this.pick(decision.votes);
      const vote = corrected.vote === 'yes' ? 'no' : 'yes';
      return this.command('CorrectVote', {
        applicationId,
        memberId: corrected.memberId,
        vote,
        reason: 'Recorded wrongly',
        juror: personOf(corrected.memberId),
      });
    }
    if (waiting.length > 0) {
      const vote = this.pick(['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'no', 'no', 'abstain'] as const);
      const memberId = this.pick(waiting);
      return this.command('CastVote', { applicationId, memberId, vote, juror: personOf(memberId) });
    }
    if (this.chance(10))
      return this.command('DeferApplication', { applicationId, reason: 'More information needed' });
    return this.command('CloseVote', { applicationId, approvedAmount: application.details.requestedGrant });
  }

  private grantStep(application: ApplicationState): FundCommand {
    const grant = application.grantId === null ? undefined : this.state.grants.get(application.grantId);
    if (grant === undefined) return this.submitApplication();
    const grantId = grant.grantId;
    const open = new Money(grant.granted.amount).minus(grant.paid.amount);
    switch (grant.status) {
      case 'committed':
        if (this.chance(15) && new Money(grant.paid.amount).isZero())
          return this.payment('PayAdvance', grant, this.percentOf(open, 20, 60));
        if (this.chance(3))
          return this.command('ExpireGrant', { grantId, reason: 'Not carried out in time' });
        if (this.chance(3)) return this.revoke(grant);
        return this.command('SubmitProofOfUse', {
          grantId,
          reportedCosts: grant.eligibleCosts,
          reference: 'Invoices',
        });
      case 'proof-submitted':
        if (this.chance(10)) return this.command('RejectProofOfUse', { grantId, reason: 'Invoices missing' });
        return this.command('AcceptProofOfUse', {
          certifier: FUND_OFFICE,
          grantId,
          provenEligibleCosts: this.chance(10)
            ? this.percentOf(grant.eligibleCosts, 20, 50)
            : this.percentOf(grant.eligibleCosts, 80, 100),
        });
      case 'proof-accepted':
        if (this.chance(3)) return this.revoke(grant);
        if (open.isZero()) return this.command('CloseGrant', { grantId });
        return this.payment(
          'MakePayout',
          grant,
          this.chance(30) ? this.percentOf(open, 40, 60) : open.toFixed(2),
        );
      default:
        return this.repayment(grant);
    }
  }

  private payment(type: 'PayAdvance' | 'MakePayout', grant: GrantState, amount: string): FundCommand {
    const fields = {
      grantId: grant.grantId,
      payoutId: this.nextId('payout'),
      amount,
      valueDate: this.today(),
    };
    return type === 'PayAdvance' ? this.command('PayAdvance', fields) : this.command('MakePayout', fields);
  }

  private revoke(grant: GrantState): FundCommand {
    return this.command('RevokeGrant', {
      certifier: FUND_OFFICE,
      grantId: grant.grantId,
      reason: 'False information in the application',
      repaymentPrincipal: this.percentOf(grant.paid.amount, 50, 100),
      fixedInterestRatePercentPerYear: '5.12',
    });
  }

  private repayment(grant: GrantState): FundCommand {
    const outstanding = outstandingOf(grant);
    const amount = this.chance(30) ? this.percentOf(outstanding, 30, 70) : outstanding.toFixed(2);
    return this.command('RecordRepayment', {
      grantId: grant.grantId,
      repaymentId: this.nextId('repayment'),
      amount,
      valueDate: this.today(),
    });
  }
}

function outstandingOf(grant: GrantState): Money {
  if (grant.repayment === null) return new Money(0);
  return new Money(grant.repayment.due.amount).minus(grant.repayment.received.amount);
}

/** A grant needs nothing more once it has ended and nothing is owed on it. */
function isSettled(grant: GrantState): boolean {
  return FINISHED_GRANT.includes(grant.status) && outstandingOf(grant).isZero();
}

/** The events of a generated fund after `steps` steps (refused steps add nothing). */
export function generateFundEvents(fundId: string, choices: ChoiceSource, steps: number): FundEvent[] {
  const generator = new FundHistoryGenerator(fundId, choices);
  const events: FundEvent[] = [];
  for (let step = 0; step < steps && !choices.exhausted; step += 1) events.push(...generator.step().events);
  return events;
}
