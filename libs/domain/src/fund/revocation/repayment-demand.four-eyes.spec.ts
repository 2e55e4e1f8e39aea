/**
 * Goal: where the fund keeps four eyes, a repayment demand is certified by the person who revokes the
 * grant (or accepts a proof of use that shows an advance overpaid) and ordered by another person; only
 * the order makes the money owed, and the demand records both people and both dates. A fund without
 * four eyes demands at once, as before.
 */
import {
  appointJury,
  approvedApplication,
  command,
  DORTMUND_SETTINGS,
  eventsOf,
  EVENT_BASE as base,
  FUND_OFFICE,
  issueGrant,
  openFund,
  publicContribution,
  recordedOn,
  setBudget,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { FundCommand, PersonIdentity } from '../fund.commands';
import type { FundEvent, FundEventData } from '../fund.events';
import type { FundSettingsInput } from '../fund.settings';

const TREASURER: PersonIdentity = { subject: 'person-treasury' };
const FOUR_EYES: FundSettingsInput = { ...DORTMUND_SETTINGS, fourEyesPayments: true };

/** A grant paid directly, then the fund switches four eyes on: the demand its revocation makes needs them. */
const paidThenFourEyes = (...more: FundCommand[]) =>
  eventsOf([
    openFund(),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    ...approvedApplication('a-1', '1000.00'),
    issueGrant('g-1', 'a-1', '1000.00'),
    command('PayAdvance', { grantId: 'g-1', payoutId: 'adv-1', amount: '1000.00', valueDate: '2024-03-01' }),
    command('ChangeFundSettings', { settings: FOUR_EYES }),
    ...more,
  ]);
const revoke = (certifier: PersonIdentity = FUND_OFFICE) =>
  command('RevokeGrant', {
    certifier,
    grantId: 'g-1',
    reason: 'Funds used for another purpose',
    repaymentPrincipal: '1000.00',
  });
const orderDemand = (orderer: PersonIdentity = TREASURER, orderedOn = '2024-03-04') =>
  command('OrderRepaymentDemand', { grantId: 'g-1', orderer, orderedOn, issuedAt: '2024-03-04T09:00:00Z' });
const repay = (amount: string) =>
  recordedOn(
    '2024-03-04',
    command('RecordRepayment', { grantId: 'g-1', repaymentId: 'r-1', amount, valueDate: '2024-03-01' }),
  );

/** What the demand claims: the repayment of the advance, on the revocation notice's date. */
const CLAIM = {
  grantId: 'g-1',
  applicationId: 'a-1',
  reason: 'revoked',
  principal: '1000.00',
  noticeDate: '2024-03-01',
  amount: '1000.00',
  publicPart: '1000.00',
  privatePart: '0.00',
} as const;

/** The demand's terms as the certification recorded them, without the certification itself. */
function termsOf(
  certified: FundEvent,
): Omit<FundEventData<'RepaymentDemandCertified'>, 'certifiedBy' | 'certifiedOn' | 'fundId' | 'occurredAt'> {
  const {
    certifiedBy: _by,
    certifiedOn: _on,
    fundId: _fund,
    occurredAt: _at,
    ...terms
  } = certified.data as FundEventData<'RepaymentDemandCertified'>;
  return terms;
}

describe('a repayment demand under four eyes', () => {
  it('is only certified by the person revoking the grant: nothing is owed yet', () => {
    const events = given(paidThenFourEyes()).when(revoke()).events();

    expect(events.map((event) => event.type)).toEqual(['GrantRevoked', 'RepaymentDemandCertified']);
    expect(events[1]).toMatchObject({
      type: 'RepaymentDemandCertified',
      data: { ...base, ...CLAIM, certifiedBy: FUND_OFFICE, certifiedOn: '2024-03-01' },
    });
    given(paidThenFourEyes(revoke()))
      .when(repay('1000.00'))
      .thenThrows('REPAYMENT.DEMAND_AWAITS_ORDER', 'grantId');
  });

  it('is owed once another person orders it, with both people and both dates on the demand', () => {
    const [, certified] = given(paidThenFourEyes()).when(revoke()).events();
    given(paidThenFourEyes(revoke()))
      .when(orderDemand())
      .then([
        {
          type: 'RepaymentDemanded',
          data: {
            ...termsOf(certified!),
            fundId: base.fundId,
            occurredAt: '2024-03-04T09:00:00Z',
            demandOrder: {
              certifiedBy: FUND_OFFICE,
              certifiedOn: '2024-03-01',
              orderedBy: TREASURER,
              orderedOn: '2024-03-04',
            },
          },
        },
      ]);
    const settled = given(paidThenFourEyes(revoke(), orderDemand())).when(repay('1000.00')).events();
    expect(settled.map((event) => event.type)).toEqual(['RepaymentReceived', 'RepaymentSettled']);
  });

  it('keeps the fund open while it waits for its order', () => {
    given(paidThenFourEyes(revoke()))
      .when(command('CloseFund', { reason: 'Programme ended' }))
      .thenThrows('FUND.OPEN_COMMITMENTS');
  });

  it('is never ordered by the person who certified it, whatever roles they hold', () => {
    given(paidThenFourEyes(revoke()))
      .when(orderDemand({ subject: FUND_OFFICE.subject }))
      .thenThrows('REPAYMENT.SAME_PERSON', 'grantId');
  });

  it('counts the same subject from another issuer as another person', () => {
    const events = given(paidThenFourEyes(revoke()))
      .when(orderDemand({ subject: FUND_OFFICE.subject, issuer: 'https://idp.example.org' }))
      .events();
    expect(events.map((event) => event.type)).toEqual(['RepaymentDemanded']);
  });

  it('refuses an order dated before the certification, or when no demand waits for one', () => {
    given(paidThenFourEyes(revoke()))
      .when(orderDemand(TREASURER, '2024-02-29'))
      .thenThrows('REPAYMENT.ORDER_BEFORE_CERTIFICATION', 'orderedOn');
    given(paidThenFourEyes(revoke()))
      .when(orderDemand(TREASURER, '2024-02-30'))
      .thenThrows('COMMAND.INVALID_INPUT', 'orderedOn');
    given(paidThenFourEyes()).when(orderDemand()).thenThrows('REPAYMENT.NO_DEMAND_CERTIFIED', 'grantId');
    given(paidThenFourEyes(revoke(), orderDemand()))
      .when(orderDemand())
      .thenThrows('REPAYMENT.NO_DEMAND_CERTIFIED', 'grantId');
  });

  it('certifies the repayment of an overpaid advance when the proof of use is accepted', () => {
    const accepted = given(
      paidThenFourEyes(
        command('SubmitProofOfUse', { grantId: 'g-1', reportedCosts: '1500.00', reference: 'VN-1' }),
      ),
    )
      .when(
        command('AcceptProofOfUse', {
          certifier: FUND_OFFICE,
          grantId: 'g-1',
          provenEligibleCosts: '1500.00',
        }),
      )
      .events();
    const certified = accepted.find((event) => event.type === 'RepaymentDemandCertified');

    expect(certified).toMatchObject({
      data: { reason: 'overpaid-advance', amount: '250.00', certifiedBy: FUND_OFFICE },
    });
    expect(accepted.some((event) => event.type === 'RepaymentDemanded')).toBe(false);
  });

  it('lets the same person order the demand once the fund has switched four eyes off', () => {
    const events = given(
      paidThenFourEyes(
        revoke(),
        command('ChangeFundSettings', { settings: { ...FOUR_EYES, fourEyesPayments: false } }),
      ),
    )
      .when(orderDemand(FUND_OFFICE))
      .events();
    expect(events).toMatchObject([
      { type: 'RepaymentDemanded', data: { demandOrder: { orderedBy: FUND_OFFICE } } },
    ]);
  });
});

describe('a repayment demand without four eyes', () => {
  it('is owed at once, with no order recorded', () => {
    const direct = eventsOf([
      openFund(),
      setBudget(2024),
      publicContribution('c-1', '90000.00'),
      ...appointJury(),
      ...approvedApplication('a-1', '1000.00'),
      issueGrant('g-1', 'a-1', '1000.00'),
      command('PayAdvance', {
        grantId: 'g-1',
        payoutId: 'adv-1',
        amount: '1000.00',
        valueDate: '2024-03-01',
      }),
    ]);
    const events = given(direct).when(revoke()).events();
    expect(events.map((event) => event.type)).toEqual(['GrantRevoked', 'RepaymentDemanded']);
    expect(events[1]).toMatchObject({ data: { ...base, ...CLAIM } });
    expect(events[1]!.data).not.toHaveProperty('demandOrder');
  });
});
