/**
 * Goal: the accountability report states what the events say. Its figures are recomputed here directly
 * from the domain events of the period (not through the report's own code paths), its three
 * reconciliations hold for every pot and funder on hand-written and generated histories, each section's
 * totals are the line of the reconciliation they name, its closing balances equal a fold of the log up
 * to the period's end, and the same history always gives the same report.
 */
import {
  effectiveDatesOf,
  Money,
  type FundCommand,
  type FundEvent,
  type FundEventData,
} from '@fund-ledger/domain';
import { command, eventsOf } from '@fund-ledger/domain/testing';
import type { RecordedEvent } from '@fund-ledger/event-store';
import { fundBalancesReport, type FundSummary } from '@fund-ledger/projections';
import { seededChoices } from '@fund-ledger/projections/testing/choices';
import { foldProjection, requireSummary } from '@fund-ledger/projections/testing/fold';
import { generateFundEvents } from '@fund-ledger/projections/testing/fund-history.generator';
import {
  councilYearCommands,
  councilYearEvents,
  digestOf,
  recordFundEvents,
  REPORT_FUND_ID,
} from '../testing/report-histories';
import type { AccountabilityReport, PotReconciliation } from './accountability-report.model';
import { buildAccountabilityReport, FundNotReportableError } from './build-accountability-report';
import { reportPeriod } from './report-period';

function reportOf(events: readonly RecordedEvent[], from: string, to: string, fundId = REPORT_FUND_ID) {
  const digest = digestOf(events);
  return buildAccountabilityReport({
    fundId,
    period: reportPeriod(from, to),
    events: events.filter((event) => event.streamId === `fund-${fundId}`),
    position: digest.position,
    ledgerDigest: digest,
  });
}

/** The events that count on a day from `from` to `to` (their business dates), in stream order. */
function inPeriod(events: readonly RecordedEvent[], from: string, to: string): FundEvent[] {
  const dates = daysCountedOn(events);
  return events
    .filter((_, index) => dates[index] >= from && dates[index] <= to)
    .map((event) => ({ type: event.type, data: event.data }) as unknown as FundEvent);
}

function daysCountedOn(events: readonly RecordedEvent[]): string[] {
  return effectiveDatesOf(
    events.map((event) => ({
      event: { type: event.type, data: event.data } as unknown as FundEvent,
      commandId: event.metadata.commandId,
    })),
  );
}

function total(amounts: readonly string[]): string {
  return amounts.reduce((sum, amount) => sum.plus(amount), new Money(0)).toFixed(2);
}

function amountsOf<Type extends FundEvent['type']>(
  events: readonly FundEvent[],
  type: Type,
  pick: (data: FundEventData<Type>) => string,
): string[] {
  return events
    .filter((event) => event.type === type)
    .map((event) => pick(event.data as FundEventData<Type>));
}

function expectReconciled(row: PotReconciliation): void {
  const available = new Money(row.availableAtStart)
    .plus(row.received)
    .plus(row.refunded)
    .minus(row.lapsed)
    .minus(row.granted)
    .plus(row.released);
  expect(available.toFixed(2)).toBe(row.availableAtEnd);
  const committed = new Money(row.openCommitmentsAtStart)
    .plus(row.granted)
    .minus(row.paid)
    .minus(row.released);
  expect(committed.toFixed(2)).toBe(row.openCommitmentsAtEnd);
  const owed = new Money(row.repaymentOutstandingAtStart).plus(row.repaymentDemanded).minus(row.refunded);
  expect(owed.toFixed(2)).toBe(row.repaymentOutstandingAtEnd);
}

/** Public and private together: what a list of money totals to. */
function bothPots(report: AccountabilityReport, line: keyof PotReconciliation): string {
  return total([report.balances.public[line], report.balances.private[line]]);
}

/**
 * Each list's total is the reconciliation's line it names; the funders add up to the public pot; the
 * applications' totals follow from what arrived, what was dealt with from earlier and what was amended.
 */
function expectSectionsToAgree(report: AccountabilityReport): void {
  const { balances, grants, payouts, openCommitments, clawbacks, moneyIn, applications } = report;
  expect(grants.totals.amount).toBe(bothPots(report, 'granted'));
  expect(grants.totals.publicPart).toBe(balances.public.granted);
  expect(payouts.totals.amount).toBe(bothPots(report, 'paid'));
  expect(openCommitments.totals.amount).toBe(bothPots(report, 'openCommitmentsAtEnd'));
  expect(clawbacks.totals.receivedInPeriod).toBe(bothPots(report, 'refunded'));
  expect(clawbacks.totals.outstandingAtEnd).toBe(bothPots(report, 'repaymentOutstandingAtEnd'));
  expect(clawbacks.totals.demandedInPeriod).toBe(bothPots(report, 'repaymentDemanded'));
  expect(moneyIn.total).toBe(bothPots(report, 'received'));
  for (const grant of grants.issued) {
    expect(total([grant.paidAtEnd, grant.releasedAtEnd, grant.openCommitmentAtEnd])).toBe(grant.amount);
  }
  for (const repayment of clawbacks.repayments) {
    expect(total([repayment.principal, repayment.interest])).toBe(repayment.due);
    expect(
      total([repayment.receivedBeforePeriod, repayment.receivedInPeriod, repayment.outstandingAtEnd]),
    ).toBe(repayment.due);
  }
  if (balances.funders.length > 0) {
    for (const line of Object.keys(balances.public) as (keyof PotReconciliation)[]) {
      expect(total(balances.funders.map((funder) => funder[line]))).toBe(balances.public[line]);
    }
  }
  expect(applications.totals.count).toBe(applications.submittedCount + applications.submittedEarlier.count);
  expect(applications.totals.requestedGrant).toBe(
    new Money(applications.submittedRequestedGrant)
      .plus(applications.submittedEarlier.requestedGrant)
      .minus(applications.amended.requestedGrantBefore)
      .plus(applications.amended.requestedGrantAfter)
      .toFixed(2),
  );
}

/** The matching figures at the end of the period are the cap's last point, broken down. */
function expectMatchingToBeTheLastCapPoint(report: AccountabilityReport): void {
  const last = report.capOverTime.at(-1);
  const { matching } = report;
  if (report.fund.settings.matchingModel === 'pooled') {
    expect(matching.projects).toEqual([]);
    expect(matching.pooled?.headroom).toBe(last?.headroom);
    expect(matching.pooled?.publicSpent).toBe(last?.publicSpent);
    expect(matching.pooled?.publicAvailable).toBe(report.balances.public.availableAtEnd);
    return;
  }
  expect(matching.pooled).toBeNull();
  expect(matching.projectTotals).toMatchObject({
    publicSpent: last?.publicSpent,
    eligibleCosts: total([last?.publicSpent ?? '0', last?.privateSpent ?? '0']),
    headroom: last?.headroom,
    publicShare: last?.publicShare,
  });
}

/** The fund folded in stream order from exactly the events that count on or before `to`. */
function closingSummary(events: readonly RecordedEvent[], to: string): FundSummary {
  const dates = daysCountedOn(events);
  return requireSummary(foldProjection(events.filter((_, index) => dates[index] <= to)));
}

describe('accountability report of the sample year', () => {
  const events = recordFundEvents(councilYearEvents());
  const report = reportOf(events, '2024-01-01', '2024-12-31');
  const period = inPeriod(events, '2024-01-01', '2024-12-31');

  it('names the fund, the period and the history it was computed from', () => {
    expect(report.fund).toMatchObject({
      fundId: REPORT_FUND_ID,
      name: 'Verfügungsfonds Dortmund-City',
      status: 'open',
    });
    expect(report.period).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
      startsAt: '2024-01-01T00:00:00.000Z',
      endsBefore: '2025-01-01T00:00:00.000Z',
    });
    const last = events.at(-1) as RecordedEvent;
    expect(report.source).toEqual({
      position: last.position,
      ledgerDigest: digestOf(events),
      fundStream: {
        streamId: `fund-${REPORT_FUND_ID}`,
        revision: last.revision,
        hash: last.hash,
        eventCount: events.length,
        recordedAt: last.metadata.recordedAt,
      },
      eventsInPeriod: period.length,
    });
    expect(report.generatedAt).toBeNull();
  });

  it('sums money in by source and by funder from the contributions recorded in the period', () => {
    const privateAmounts = amountsOf(period, 'PrivateContributionRecorded', (data) => data.amount);
    const publicAmounts = amountsOf(period, 'PublicContributionRecorded', (data) => data.amount);
    expect(report.moneyIn.private).toMatchObject({
      total: total(privateAmounts),
      count: privateAmounts.length,
    });
    expect(report.moneyIn.public).toMatchObject({
      total: total(publicAmounts),
      count: publicAmounts.length,
      notSplit: '0.00',
    });
    expect(report.moneyIn.total).toBe(total([...privateAmounts, ...publicAmounts]));
    expect(report.moneyIn.private.byKind).toEqual([
      { kind: 'business-improvement-district', count: 1, amount: '7500.50' },
      { kind: 'association', count: 1, amount: '15000.00' },
    ]);
    expect(report.moneyIn.private.total).toBe('22500.50');
    for (const funder of report.moneyIn.public.byFunder) {
      const parts = period.flatMap((event) =>
        event.type === 'PublicContributionSplit' ? event.data.parts : [],
      );
      expect(funder.amount).toBe(
        total(parts.filter((part) => part.funderId === funder.funderId).map((part) => part.amount)),
      );
    }
    expect(report.moneyIn.byMonth.map((month) => month.month)).toHaveLength(12);
    expect(report.moneyIn.byMonth[1]).toEqual({ month: '2024-02', public: '0.00', private: '15000.00' });
  });

  it('leaves out what happened after the period: the 2025 sponsorship and repayment', () => {
    expect(report.moneyIn.private.byContributor.map((contributor) => contributor.name)).not.toContain(
      'Stadtwerke Sponsoring',
    );
    expect(report.clawbacks.totals).toEqual({
      principal: '500.00',
      // 5.00 EUR to the notice, and 1.99 EUR more for the 29 days until the first repayment arrived.
      interest: '6.99',
      due: '506.99',
      receivedBeforePeriod: '0.00',
      demandedInPeriod: '506.99',
      receivedInPeriod: '300.00',
      outstandingAtEnd: '206.99',
    });
  });

  it('reconciles available money for both pots and every funder, ending where a fold of the log ends', () => {
    const closing = fundBalancesReport(closingSummary(events, '2024-12-31'));
    for (const row of [report.balances.public, report.balances.private, ...report.balances.funders])
      expectReconciled(row);
    expect(report.balances.public.availableAtEnd).toBe(closing.public.available);
    expect(report.balances.private.availableAtEnd).toBe(closing.private.available);
    expect(report.balances.public.openCommitmentsAtEnd).toBe(closing.public.committed);
    expect(report.balances.funders.map((funder) => funder.availableAtEnd)).toEqual(
      closing.funders.map((funder) => funder.available),
    );
    expect(report.balances.public.granted).toBe(
      total(amountsOf(period, 'GrantNoticeIssued', (data) => data.publicPart)),
    );
  });

  it('lists every jury decision of the period with tally, quorum, members present and recusals', () => {
    const closed = period.filter((event) => event.type === 'JuryVoteClosed');
    const deferred = period.filter((event) => event.type === 'ApplicationDeferred');
    expect(report.decisions).toHaveLength(closed.length + deferred.length);
    const pianos = report.decisions.find((decision) => decision.applicationId === 'pianos');
    expect(pianos).toMatchObject({
      outcome: 'approved',
      tally: { yes: 4, no: 1, abstain: 0 },
      memberCount: 7,
      quorumRequired: 4,
      quorumPresentCount: 5,
      approvedAmount: '1000.00',
      recused: [
        {
          memberId: 'm7',
          name: 'Marta Kowalski',
          group: 'private-actor',
          reason: 'Vorstand des antragstellenden Vereins',
        },
      ],
    });
    expect(pianos?.present.map((member) => member.name)).toContain('Aylin Yılmaz');
    expect(report.decisions.map((decision) => decision.outcome)).toEqual([
      'approved',
      'approved',
      'rejected',
      'deferred',
      'approved',
    ]);
    expect(report.decisionTotals).toEqual({
      count: 5,
      approvedAmount: total(amountsOf(period, 'ApplicationApproved', (data) => data.approvedAmount)),
    });
  });

  it('counts applications by their outcome at the end of the period, along the lifecycle to its end', () => {
    expect(report.applications.submittedCount).toBe(4);
    expect(report.applications.submittedRequestedGrant).toBe('16200.00');
    expect(report.applications.byOutcome).toEqual([
      { status: 'rejected', count: 1, requestedGrant: '8400.00', approvedAmount: '0.00' },
      { status: 'paid-in-part', count: 1, requestedGrant: '5500.00', approvedAmount: '5500.00' },
      { status: 'closed', count: 1, requestedGrant: '1000.00', approvedAmount: '1000.00' },
      { status: 'repayment-due', count: 1, requestedGrant: '1300.00', approvedAmount: '1300.00' },
    ]);
    expect(report.applications.totals).toEqual({
      count: 4,
      requestedGrant: '16200.00',
      approvedAmount: '7800.00',
    });
  });

  it('agrees with itself: every list totals to the line of the reconciliation it names', () => {
    expectSectionsToAgree(report);
    expect(report.grants.totals).toMatchObject({
      amount: '7800.00',
      paidAtEnd: '3500.00',
      releasedAtEnd: '800.00',
      openCommitmentAtEnd: '3500.00',
    });
    expect(report.balances.public).toMatchObject({
      repaymentDemanded: '253.50',
      repaymentOutstandingAtEnd: '103.50',
    });
  });

  it('shows how the headroom of the pooled fund follows from the money received and spent', () => {
    expect(report.matching).toEqual({
      pooled: {
        privateReceived: '22500.50',
        publicReceived: '30000.00',
        matched: '22500.50',
        unmatched: '7499.50',
        publicSpent: '3350.00',
        matchedNotSpent: '19150.50',
        publicAvailable: '26650.00',
        headroom: '19150.50',
      },
      projects: [],
      projectTotals: null,
    });
    expectMatchingToBeTheLastCapPoint(report);
  });

  it('lists grants, payouts and open commitments with totals that match the events', () => {
    expect(report.grants.totals).toMatchObject({
      count: 3,
      amount: total(amountsOf(period, 'GrantNoticeIssued', (data) => data.amount)),
    });
    const paid = [
      ...amountsOf(period, 'AdvancePaid', (data) => data.amount),
      ...amountsOf(period, 'PayoutMade', (data) => data.amount),
    ];
    expect(report.payouts.totals).toMatchObject({ count: paid.length, amount: total(paid) });
    expect(report.payouts.entries.map((payout) => payout.kind)).toEqual(['advance', 'payout', 'advance']);
    expect(report.openCommitments.entries).toEqual([
      expect.objectContaining({ grantId: 'grant-winter-lighting', amount: '3500.00', status: 'committed' }),
    ]);
    expect(report.openCommitments.totals.amount).toBe(
      new Money(report.balances.public.openCommitmentsAtEnd)
        .plus(report.balances.private.openCommitmentsAtEnd)
        .toFixed(2),
    );
    expect(report.clawbacks.revocations).toEqual([
      expect.objectContaining({ grantId: 'grant-light-banner', reason: 'Banner nicht aufgehängt' }),
    ]);
  });

  it('samples the public share against the cap at every month end', () => {
    expect(report.capOverTime.map((point) => point.date)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
    ]);
    expect(report.capOverTime[0]).toMatchObject({
      publicShare: null,
      publicShareMax: '0.50',
      withinCap: true,
    });
    expect(report.capOverTime.at(-1)).toMatchObject({ publicShare: '0.5000', withinCap: true });
    for (const point of report.capOverTime) {
      if (point.publicShare !== null)
        expect(new Money(point.publicShare).lte(point.publicShareMax ?? '1')).toBe(true);
    }
  });

  it('says which date each table goes by', () => {
    expect(report.dates).toEqual({
      period: 'business-date',
      moneyInByMonth: 'value-date',
      capOverTime: 'business-date',
      decisions: 'meeting-date',
      grants: 'notice-date',
      payouts: 'value-date',
      openCommitments: 'notice-date',
      revocations: 'notice-date',
    });
  });

  it('starts a later period from the balances it ended the earlier one with', () => {
    const firstHalf = reportOf(events, '2024-01-01', '2024-06-30');
    const secondHalf = reportOf(events, '2024-07-01', '2024-12-31');
    expect(secondHalf.balances.public.availableAtStart).toBe(firstHalf.balances.public.availableAtEnd);
    expect(secondHalf.balances.private.openCommitmentsAtStart).toBe(
      firstHalf.balances.private.openCommitmentsAtEnd,
    );
    expect(secondHalf.balances.public.repaymentOutstandingAtStart).toBe(
      firstHalf.balances.public.repaymentOutstandingAtEnd,
    );
    expect(total([firstHalf.moneyIn.total, secondHalf.moneyIn.total])).toBe(report.moneyIn.total);
    expect(firstHalf.decisions.length + secondHalf.decisions.length).toBe(report.decisions.length);
  });

  it('is the same report, key for key, when built twice from the same events', () => {
    const again: AccountabilityReport = reportOf(
      recordFundEvents(councilYearEvents()),
      '2024-01-01',
      '2024-12-31',
    );
    expect(again).toEqual(report);
  });

  it('refuses a fund that is not in the log, or not yet opened in the period', () => {
    expect(() => reportOf(events, '2024-01-01', '2024-12-31', 'elsewhere')).toThrow(FundNotReportableError);
    expect(() => reportOf(events, '2023-01-01', '2023-12-31')).toThrow(/opened after the period/);
  });
});

describe('accountability reports of generated histories', () => {
  it.each([
    [11, 400],
    [12, 400],
    [23, 400],
    [37, 400],
    [41, 400],
    [23, 2500],
  ])('reconcile, agree and match the fold of the log (seed %i, %i steps)', (seed, steps) => {
    const events = recordFundEvents(generateFundEvents('generated', seededChoices(seed), steps));
    const first = Date.parse(events[0].metadata.recordedAt);
    const last = Date.parse((events.at(-1) as RecordedEvent).metadata.recordedAt);
    const middle = new Date((first + last) / 2).toISOString().slice(0, 10);
    const end = new Date(last).toISOString().slice(0, 10);
    const report = reportOf(events, middle, end, 'generated');

    for (const row of [report.balances.public, report.balances.private, ...report.balances.funders])
      expectReconciled(row);
    expectSectionsToAgree(report);
    expectMatchingToBeTheLastCapPoint(report);
    const closing = fundBalancesReport(closingSummary(events, end));
    expect(report.balances.public.availableAtEnd).toBe(closing.public.available);
    expect(report.balances.private.repaymentOutstandingAtEnd).toBe(closing.private.repaymentOutstanding);
    const period = inPeriod(events, middle, end);
    expect(report.source.eventsInPeriod).toBe(period.length);
    expect(report.decisions).toHaveLength(
      period.filter((event) => event.type === 'JuryVoteClosed' || event.type === 'ApplicationDeferred')
        .length,
    );
    expect(report.payouts.totals.amount).toBe(
      total([
        ...amountsOf(period, 'AdvancePaid', (data) => data.amount),
        ...amountsOf(period, 'PayoutMade', (data) => data.amount),
      ]),
    );
    expect(report.decisionTotals.approvedAmount).toBe(
      total(amountsOf(period, 'ApplicationApproved', (data) => data.approvedAmount)),
    );
    expect(report.clawbacks.totals.receivedInPeriod).toBe(
      total(amountsOf(period, 'RepaymentReceived', (data) => data.amount)),
    );
    expect(report.balances.public.lapsed).toBe(
      total(amountsOf(period, 'FiscalYearClosed', (data) => data.publicLapsed)),
    );
  });

  it('shows public money that lapsed when a year was closed (seed 23 closes 2024 with a lapse)', () => {
    const events = recordFundEvents(generateFundEvents('generated', seededChoices(23), 2500));
    const report = reportOf(events, '2024-07-01', '2025-06-30', 'generated');
    expect(new Money(report.balances.public.lapsed).isPositive()).toBe(true);
    expect(total(report.balances.funders.map((funder) => funder.lapsed))).toBe(report.balances.public.lapsed);
    expectReconciled(report.balances.public);
  });
});

describe('applications amended in the period', () => {
  /** The sample year with the pianos application sent back as incomplete and amended to ask for more. */
  function amendedYear(): FundEvent[] {
    const commands = councilYearCommands();
    const eligible = commands.findIndex(
      (next) => next.type === 'DeclareApplicationEligible' && next.applicationId === 'pianos',
    );
    const submitted = commands[eligible - 1] as Extract<FundCommand, { type: 'SubmitApplication' }>;
    const { type: _type, commandId: _commandId, ...details } = submitted;
    const issuedAt = '2024-02-20T12:00:00.000Z';
    return eventsOf([
      ...commands.slice(0, eligible),
      command('MarkApplicationIncomplete', {
        applicationId: 'pianos',
        reason: 'Cost plan missing',
        issuedAt,
      }),
      command('AmendApplication', {
        ...details,
        requestedGrant: '1200.00',
        issuedAt: '2024-02-20T13:00:00.000Z',
      }),
      ...commands.slice(eligible),
    ]);
  }

  it('shows what they asked for before and after, so the totals reconcile with what arrived', () => {
    const events = recordFundEvents(amendedYear());
    const report = reportOf(events, '2024-01-01', '2024-12-31');
    expect(report.applications).toMatchObject({
      submittedCount: 4,
      submittedRequestedGrant: '16200.00',
      submittedEarlier: { count: 0, requestedGrant: '0.00' },
      amended: { count: 1, requestedGrantBefore: '1000.00', requestedGrantAfter: '1200.00' },
      totals: { count: 4, requestedGrant: '16400.00', approvedAmount: '7800.00' },
    });
    expectSectionsToAgree(report);
  });

  it('counts an application of an earlier period as dealt with, at what it asked for when the period began', () => {
    const events = recordFundEvents(amendedYear());
    const report = reportOf(events, '2024-03-06', '2024-12-31');
    expect(report.applications).toMatchObject({
      submittedCount: 0,
      submittedEarlier: { count: 4, requestedGrant: '16400.00' },
      amended: { count: 0 },
      totals: { count: 4, requestedGrant: '16400.00' },
    });
  });
});
