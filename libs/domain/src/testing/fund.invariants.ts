/**
 * The fund's invariants, recomputed from events alone, independently of the decider's own state:
 * a second bookkeeping that the property suite runs beside the decider. Feed it every accepted
 * event in order; it throws on the first event after which an invariant no longer holds.
 */
import { ownBusinessDateOf } from '../fund/fund.business-dates';
import type { FiscalYearFigures, FundEvent, FunderPart, MoneySplit } from '../fund/fund.events';
import type { FundSettings } from '../fund/fund.settings';
import { isCanonicalAmount, Money } from '../money/money';

type YearFigure = Exclude<keyof FiscalYearFigures, 'publicBudget'>;
const YEAR_FIGURES: readonly YearFigure[] = [
  'publicReceived',
  'privateReceived',
  'publicCommitted',
  'privateCommitted',
  'publicReleased',
  'privateReleased',
  'publicPaid',
  'privatePaid',
  'publicRefunded',
  'privateRefunded',
];

type Figures = { received: Money; committed: Money; paid: Money; refunded: Money; lapsed: Money };

interface GrantFigures {
  granted: Money;
  grantedPublic: Money;
  grantedPrivate: Money;
  grantedByFunder: Map<string, Money>;
  paid: Money;
  paidPublic: Money;
  paidByFunder: Map<string, Money>;
  proofAccepted: boolean;
  ended: boolean;
  due: Money;
  repaid: Money;
  publicShareMax: string;
  pooled: boolean;
}

interface DecisionFigures {
  present: Set<string>;
  votes: Map<string, string>;
}

const zeroFigures = (): Figures => ({
  received: new Money(0),
  committed: new Money(0),
  paid: new Money(0),
  refunded: new Money(0),
  lapsed: new Money(0),
});

const availableOf = (figures: Figures): Money =>
  figures.received.plus(figures.refunded).minus(figures.lapsed).minus(figures.committed).minus(figures.paid);

export class FundInvariantViolation extends Error {}

export class FundInvariantChecker {
  private settings: FundSettings | null = null;
  private closed = false;
  private readonly closedYears = new Set<number>();
  private readonly budgets = new Map<number, Money>();
  private readonly publicReceivedByYear = new Map<number, Money>();
  private readonly pots = { public: zeroFigures(), private: zeroFigures() };
  private readonly funders = new Map<string, Figures>();
  private readonly grants = new Map<string, GrantFigures>();
  private readonly payoutIds = new Set<string>();
  private readonly members = new Set<string>();
  private readonly recused = new Map<string, Set<string>>();
  private readonly decisions = new Map<string, DecisionFigures>();
  private readonly approvedAmounts = new Map<string, Money>();
  private readonly applicationMeasures = new Map<string, { type: string; eligibleCosts: string }>();
  /** Money moved per fiscal year, each event in the year of its business date. */
  private readonly yearFigures = new Map<number, Map<YearFigure, Money>>();
  private readonly lastDateByApplication = new Map<string, string>();

  /** Checks one event and books it; throws `FundInvariantViolation` naming the rule that broke. */
  apply(event: FundEvent): void {
    if (this.closed) this.fail(`${event.type} happened after the fund was closed`);
    this.checkAmountsCanonical(event);
    this.checkYearOpen(event);
    this.checkBusinessDate(event);
    this.bookYearFigures(event);
    this.book(event);
    this.checkPots(event);
  }

  private fail(message: string): never {
    throw new FundInvariantViolation(message);
  }

  private checkAmountsCanonical(event: FundEvent): void {
    const visit = (value: unknown, path: string): void => {
      if (
        typeof value === 'string' &&
        /(amount|Part|Costs|Contribution|Grant|Budget|lapsed|CarriedOver)$/i.test(path)
      ) {
        if (!/^\d+\.\d{2}$/.test(value))
          this.fail(`${event.type}.${path} = ${value} is not a canonical amount`);
      } else if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) visit(inner, key);
      }
    };
    visit(event.data, 'data');
    if (
      'amount' in event.data &&
      typeof event.data.amount === 'string' &&
      !isCanonicalAmount(event.data.amount)
    ) {
      this.fail(`${event.type} amount ${event.data.amount} is out of bounds`);
    }
  }

  private checkYearOpen(event: FundEvent): void {
    if (
      'fiscalYear' in event.data &&
      event.type !== 'FiscalYearBudgetSet' &&
      event.type !== 'FiscalYearClosed'
    ) {
      if (this.closedYears.has(event.data.fiscalYear)) {
        this.fail(`${event.type} booked in closed fiscal year ${event.data.fiscalYear}`);
      }
    }
  }

  /**
   * A business date lies in an open year, is the year the event books into, and never goes back
   * within one application.
   */
  private checkBusinessDate(event: FundEvent): void {
    const date = ownBusinessDateOf(event);
    if (date === null) return;
    const year = Number(date.slice(0, 4));
    if (this.closedYears.has(year)) this.fail(`${event.type} dated ${date}, in closed fiscal year ${year}`);
    if ('fiscalYear' in event.data && event.data.fiscalYear !== year) {
      this.fail(`${event.type} dated ${date} books into fiscal year ${event.data.fiscalYear}`);
    }
    if (!('applicationId' in event.data)) return;
    const previous = this.lastDateByApplication.get(event.data.applicationId);
    if (previous !== undefined && date < previous) {
      this.fail(`${event.type} dated ${date}, before ${previous} of the same application`);
    }
    this.lastDateByApplication.set(event.data.applicationId, date);
  }

  /** Sums money by the fiscal year of its business date; releases, which have none, by their own year. */
  private bookYearFigures(event: FundEvent): void {
    const date = ownBusinessDateOf(event);
    const yearOfDate = date === null ? null : Number(date.slice(0, 4));
    switch (event.type) {
      case 'PublicContributionRecorded':
        return this.addToYear(yearOfDate, { publicReceived: event.data.amount });
      case 'PrivateContributionRecorded':
        return this.addToYear(yearOfDate, { privateReceived: event.data.amount });
      case 'GrantNoticeIssued':
        return this.addToYear(yearOfDate ?? event.data.fiscalYear, {
          publicCommitted: event.data.publicPart,
          privateCommitted: event.data.privatePart,
        });
      case 'GrantCommitmentReleased':
        return this.addToYear(event.data.fiscalYear, {
          publicReleased: event.data.publicPart,
          privateReleased: event.data.privatePart,
        });
      case 'AdvancePaid':
      case 'PayoutMade':
        return this.addToYear(yearOfDate, {
          publicPaid: event.data.publicPart,
          privatePaid: event.data.privatePart,
        });
      case 'RepaymentReceived':
        return this.addToYear(yearOfDate, {
          publicRefunded: event.data.publicPart,
          privateRefunded: event.data.privatePart,
        });
      case 'FiscalYearClosed':
        return this.checkYearFigures(event.data.fiscalYear, event.data.figures);
      default:
        return;
    }
  }

  private addToYear(fiscalYear: number | null, amounts: Partial<Record<YearFigure, string>>): void {
    if (fiscalYear === null) this.fail('money moved without a business date');
    const figures = this.yearFigures.get(fiscalYear) ?? new Map<YearFigure, Money>();
    for (const [figure, amount] of Object.entries(amounts) as [YearFigure, string][]) {
      figures.set(figure, (figures.get(figure) ?? new Money(0)).plus(amount));
    }
    this.yearFigures.set(fiscalYear, figures);
  }

  /** The figures a closed year seals are the year's sums by business date. */
  private checkYearFigures(fiscalYear: number, sealed: FiscalYearFigures): void {
    const figures = this.yearFigures.get(fiscalYear);
    for (const figure of YEAR_FIGURES) {
      const summed = figures?.get(figure) ?? new Money(0);
      if (!summed.equals(sealed[figure])) {
        this.fail(
          `fiscal year ${fiscalYear} sealed ${figure} ${sealed[figure]}, by business date ${summed.toFixed(2)}`,
        );
      }
    }
  }

  private checkSplit(event: FundEvent, split: MoneySplit): void {
    const amount = new Money(split.amount);
    if (!new Money(split.publicPart).plus(split.privatePart).equals(amount)) {
      this.fail(
        `${event.type}: public ${split.publicPart} + private ${split.privatePart} != ${split.amount}`,
      );
    }
    this.checkFunderParts(event, split.publicFunderParts, split.publicPart);
  }

  private checkFunderParts(event: FundEvent, parts: readonly FunderPart[], whole: string): void {
    const total = parts.reduce((sum, part) => sum.plus(part.amount), new Money(0));
    if (!total.equals(whole))
      this.fail(`${event.type}: funder parts sum to ${total.toFixed(2)}, not ${whole}`);
    if (parts.some((part) => new Money(part.amount).isNegative()))
      this.fail(`${event.type}: negative funder part`);
  }

  private funder(funderId: string): Figures {
    const existing = this.funders.get(funderId);
    if (existing !== undefined) return existing;
    const created = zeroFigures();
    this.funders.set(funderId, created);
    return created;
  }

  private bookSplit(field: keyof Figures, split: MoneySplit, sign: 1 | -1): void {
    this.pots.public[field] = this.pots.public[field].plus(new Money(split.publicPart).times(sign));
    this.pots.private[field] = this.pots.private[field].plus(new Money(split.privatePart).times(sign));
    for (const part of split.publicFunderParts) {
      const funder = this.funder(part.funderId);
      funder[field] = funder[field].plus(new Money(part.amount).times(sign));
    }
  }

  private grant(grantId: string): GrantFigures {
    const grant = this.grants.get(grantId);
    if (grant === undefined) this.fail(`event for unknown grant ${grantId}`);
    return grant;
  }

  private book(event: FundEvent): void {
    switch (event.type) {
      case 'FundOpened':
      case 'FundSettingsChanged':
        this.settings = event.data.settings;
        return;
      case 'FiscalYearBudgetSet':
        this.budgets.set(event.data.fiscalYear, new Money(event.data.publicBudget));
        return;
      case 'FiscalYearClosed':
        return this.bookYearClosed(event);
      case 'FundClosed':
        return this.bookFundClosed();
      case 'PrivateContributionRecorded':
        if (this.settings?.matchingModel !== 'pooled')
          this.fail('private contribution in a per-project fund');
        this.pots.private.received = this.pots.private.received.plus(event.data.amount);
        return;
      case 'PublicContributionRecorded':
        return this.bookPublicReceipt(event.data.fiscalYear, event.data.amount);
      case 'PublicContributionSplit':
        this.checkFunderParts(event, event.data.parts, event.data.amount);
        for (const part of event.data.parts) {
          const funder = this.funder(part.funderId);
          funder.received = funder.received.plus(part.amount);
        }
        return;
      case 'ApplicationSubmitted':
      case 'ApplicationAmended':
        this.applicationMeasures.set(event.data.applicationId, {
          type: event.data.measure.type,
          eligibleCosts: event.data.eligibleCosts,
        });
        if (new Money(event.data.requestedGrant).gt(event.data.eligibleCosts))
          this.fail('request above costs');
        return;
      default:
        return this.bookJuryOrGrant(event);
    }
  }

  private bookPublicReceipt(fiscalYear: number, amount: string): void {
    this.pots.public.received = this.pots.public.received.plus(amount);
    const received = (this.publicReceivedByYear.get(fiscalYear) ?? new Money(0)).plus(amount);
    this.publicReceivedByYear.set(fiscalYear, received);
    const budget = this.budgets.get(fiscalYear);
    if (budget === undefined || received.gt(budget))
      this.fail(`public money for ${fiscalYear} above its budget`);
  }

  private bookYearClosed(event: Extract<FundEvent, { type: 'FiscalYearClosed' }>): void {
    this.closedYears.add(event.data.fiscalYear);
    this.checkFunderParts(event, event.data.publicLapsedFunderParts, event.data.publicLapsed);
    if (event.data.yearEndPolicy === 'carry-over' && !new Money(event.data.publicLapsed).isZero()) {
      this.fail('money lapsed under the carry-over policy');
    }
    this.pots.public.lapsed = this.pots.public.lapsed.plus(event.data.publicLapsed);
    for (const part of event.data.publicLapsedFunderParts) {
      const funder = this.funder(part.funderId);
      funder.lapsed = funder.lapsed.plus(part.amount);
    }
  }

  private bookFundClosed(): void {
    const open = this.pots.public.committed.plus(this.pots.private.committed);
    if (!open.isZero()) this.fail('fund closed with open commitments');
    for (const grant of this.grants.values()) {
      if (grant.due.gt(grant.repaid)) this.fail('fund closed with outstanding repayments');
    }
    this.closed = true;
  }

  private bookJuryOrGrant(event: FundEvent): void {
    switch (event.type) {
      case 'JuryMemberAppointed':
        this.members.add(event.data.memberId);
        return;
      case 'JuryMemberLeft':
        this.members.delete(event.data.memberId);
        return;
      case 'ApplicationPutOnAgenda':
        this.decisions.set(event.data.decisionId, { present: new Set(), votes: new Map() });
        return;
      case 'JuryAttendanceRecorded':
        this.decision(event.data.decisionId).present = new Set(event.data.presentMemberIds);
        return;
      case 'ConflictOfInterestDeclared': {
        const recused = this.recused.get(event.data.applicationId) ?? new Set<string>();
        recused.add(event.data.memberId);
        this.recused.set(event.data.applicationId, recused);
        if (
          event.data.decisionId !== null &&
          this.decision(event.data.decisionId).votes.has(event.data.memberId)
        ) {
          this.fail('conflict of interest declared after voting');
        }
        return;
      }
      case 'VoteCast':
        return this.bookVote(
          event.data.applicationId,
          event.data.decisionId,
          event.data.memberId,
          event.data.vote,
          false,
        );
      case 'VoteCorrected':
        return this.bookVote(
          event.data.applicationId,
          event.data.decisionId,
          event.data.memberId,
          event.data.vote,
          true,
        );
      case 'JuryVoteClosed':
        return this.checkVoteClosed(event);
      case 'ApplicationApproved':
        this.approvedAmounts.set(event.data.applicationId, new Money(event.data.approvedAmount));
        return;
      default:
        return this.bookGrant(event);
    }
  }

  private decision(decisionId: string): DecisionFigures {
    const decision = this.decisions.get(decisionId);
    if (decision === undefined) this.fail(`event for unknown decision ${decisionId}`);
    return decision;
  }

  private bookVote(
    applicationId: string,
    decisionId: string,
    memberId: string,
    vote: string,
    correction: boolean,
  ): void {
    const decision = this.decision(decisionId);
    if (!this.members.has(memberId)) this.fail(`vote by non-member ${memberId}`);
    if (this.recused.get(applicationId)?.has(memberId)) this.fail(`vote by recused member ${memberId}`);
    if (!decision.present.has(memberId)) this.fail(`vote by absent member ${memberId}`);
    if (decision.votes.has(memberId) !== correction) this.fail(`second vote by ${memberId} in ${decisionId}`);
    decision.votes.set(memberId, vote);
  }

  private checkVoteClosed(event: Extract<FundEvent, { type: 'JuryVoteClosed' }>): void {
    const { data } = event;
    const decision = this.decision(data.decisionId);
    const count = (choice: string) => [...decision.votes.values()].filter((vote) => vote === choice).length;
    if (
      data.tally.yes !== count('yes') ||
      data.tally.no !== count('no') ||
      data.tally.abstain !== count('abstain')
    ) {
      this.fail('vote tally differs from the votes cast');
    }
    const recused = this.recused.get(data.applicationId) ?? new Set<string>();
    const quorumPresent = [...decision.present].filter(
      (memberId) => this.members.has(memberId) && !recused.has(memberId),
    );
    const rule = this.settings?.jury.quorum;
    const required = rule?.kind === 'minimum-present' ? rule.count : Math.floor(this.members.size / 2) + 1;
    if (quorumPresent.length < required) this.fail('vote closed without quorum');
    const carried =
      data.majorityRule === 'simple'
        ? data.tally.yes > data.tally.no
        : data.tally.yes > 0 && data.tally.yes * 3 >= (data.tally.yes + data.tally.no) * 2;
    if ((data.outcome === 'approved') !== carried) this.fail('vote outcome does not follow from the tally');
  }

  private bookGrant(event: FundEvent): void {
    switch (event.type) {
      case 'GrantNoticeIssued':
        return this.bookGrantNotice(event);
      case 'AdvancePaid':
      case 'PayoutMade':
        return this.bookPayment(event);
      case 'ProofOfUseAccepted':
        return this.checkRecalculation(event);
      case 'GrantCommitmentReleased': {
        this.checkSplit(event, event.data);
        this.bookSplit('committed', event.data, -1);
        const grant = this.grant(event.data.grantId);
        grant.granted = grant.granted.minus(event.data.amount);
        grant.grantedPublic = grant.grantedPublic.minus(event.data.publicPart);
        grant.grantedPrivate = grant.grantedPrivate.minus(event.data.privatePart);
        for (const part of event.data.publicFunderParts) {
          grant.grantedByFunder.set(
            part.funderId,
            (grant.grantedByFunder.get(part.funderId) ?? new Money(0)).minus(part.amount),
          );
        }
        return;
      }
      case 'GrantClosed':
      case 'GrantExpired':
      case 'GrantRevoked':
        this.grant(event.data.grantId).ended = true;
        return;
      case 'RepaymentDemanded': {
        this.checkSplit(event, event.data);
        const grant = this.grant(event.data.grantId);
        grant.due = grant.due.plus(event.data.amount);
        return;
      }
      case 'RepaymentReceived': {
        this.checkSplit(event, event.data);
        this.bookSplit('refunded', event.data, 1);
        const grant = this.grant(event.data.grantId);
        grant.repaid = grant.repaid.plus(event.data.amount);
        if (grant.repaid.gt(grant.due)) this.fail('more repaid than was due');
        return;
      }
      default:
        return;
    }
  }

  private bookGrantNotice(event: Extract<FundEvent, { type: 'GrantNoticeIssued' }>): void {
    const { data } = event;
    this.checkSplit(event, data);
    const approved = this.approvedAmounts.get(data.applicationId);
    if (approved === undefined || new Money(data.amount).gt(approved))
      this.fail('grant above the approved amount');
    const settings = this.settings as FundSettings;
    const publicPart = new Money(data.publicPart);
    if (settings.perProjectPublicCap !== null && publicPart.gt(settings.perProjectPublicCap)) {
      this.fail('public money above the per-project cap');
    }
    if (settings.publicMoneyInvestiveOnly && data.measure.type !== 'investive' && !publicPart.isZero()) {
      this.fail('public money for a non-investive measure');
    }
    const shareBase = data.matchingModel === 'pooled' ? data.amount : data.eligibleCosts;
    if (publicPart.gt(new Money(shareBase).times(data.publicShareMax)))
      this.fail('public share of the grant above the cap');
    if (data.matchingModel === 'per-project' && !new Money(data.privatePart).isZero()) {
      this.fail('per-project grant paid from private money');
    }
    this.bookSplit('committed', data, 1);
    this.grants.set(data.grantId, {
      granted: new Money(data.amount),
      grantedPublic: publicPart,
      grantedPrivate: new Money(data.privatePart),
      grantedByFunder: new Map(data.publicFunderParts.map((part) => [part.funderId, new Money(part.amount)])),
      paid: new Money(0),
      paidPublic: new Money(0),
      paidByFunder: new Map(),
      proofAccepted: false,
      ended: false,
      due: new Money(0),
      repaid: new Money(0),
      publicShareMax: data.publicShareMax,
      pooled: data.matchingModel === 'pooled',
    });
    this.checkMatching();
  }

  /** Pooled: public money in use never exceeds what private money received matches. */
  private checkMatching(): void {
    const settings = this.settings as FundSettings;
    if (settings.matchingModel !== 'pooled') return;
    const share = new Money(settings.publicShareMax);
    const publicNet = this.pots.public.received.minus(this.pots.public.lapsed);
    const matchable = share.equals(1)
      ? publicNet
      : this.pots.private.received.times(share).dividedBy(new Money(1).minus(share));
    const inUse = this.pots.public.committed.plus(this.pots.public.paid).minus(this.pots.public.refunded);
    if (inUse.gt(Money.min(publicNet, matchable)))
      this.fail('public money in use beyond what private money matches');
  }

  private bookPayment(event: Extract<FundEvent, { type: 'AdvancePaid' | 'PayoutMade' }>): void {
    const { data } = event;
    this.checkSplit(event, data);
    if (this.payoutIds.has(data.payoutId)) this.fail(`payout ${data.payoutId} made twice`);
    this.payoutIds.add(data.payoutId);
    const grant = this.grant(data.grantId);
    if (grant.ended) this.fail('payment on an ended grant');
    if (event.type === 'PayoutMade' && !grant.proofAccepted)
      this.fail('payout before proof of use was accepted');
    if (event.type === 'AdvancePaid' && grant.proofAccepted) this.fail('advance after proof of use');
    this.bookSplit('committed', data, -1);
    this.bookSplit('paid', data, 1);
    grant.paid = grant.paid.plus(data.amount);
    grant.paidPublic = grant.paidPublic.plus(data.publicPart);
    for (const part of data.publicFunderParts) {
      grant.paidByFunder.set(
        part.funderId,
        (grant.paidByFunder.get(part.funderId) ?? new Money(0)).plus(part.amount),
      );
    }
    if (grant.pooled && grant.paidPublic.gt(grant.paid.times(grant.publicShareMax))) {
      this.fail('public share of the money paid on a pooled grant above the cap');
    }
  }

  private checkRecalculation(event: Extract<FundEvent, { type: 'ProofOfUseAccepted' }>): void {
    const { data } = event;
    this.checkSplit(event, data.recalculated);
    const grant = this.grant(data.grantId);
    grant.proofAccepted = true;
    const publicPart = new Money(data.recalculated.publicPart);
    if (publicPart.gt(grant.grantedPublic) || new Money(data.recalculated.amount).gt(grant.granted)) {
      this.fail('recalculation raised the grant');
    }
    const base = grant.pooled ? data.recalculated.amount : data.provenEligibleCosts;
    if (publicPart.gt(new Money(base).times(grant.publicShareMax)))
      this.fail('recalculated public share above the cap');
  }

  private checkPots(event: FundEvent): void {
    const figures: [string, Figures][] = [
      ['public pot', this.pots.public],
      ['private pot', this.pots.private],
      ...[...this.funders.entries()].map(([funderId, funder]): [string, Figures] => [
        `funder ${funderId}`,
        funder,
      ]),
    ];
    for (const [name, pot] of figures) {
      if (availableOf(pot).isNegative()) this.fail(`${name} below zero after ${event.type}`);
      if (pot.committed.isNegative()) this.fail(`${name} commitments below zero after ${event.type}`);
    }
    for (const [grantId, grant] of this.grants) {
      if (grant.paid.gt(grant.granted) || grant.paidPublic.gt(grant.grantedPublic)) {
        this.fail(`grant ${grantId} paid beyond what is granted after ${event.type}`);
      }
      for (const [funderId, paid] of grant.paidByFunder) {
        if (paid.gt(grant.grantedByFunder.get(funderId) ?? new Money(0))) {
          this.fail(`grant ${grantId} paid funder ${funderId} beyond its commitment`);
        }
      }
    }
  }
}
