/**
 * Goal: over random histories made by the domain's decider, every application's status agrees with
 * its money as summed directly from the events in this test: `paid` exactly when what was paid is the
 * grant as it stands, `paid-in-part` when less (but something) was paid, `settled` exactly when a
 * revoked grant's repayment has nothing outstanding, `repayment-due` while something is; and the
 * board's counts use the one list of statuses and add up to the applications.
 */
import fc from 'fast-check';
import { APPLICATION_STATUSES, Money, type FundEvent } from '@fund-ledger/domain';
import { fundHistoryArbitrary } from '@fund-ledger/domain/testing/fund.arbitraries';
import { applicationBoardReport } from '../queries/board.query';
import { seededChoices } from '../testing/choices';
import { foldProjection, requireSummary } from '../testing/fold';
import { generateFundEvents } from '../testing/fund-history.generator';
import { recordEvents } from '../testing/recorded-events';

/** One application's grant money and fate, summed from the events alone. */
interface GrantMoney {
  issued: Money;
  released: Money;
  paid: Money;
  due: Money | null;
  received: Money;
  ended: 'closed' | 'expired' | 'revoked' | 'withdrawn' | null;
}

function grantMoneyOf(events: readonly FundEvent[]): Map<string, GrantMoney> {
  const grants = new Map<string, GrantMoney>();
  const at = (applicationId: string): GrantMoney => {
    const grant = grants.get(applicationId);
    if (grant === undefined) throw new Error(`no grant for ${applicationId}`);
    return grant;
  };
  for (const event of events) {
    const data = event.data as { applicationId?: string; amount?: string };
    if (event.type === 'GrantNoticeIssued') {
      grants.set(event.data.applicationId, {
        issued: new Money(event.data.amount),
        released: new Money(0),
        paid: new Money(0),
        due: null,
        received: new Money(0),
        ended: null,
      });
      continue;
    }
    if (data.applicationId === undefined || !grants.has(data.applicationId)) continue;
    const grant = at(data.applicationId);
    if (event.type === 'AdvancePaid' || event.type === 'PayoutMade')
      grant.paid = grant.paid.plus(event.data.amount);
    if (event.type === 'GrantCommitmentReleased') grant.released = grant.released.plus(event.data.amount);
    if (event.type === 'RepaymentDemanded') grant.due = (grant.due ?? new Money(0)).plus(event.data.amount);
    if (event.type === 'RepaymentReceived') grant.received = grant.received.plus(event.data.amount);
    if (event.type === 'GrantClosed') grant.ended = 'closed';
    if (event.type === 'GrantExpired') grant.ended = 'expired';
    if (event.type === 'GrantRevoked') grant.ended = 'revoked';
    if (event.type === 'ApplicationWithdrawn') grant.ended = 'withdrawn';
  }
  return grants;
}

function checkStatuses(events: readonly FundEvent[]): void {
  const projection = foldProjection(recordEvents(events));
  const views = [...projection.applications.values()];
  const money = grantMoneyOf(events);
  for (const view of views) {
    expect(APPLICATION_STATUSES).toContain(view.status);
    const grant = money.get(view.applicationId);
    if (grant === undefined) continue;
    const standing = grant.issued.minus(grant.released);
    const outstanding = grant.due === null ? null : grant.due.minus(grant.received);
    const active = grant.ended === null && grant.due === null;
    if (active) {
      expect(view.status === 'paid').toBe(grant.paid.gt(0) && grant.paid.equals(standing));
      expect(view.status === 'paid-in-part').toBe(grant.paid.gt(0) && grant.paid.lt(standing));
      expect(view.status === 'granted').toBe(grant.paid.isZero());
    }
    if (grant.ended === 'revoked') {
      expect(view.status === 'settled').toBe(outstanding !== null && outstanding.isZero());
      expect(view.status === 'repayment-due').toBe(outstanding !== null && outstanding.gt(0));
      expect(view.status === 'revoked').toBe(outstanding === null);
    }
    if (view.status === 'settled') expect(grant.ended).toBe('revoked');
    if (view.status === 'paid') expect(grant.paid.gte(standing)).toBe(true);
  }
  const board = applicationBoardReport(requireSummary(projection), views, { page: 1, pageSize: 1 });
  const counted = Object.entries(board.statusCounts);
  expect(counted.every(([status]) => (APPLICATION_STATUSES as readonly string[]).includes(status))).toBe(
    true,
  );
  expect(counted.reduce((sum, [, count]) => sum + (count ?? 0), 0)).toBe(views.length);
}

describe('application statuses over random histories', () => {
  test("the domain's random histories: statuses agree with the money of each grant", () => {
    fc.assert(
      fc.property(fundHistoryArbitrary({ mayCloseFund: true }), (history) => {
        checkStatuses(history.envelopes.map((envelope) => envelope.event));
      }),
      { numRuns: 60 },
    );
  });

  test('long seeded histories: statuses agree with the money of each grant, and every later status occurs', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 50, max: 400 }), (seed, steps) => {
        const events = generateFundEvents('status-fund', seededChoices(seed), steps);
        checkStatuses(events);
        for (const view of foldProjection(recordEvents(events)).applications.values()) seen.add(view.status);
      }),
      { numRuns: 40, seed: 18 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['paid-in-part', 'paid', 'closed', 'revoked']));
  });
});
