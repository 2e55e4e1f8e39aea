/**
 * Goal: the fund's rules reproduce the Dortmund City-Fonds' first decisions (2024, public sources):
 * 90,000 EUR of city money a year, at most 50 % of a project's eligible costs and at most 10,000 EUR
 * per project, paid from the municipal budget so non-investive measures may be funded too.
 */
import {
  recordedOn,
  FUND_OFFICE,
  approvedApplication,
  appointJury,
  command,
  historyOf,
  issueGrant,
  openFund,
  publicContribution,
  setBudget,
  submitApplication,
} from '../testing/fund.fixtures';
import { given } from '../testing/given-when-then';
import type { FundCommand } from './fund.commands';
import type { FundEvent } from './fund.events';
import { replayFund } from './fund.decider';
import { availableOf } from './shared/pots';
import { Money } from '../money/money';

const setup: FundCommand[] = [
  openFund(),
  setBudget(2024),
  publicContribution('city-2024', '90000.00'),
  ...appointJury(),
];

const pianos = approvedApplication('pianos', '1000.00');
const lightBanner = approvedApplication('light-banner', '1300.00', {
  applicant: { name: 'Nachbarschaft Kreuzviertel', kind: 'association' },
  title: 'Neighbourhood light banner',
  measure: { type: 'investive', kind: 'lighting' },
  eligibleCosts: '2600.00',
  ownContribution: '1300.00',
  requestedGrant: '1300.00',
});
const winterLighting = approvedApplication('winter-lighting', '5500.00', {
  applicant: { name: 'Werbegemeinschaft Westenhellweg', kind: 'business' },
  title: 'Winter lighting',
  measure: { type: 'investive', kind: 'lighting' },
  eligibleCosts: '11000.00',
  ownContribution: '5500.00',
  requestedGrant: '5500.00',
});
/** "8,400 EUR from the fund against more than 12,000 EUR own contribution, because not everything is eligible." */
const streetCampaign = approvedApplication('street-campaign', '8400.00', {
  applicant: { name: 'City-Marketing Initiative', kind: 'association' },
  title: 'Street campaign',
  measure: { type: 'non-investive', kind: 'marketing' },
  eligibleCosts: '16800.00',
  ownContribution: '12000.00',
  requestedGrant: '8400.00',
});

const grants = [
  issueGrant('grant-pianos', 'pianos', '1000.00'),
  issueGrant('grant-light-banner', 'light-banner', '1300.00'),
  issueGrant('grant-winter-lighting', 'winter-lighting', '5500.00'),
  issueGrant('grant-street-campaign', 'street-campaign', '8400.00'),
];

function grantNotice(events: readonly FundEvent[], grantId: string) {
  const notice = events.find((event) => event.type === 'GrantNoticeIssued' && event.data.grantId === grantId);
  if (notice?.type !== 'GrantNoticeIssued') throw new Error(`No grant notice ${grantId}`);
  return notice.data;
}

describe('Dortmund City-Fonds, first decisions', () => {
  const history = historyOf([
    ...setup,
    ...pianos,
    ...lightBanner,
    ...winterLighting,
    ...streetCampaign,
    ...grants,
  ]);
  const events = history.map((envelope) => envelope.event);

  it('commits each project with public money only, the own contribution being the private half', () => {
    expect(grantNotice(events, 'grant-pianos')).toMatchObject({
      amount: '1000.00',
      publicPart: '1000.00',
      privatePart: '0.00',
      publicFunderParts: [{ funderId: 'city', amount: '1000.00' }],
      eligibleCosts: '4200.00',
      ownContribution: '3200.00',
    });
    expect(grantNotice(events, 'grant-street-campaign')).toMatchObject({
      publicPart: '8400.00',
      measure: { type: 'non-investive', kind: 'marketing' },
    });
  });

  it('leaves 90,000 less the 16,200 EUR committed available for the rest of the year', () => {
    const state = replayFund(history);
    expect(state.publicPot.committed).toBe('16200.00');
    expect(availableOf(state.publicPot).toFixed(2)).toBe('73800.00');
  });

  it('keeps each project within half of its eligible costs, the street campaign exactly at the limit', () => {
    for (const grantId of [
      'grant-pianos',
      'grant-light-banner',
      'grant-winter-lighting',
      'grant-street-campaign',
    ]) {
      const notice = grantNotice(events, grantId);
      expect(new Money(notice.publicPart).times(2).lte(notice.eligibleCosts)).toBe(true);
    }
    expect(grantNotice(events, 'grant-street-campaign')).toMatchObject({
      eligibleCosts: '16800.00',
      publicPart: '8400.00',
    });
  });

  it('refuses, at submission, a project asking for more than half of its eligible costs', () => {
    given(historyOf(setup))
      .when(
        submitApplication('x', {
          eligibleCosts: '16800.00',
          ownContribution: '8399.99',
          requestedGrant: '8400.01',
        }),
      )
      .thenThrows('FUND.PUBLIC_SHARE_EXCEEDED', 'requestedGrant');
  });

  it('refuses more than 10,000 EUR for one project at the decision, even when half the costs would allow it', () => {
    const approval = approvedApplication('big', '12000.00', {
      eligibleCosts: '30000.00',
      ownContribution: '18000.00',
      requestedGrant: '12000.00',
    });
    given(historyOf([...setup, ...approval.slice(0, -1)]))
      .when(approval[approval.length - 1])
      .thenThrows('GRANT.EXCEEDS_PROJECT_CAP', 'approvedAmount');
  });

  it('pays the pianos by reimbursement after proof of use and closes the grant', () => {
    const payout = historyOf(
      [
        command('SubmitProofOfUse', {
          grantId: 'grant-pianos',
          reportedCosts: '4200.00',
          reference: 'VN-1',
          receivedDate: '2024-05-20',
        }),
        command('AcceptProofOfUse', {
          certifier: FUND_OFFICE,
          grantId: 'grant-pianos',
          provenEligibleCosts: '4200.00',
        }),
        command('MakePayout', {
          grantId: 'grant-pianos',
          payoutId: 'p-1',
          amount: '1000.00',
          valueDate: '2024-06-01',
        }),
        command('CloseGrant', { grantId: 'grant-pianos' }),
      ].map((next) => recordedOn('2024-06-03', next)),
      replayFund(history),
    );
    const state = replayFund([...history, ...payout]);
    expect(state.grants.get('grant-pianos')?.status).toBe('closed');
    expect(state.publicPot.paid).toBe('1000.00');
    expect(state.publicPot.committed).toBe('15200.00');
  });
});
