/**
 * Goal: in the per-project model the own contribution is the private half. A financing plan whose
 * request exceeds the public share of the eligible costs, or whose own contribution does not cover the
 * costs less the request, is refused at submission, at amendment and (under the settings then in
 * force) at the jury's decision. The caps that depend on the decision (the cap per project, public money
 * for investive measures only) are still accepted at submission, found by the same rules that refuse
 * them at the decision, so the board can flag them early.
 */
import { Money } from '../../money/money';
import {
  approvedApplication,
  appointJury,
  command,
  DORTMUND_SETTINGS,
  eventsOf,
  openFund,
  POOLED_SETTINGS,
  publicContribution,
  setBudget,
  submitApplication,
  applicationDetails,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import { resolveFundSettings } from '../setup/fund-settings.rules';
import { perProjectRuleBreaches } from './financing.rules';

const perProjectSetup = () => [
  openFund(),
  setBudget(2024),
  publicContribution('c-1', '90000.00'),
  ...appointJury(),
];
const perProjectFund = () => eventsOf(perProjectSetup());

describe('the per-project financing plan at submission', () => {
  it('refuses 1,000.00 requested on 2,000.00 of eligible costs with no own contribution', () => {
    given(perProjectFund())
      .when(
        submitApplication('a-1', {
          eligibleCosts: '2000.00',
          ownContribution: '0.00',
          requestedGrant: '1000.00',
        }),
      )
      .thenThrows('APPLICATION.OWN_CONTRIBUTION_TOO_LOW', 'ownContribution');
  });

  it('refuses an own contribution one cent short of the costs less the request', () => {
    given(perProjectFund())
      .when(
        submitApplication('a-1', {
          eligibleCosts: '2000.00',
          ownContribution: '999.99',
          requestedGrant: '1000.00',
        }),
      )
      .thenThrows('APPLICATION.OWN_CONTRIBUTION_TOO_LOW', 'ownContribution');
  });

  it('refuses a request one cent above the public share of the eligible costs', () => {
    given(perProjectFund())
      .when(
        submitApplication('a-1', {
          eligibleCosts: '2000.00',
          ownContribution: '1000.00',
          requestedGrant: '1000.01',
        }),
      )
      .thenThrows('FUND.PUBLIC_SHARE_EXCEEDED', 'requestedGrant');
  });

  it('accepts exactly half from the fund with the other half as own contribution, and more own contribution', () => {
    for (const ownContribution of ['1000.00', '2500.00']) {
      const events = given(perProjectFund())
        .when(
          submitApplication('a-1', { eligibleCosts: '2000.00', ownContribution, requestedGrant: '1000.00' }),
        )
        .events();
      expect(events.map((event) => event.type)).toEqual(['ApplicationSubmitted']);
    }
  });

  it('refuses an amendment that breaks the plan, and changes nothing', () => {
    const history = eventsOf([
      openFund(),
      setBudget(2024),
      submitApplication('a-1'),
      command('MarkApplicationIncomplete', { applicationId: 'a-1', reason: 'Offer missing' }),
    ]);
    given(history)
      .when(
        command('AmendApplication', {
          applicationId: 'a-1',
          ...applicationDetails({
            eligibleCosts: '4200.00',
            ownContribution: '200.00',
            requestedGrant: '1000.00',
          }),
        }),
      )
      .thenThrows('APPLICATION.OWN_CONTRIBUTION_TOO_LOW', 'ownContribution');
  });

  it('lets a pooled fund take a request without own contribution: its private money is paid into the fund', () => {
    const events = given(eventsOf([openFund(POOLED_SETTINGS), setBudget(2024)]))
      .when(
        submitApplication('a-1', {
          measure: { type: 'investive', kind: 'lighting' },
          eligibleCosts: '2000.00',
          ownContribution: '0.00',
          requestedGrant: '2000.00',
        }),
      )
      .events();
    expect(events.map((event) => event.type)).toEqual(['ApplicationSubmitted']);
  });
});

describe('the per-project financing plan at the decision', () => {
  it('refuses the decision when the share cap was lowered after the submission', () => {
    const approval = approvedApplication('a-1', '1000.00', {
      eligibleCosts: '2000.00',
      ownContribution: '1000.00',
      requestedGrant: '1000.00',
    });
    const lowered = command('ChangeFundSettings', {
      settings: { ...DORTMUND_SETTINGS, publicShareMax: '0.40' },
    });
    given(eventsOf([...perProjectSetup(), ...approval.slice(0, -1), lowered]))
      .when(approval[approval.length - 1])
      .thenThrows('FUND.PUBLIC_SHARE_EXCEEDED', 'requestedGrant');
  });
});

describe('caps flagged at submission, refused at the decision', () => {
  const settings = resolveFundSettings(DORTMUND_SETTINGS);
  const aboveCap = applicationDetails({
    eligibleCosts: '30000.00',
    ownContribution: '18000.00',
    requestedGrant: '12000.00',
  });

  it('accepts a request above the cap per project at submission', () => {
    const events = given(perProjectFund()).when(submitApplication('a-1', aboveCap)).events();
    expect(events.map((event) => event.type)).toEqual(['ApplicationSubmitted']);
  });

  it('finds the cap per project in the request, naming the rule and the figures', () => {
    const breaches = perProjectRuleBreaches(settings, aboveCap, new Money('12000.00'), 'requestedGrant');
    expect(breaches.map((breach) => [breach.code, breach.field])).toEqual([
      ['GRANT.EXCEEDS_PROJECT_CAP', 'requestedGrant'],
    ]);
    expect(breaches[0]?.message).toContain('10000.00 EUR per project');
  });

  it('finds public money asked for a non-investive measure where public money pays only investive ones', () => {
    const investiveOnly = resolveFundSettings({ ...DORTMUND_SETTINGS, publicMoneyInvestiveOnly: true });
    const marketing = applicationDetails({ measure: { type: 'non-investive', kind: 'marketing' } });
    expect(
      perProjectRuleBreaches(investiveOnly, marketing, new Money('1000.00'), 'requestedGrant').map(
        (b) => b.code,
      ),
    ).toEqual(['FUND.PUBLIC_MONEY_INVESTIVE_ONLY']);
  });

  it('finds nothing in a request within every rule', () => {
    expect(
      perProjectRuleBreaches(settings, applicationDetails(), new Money('1000.00'), 'requestedGrant'),
    ).toEqual([]);
  });

  it('refuses the cap per project at the decision, with the same rule', () => {
    const approval = approvedApplication('a-1', '12000.00', aboveCap);
    given(eventsOf([...perProjectSetup(), ...approval.slice(0, -1)]))
      .when(approval[approval.length - 1])
      .thenThrows('GRANT.EXCEEDS_PROJECT_CAP', 'approvedAmount');
  });
});
