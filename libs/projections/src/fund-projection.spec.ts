/**
 * Goal: the fund projection folds a realistic pooled fund into the figures a treasurer expects
 * (checked by hand below), its double-entry ledger balances, a rebuild from the same events is
 * byte-identical, and an event it cannot fold stops it with a message naming the event.
 */
import {
  command,
  FUND_OFFICE,
  eventsOf,
  issueGrant,
  appointJury,
  approvedApplication,
  openFund,
  POOLED_SETTINGS,
  privateContribution,
  publicContribution,
  setBudget,
} from '@fund-ledger/domain/testing/fund.fixtures';
import type { FundCommand } from '@fund-ledger/domain';
import { evolveFundProjection, initialFundProjection } from './fund-projection';
import { fundBalancesReport } from './queries/balances.query';
import { matchingStatusReport } from './queries/matching.query';
import { trialBalanceReport, ledgerAccountsReport } from './queries/ledger.query';
import { applicationBoardReport } from './queries/board.query';
import { ProjectionError } from './shared/fund-event-record';
import { stateDigest } from './shared/state-digest';
import { foldProjection, requireSummary } from './testing/fold';
import { recordEvents } from './testing/recorded-events';

function pooledFundHistory(): FundCommand[] {
  return [
    openFund(POOLED_SETTINGS),
    setBudget(2024),
    publicContribution('public-1', '30000.00', '2024-01-15'),
    privateContribution('private-1', '20000.00', '2024-01-20'),
    ...appointJury(),
    ...approvedApplication('pianos', '1000.00'),
    issueGrant('grant-pianos', 'pianos', '1000.00'),
    command('SubmitProofOfUse', { grantId: 'grant-pianos', reportedCosts: '4200.00', reference: 'Invoices' }),
    command('AcceptProofOfUse', {
      certifier: FUND_OFFICE,
      grantId: 'grant-pianos',
      provenEligibleCosts: '4200.00',
    }),
    command('MakePayout', {
      grantId: 'grant-pianos',
      payoutId: 'payout-1',
      amount: '1000.00',
      valueDate: '2024-03-01',
    }),
  ];
}

const events = recordEvents(eventsOf(pooledFundHistory()));

describe('fund projection of a pooled fund', () => {
  const projection = foldProjection(events);
  const summary = requireSummary(projection);

  test('balances per pot follow the contributions, the grant and its payout', () => {
    const balances = fundBalancesReport(summary);
    expect(balances.public).toMatchObject({
      received: '30000.00',
      committed: '0.00',
      paid: '500.00',
      available: '29500.00',
    });
    expect(balances.private).toMatchObject({
      received: '20000.00',
      committed: '0.00',
      paid: '500.00',
      available: '19500.00',
    });
    expect(balances.public).toMatchObject({ matched: '20000.00', unmatched: '10000.00' });
  });

  test('each public funder received its configured share, to the cent', () => {
    const received = fundBalancesReport(summary).funders.map((funder) => [funder.funderId, funder.received]);
    expect(received).toEqual([
      ['federal', '9999.00'],
      ['state', '9999.00'],
      ['city', '10002.00'],
    ]);
  });

  test('the fiscal year shows money in and out by pot', () => {
    const [year] = fundBalancesReport(summary).fiscalYears;
    expect(year).toMatchObject({
      fiscalYear: 2024,
      publicBudget: '90000.00',
      publicReceived: '30000.00',
      privatePaid: '500.00',
    });
  });

  test('the matching status shows half of the money spent as public', () => {
    const matching = matchingStatusReport(summary, [...projection.applications.values()]);
    expect(matching).toMatchObject({
      publicShare: '0.5000',
      withinCap: true,
      spent: { public: '500.00', private: '500.00' },
    });
  });

  test('the trial balance sums to zero and the bank account holds what came in less what went out', () => {
    const trialBalance = trialBalanceReport(summary);
    expect(trialBalance).toMatchObject({ difference: '0.00', balanced: true });
    const bank = ledgerAccountsReport(summary).accounts.find((account) => account.accountId === '1000');
    expect(bank).toMatchObject({ balance: '49000.00', debitTurnover: '50000.00', creditTurnover: '1000.00' });
  });

  test('the board shows the application paid in full, with its decision and tally', () => {
    const board = applicationBoardReport(summary, [...projection.applications.values()], {
      page: 1,
      pageSize: 10,
    });
    const [pianos] = board.applications;
    expect(pianos).toMatchObject({ applicationId: 'pianos', status: 'paid', approvedAmount: '1000.00' });
    expect(pianos?.decisions[0]).toMatchObject({ outcome: 'approved', tally: { yes: 7, no: 0, abstain: 0 } });
    expect(pianos?.grant).toMatchObject({
      status: 'proof-accepted',
      paid: { amount: '1000.00' },
      committed: { amount: '0.00' },
    });
    expect(board.jury.activeMemberCount).toBe(7);
  });
});

describe('determinism', () => {
  test('rebuilding from the same events twice gives byte-identical state', () => {
    expect(stateDigest(foldProjection(events))).toBe(stateDigest(foldProjection(events)));
  });

  test('the state survives a JSON round trip unchanged, as the read-model store keeps its documents', () => {
    const projection = foldProjection(events);
    const roundTrip = <Document>(document: Document): Document =>
      JSON.parse(JSON.stringify(document)) as Document;
    const stored = {
      summary: roundTrip(projection.summary),
      applications: new Map([...projection.applications].map(([id, view]) => [id, roundTrip(view)])),
    };
    expect(projection.applications.size).toBeGreaterThan(0);
    expect(stateDigest(stored)).toBe(stateDigest(projection));
  });
});

describe('events the projection cannot fold', () => {
  test('an unknown event type on a fund stream stops the projection and names the event', () => {
    const [opened] = events;
    const unknown = { ...opened!, position: 99, revision: 1, type: 'FundRenamed' };
    const projection = evolveFundProjection(initialFundProjection(), opened!);
    expect(() => evolveFundProjection(projection, unknown)).toThrow(ProjectionError);
    expect(() => evolveFundProjection(projection, unknown)).toThrow(/position 99 .*FundRenamed/);
  });

  test('an event before the fund was opened is refused', () => {
    expect(() => evolveFundProjection(initialFundProjection(), events[1]!)).toThrow(/has not been opened/);
  });

  test('events of other streams are not fund events and leave the projection unchanged', () => {
    const projection = foldProjection(events.slice(0, 3));
    const other = { ...events[3]!, streamId: 'idempotency-keys' };
    expect(evolveFundProjection(projection, other)).toBe(projection);
  });
});

describe('the general ledger refuses an entry that does not balance', () => {
  test('a payout whose funder parts do not add up to its public part stops the projection', () => {
    const payout = events.find((event) => event.type === 'PayoutMade');
    if (payout === undefined) throw new Error('The history has no payout');
    const before = foldProjection(events.slice(0, events.indexOf(payout)));
    const data = payout.data as { publicFunderParts: { funderId: string; amount: string }[] };
    const skewed = {
      ...payout,
      data: {
        ...payout.data,
        publicFunderParts: data.publicFunderParts.map((part) => ({ ...part, amount: '0.01' })),
      },
    };
    expect(() => evolveFundProjection(before, skewed)).toThrow(/PayoutMade do not balance/);
  });
});
