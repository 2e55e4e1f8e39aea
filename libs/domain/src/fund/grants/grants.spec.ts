/**
 * Goal: grant notices commit money under each matching model within every money rule; advances,
 * proof of use with recalculation, payouts and the end of a grant move the commitment exactly,
 * never paying beyond the grant.
 */
import {
  FUND_OFFICE,
  approvedApplication,
  appointJury,
  command,
  DORTMUND_SETTINGS,
  eventsOf,
  issueGrant,
  openFund,
  POOLED_SETTINGS,
  privateContribution,
  publicContribution,
  setBudget,
  EVENT_BASE as base,
  cityPart as city,
  eventBaseOn,
  recordedOn,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { ApplicationDetails, FundCommand } from '../fund.commands';
import type { FundSettingsInput } from '../fund.settings';

/** Dortmund: 90,000 EUR public; the pianos (4,200 EUR eligible costs) approved for 1,000 EUR. */
const dortmund = (...more: FundCommand[]) =>
  eventsOf([
    openFund(),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    ...approvedApplication('a-1', '1000.00'),
    ...more,
  ]);
const granted = (...more: FundCommand[]) => dortmund(issueGrant('g-1', 'a-1', '1000.00'), ...more);
// The grant's way, each step recorded on the day it happened: notice on 1 March (the fixtures'
// default instant), an advance on 10 March, the proof received on 15 May and accepted on 20 May,
// the payout on 1 June.
const advance = (amount: string, payoutId = 'adv-1') =>
  recordedOn(
    '2024-03-10',
    command('PayAdvance', { grantId: 'g-1', payoutId, amount, valueDate: '2024-03-10' }),
  );
const submitProof = () =>
  recordedOn(
    '2024-05-15',
    command('SubmitProofOfUse', { grantId: 'g-1', reportedCosts: '4200.00', reference: 'VN-2024-1' }),
  );
const acceptProof = (provenEligibleCosts = '4200.00') =>
  recordedOn(
    '2024-05-20',
    command('AcceptProofOfUse', { certifier: FUND_OFFICE, grantId: 'g-1', provenEligibleCosts }),
  );
const payout = (amount: string, payoutId = 'pay-1') =>
  recordedOn(
    '2024-06-01',
    command('MakePayout', { grantId: 'g-1', payoutId, amount, valueDate: '2024-06-01' }),
  );
const proven = (...more: FundCommand[]) => granted(submitProof(), acceptProof(), ...more);

/** A pooled urban development fund with federal/state/city thirds: 3,000 EUR public and 3,000 EUR private. */
const pooled = (
  details: Partial<ApplicationDetails> = {},
  privateAmount = '3000.00',
  settings: FundSettingsInput = POOLED_SETTINGS,
  ...more: FundCommand[]
) =>
  eventsOf([
    openFund(settings),
    setBudget(2024, '100000.00'),
    publicContribution('c-1', '3000.00'),
    privateContribution('p-1', privateAmount),
    ...appointJury(),
    ...approvedApplication('a-1', '1000.00', details),
    ...more,
  ]);

describe('IssueGrantNotice', () => {
  it('commits public money only in the per-project model, recording the own contribution', () => {
    given(dortmund())
      .when(issueGrant('g-1', 'a-1', '1000.00'))
      .then([
        {
          type: 'GrantNoticeIssued',
          data: {
            ...base,
            grantId: 'g-1',
            applicationId: 'a-1',
            fiscalYear: 2024,
            amount: '1000.00',
            publicPart: '1000.00',
            privatePart: '0.00',
            publicFunderParts: city('1000.00'),
            applicant: { name: 'Klaviere in der City e.V.', kind: 'association' },
            measure: { type: 'investive', kind: 'street-furniture' },
            eligibleCosts: '4200.00',
            ownContribution: '3200.00',
            matchingModel: 'per-project',
            publicShareMax: '0.50',
            noticeDate: '2024-03-01',
          },
        },
      ]);
  });

  it('finances a pooled grant half from public money, split among funders, half from private money', () => {
    const [notice] = given(pooled())
      .when(issueGrant('g-1', 'a-1', '1000.00'))
      .events();
    expect(notice).toMatchObject({
      data: {
        amount: '1000.00',
        publicPart: '500.00',
        privatePart: '500.00',
        publicFunderParts: [
          { funderId: 'federal', amount: '166.65' },
          { funderId: 'state', amount: '166.65' },
          { funderId: 'city', amount: '166.70' },
        ],
        matchingModel: 'pooled',
      },
    });
  });

  it('finances a non-investive measure from private money only where public money is investive-only', () => {
    const [notice] = given(pooled({ measure: { type: 'non-investive', kind: 'event' } }))
      .when(issueGrant('g-1', 'a-1', '1000.00'))
      .events();
    expect(notice).toMatchObject({
      data: { publicPart: '0.00', privatePart: '1000.00', publicFunderParts: [] },
    });
  });

  it('refuses public money that private money received does not match (pooled)', () => {
    given(pooled({}, '200.00'))
      .when(issueGrant('g-1', 'a-1', '1000.00'))
      .thenThrows('FUND.PUBLIC_MONEY_UNMATCHED', 'amount');
  });

  it('refuses a grant beyond the money available', () => {
    given(
      eventsOf([
        openFund(),
        setBudget(2024),
        publicContribution('c-1', '500.00'),
        ...appointJury(),
        ...approvedApplication('a-1', '1000.00'),
      ]),
    )
      .when(issueGrant('g-1', 'a-1', '1000.00'))
      .thenThrows('FUND.INSUFFICIENT_FUNDS', 'amount');
  });

  it('refuses more than the jury approved, an unapproved application and a used grant id', () => {
    given(dortmund())
      .when(issueGrant('g-1', 'a-1', '1000.01'))
      .thenThrows('GRANT.EXCEEDS_APPROVAL', 'amount');
    given(
      eventsOf([openFund(), command('SubmitApplication', { applicationId: 'a-2', ...approvedDetails() })]),
    )
      .when(issueGrant('g-1', 'a-2', '10.00'))
      .thenThrows('GRANT.APPLICATION_NOT_APPROVED', 'applicationId');
    given(granted())
      .when(issueGrant('g-1', 'a-1', '10.00'))
      .thenThrows('GRANT.DUPLICATE_ID', 'grantId');
    given(granted())
      .when(issueGrant('g-2', 'a-1', '10.00'))
      .thenThrows('GRANT.APPLICATION_NOT_APPROVED', 'applicationId');
    given(dortmund())
      .when(issueGrant('g-1', 'nope', '10.00'))
      .thenThrows('APPLICATION.NOT_FOUND', 'applicationId');
  });

  it('applies the settings in force when the notice is issued', () => {
    const change = (settings: Partial<FundSettingsInput>) =>
      command('ChangeFundSettings', { settings: { ...DORTMUND_SETTINGS, ...settings } });
    given(dortmund(change({ perProjectPublicCap: '999.99' })))
      .when(issueGrant('g-1', 'a-1', '1000.00'))
      .thenThrows('GRANT.EXCEEDS_PROJECT_CAP', 'amount');
    given(dortmund(change({ publicShareMax: '0.2' })))
      .when(issueGrant('g-1', 'a-1', '1000.00'))
      .thenThrows('FUND.PUBLIC_SHARE_EXCEEDED', 'amount');
    given(dortmund(change({ publicMoneyInvestiveOnly: true })))
      .when(issueGrant('g-1', 'a-1', '1000.00'))
      .events();
  });

  it('refuses a non-investive project in a per-project fund whose public money is investive-only', () => {
    const investiveOnly = { ...DORTMUND_SETTINGS, publicMoneyInvestiveOnly: true };
    const approve = approvedApplication('a-1', '1000.00', {
      measure: { type: 'non-investive', kind: 'event' },
    });
    given(
      eventsOf([
        openFund(investiveOnly),
        setBudget(2024),
        publicContribution('c-1', '90000.00'),
        ...appointJury(),
        ...approve.slice(0, -1),
      ]),
    )
      .when(approve[approve.length - 1])
      .thenThrows('FUND.PUBLIC_MONEY_INVESTIVE_ONLY', 'approvedAmount');
  });

  it('refuses a grant notice dated in a closed fiscal year', () => {
    given(dortmund(command('CloseFiscalYear', { fiscalYear: 2024, issuedAt: '2025-01-05T09:00:00Z' })))
      .when({
        ...issueGrant('g-1', 'a-1', '1000.00'),
        issuedAt: '2025-01-06T09:00:00Z',
        noticeDate: '2024-12-20',
      })
      .thenThrows('FISCAL_YEAR.CLOSED', 'noticeDate');
  });

  it('dates the notice, and its commitment’s fiscal year, by the notice’s date', () => {
    const [notice] = given(dortmund())
      .when({
        ...issueGrant('g-1', 'a-1', '1000.00'),
        issuedAt: '2025-01-06T09:00:00Z',
        noticeDate: '2024-12-20',
      })
      .events();
    expect(notice.data).toMatchObject({ noticeDate: '2024-12-20', fiscalYear: 2024 });
  });

  it('refuses a notice dated before the jury’s decision', () => {
    given(dortmund())
      .when({ ...issueGrant('g-1', 'a-1', '1000.00'), noticeDate: '2024-02-29' })
      .thenThrows('BUSINESS_DATE.BEFORE_PREVIOUS', 'noticeDate');
  });
});

function approvedDetails() {
  return {
    applicant: { name: 'X', kind: 'club' as const },
    title: 'T',
    description: '',
    measure: { type: 'investive' as const, kind: 'planting' as const },
    eligibleCosts: '100.00',
    ownContribution: '50.00',
    requestedGrant: '50.00',
    area: 'A',
  };
}

describe('PayAdvance', () => {
  it('pays part of the grant before proof of use', () => {
    given(granted())
      .when(advance('400.00'))
      .then([
        {
          type: 'AdvancePaid',
          data: {
            ...eventBaseOn('2024-03-10'),
            grantId: 'g-1',
            applicationId: 'a-1',
            payoutId: 'adv-1',
            valueDate: '2024-03-10',
            fiscalYear: 2024,
            amount: '400.00',
            publicPart: '400.00',
            privatePart: '0.00',
            publicFunderParts: city('400.00'),
          },
        },
      ]);
  });

  it('refuses an advance beyond the grant, a used payment id, an unknown grant and one after proof of use', () => {
    given(granted(advance('600.00')))
      .when(advance('400.01', 'adv-2'))
      .thenThrows('PAYOUT.EXCEEDS_GRANT', 'amount');
    given(granted(advance('100.00')))
      .when(advance('100.00'))
      .thenThrows('PAYOUT.DUPLICATE_ID', 'payoutId');
    given(granted())
      .when({ ...advance('1.00'), grantId: 'nope' })
      .thenThrows('GRANT.NOT_FOUND', 'grantId');
    given(proven()).when(advance('1.00')).thenThrows('GRANT.INVALID_STATE', 'grantId');
  });
});

describe('SubmitProofOfUse and RejectProofOfUse', () => {
  it('records the proof of use', () => {
    given(granted())
      .when(submitProof())
      .then([
        {
          type: 'ProofOfUseSubmitted',
          data: {
            ...eventBaseOn('2024-05-15'),
            grantId: 'g-1',
            applicationId: 'a-1',
            reportedCosts: '4200.00',
            reference: 'VN-2024-1',
            receivedDate: '2024-05-15',
          },
        },
      ]);
  });

  it('rejects a proof, after which a new one can be submitted', () => {
    const reject = command('RejectProofOfUse', { grantId: 'g-1', reason: 'Invoices missing' });
    given(granted(submitProof()))
      .when(reject)
      .then([
        {
          type: 'ProofOfUseRejected',
          data: { ...base, grantId: 'g-1', applicationId: 'a-1', reason: 'Invoices missing' },
        },
      ]);
    given(granted(submitProof(), reject)).when(submitProof()).events();
  });

  it('refuses a second proof while one is being checked, and a rejection without a proof', () => {
    given(granted(submitProof())).when(submitProof()).thenThrows('GRANT.INVALID_STATE');
    given(granted())
      .when(command('RejectProofOfUse', { grantId: 'g-1', reason: 'x' }))
      .thenThrows('GRANT.INVALID_STATE');
  });
});

describe('AcceptProofOfUse', () => {
  it('keeps the grant when the proven costs support it', () => {
    given(granted(submitProof()))
      .when(acceptProof('4200.00'))
      .then([
        {
          type: 'ProofOfUseAccepted',
          data: {
            ...eventBaseOn('2024-05-20'),
            grantId: 'g-1',
            applicationId: 'a-1',
            provenEligibleCosts: '4200.00',
            recalculated: {
              amount: '1000.00',
              publicPart: '1000.00',
              privatePart: '0.00',
              publicFunderParts: city('1000.00'),
            },
            paid: { amount: '0.00', publicPart: '0.00', privatePart: '0.00', publicFunderParts: [] },
          },
        },
      ]);
  });

  it('lowers the grant to half of lower proven costs and releases the rest (per project)', () => {
    const events = given(granted(submitProof())).when(acceptProof('1500.00')).events();
    expect(events).toMatchObject([
      { type: 'ProofOfUseAccepted', data: { recalculated: { amount: '750.00', publicPart: '750.00' } } },
      {
        type: 'GrantCommitmentReleased',
        data: {
          reason: 'recalculated',
          amount: '250.00',
          publicPart: '250.00',
          publicFunderParts: city('250.00'),
        },
      },
    ]);
  });

  it('lowers a pooled grant to the proven costs, keeping public money within its share', () => {
    const events = given(
      pooled({}, '3000.00', POOLED_SETTINGS, issueGrant('g-1', 'a-1', '1000.00'), submitProof()),
    )
      .when(acceptProof('800.00'))
      .events();
    expect(events).toMatchObject([
      {
        type: 'ProofOfUseAccepted',
        data: { recalculated: { amount: '800.00', publicPart: '400.00', privatePart: '400.00' } },
      },
      {
        type: 'GrantCommitmentReleased',
        data: { reason: 'recalculated', amount: '200.00', publicPart: '100.00', privatePart: '100.00' },
      },
    ]);
  });

  it('demands back an advance above the recalculated grant', () => {
    const events = given(granted(advance('900.00'), submitProof()))
      .when(acceptProof('1000.00'))
      .events();
    expect(events).toMatchObject([
      {
        type: 'ProofOfUseAccepted',
        data: { recalculated: { amount: '500.00' }, paid: { amount: '900.00' } },
      },
      { type: 'GrantCommitmentReleased', data: { reason: 'recalculated', amount: '100.00' } },
      {
        type: 'RepaymentDemanded',
        data: {
          reason: 'overpaid-advance',
          principal: '400.00',
          interest: '0.00',
          amount: '400.00',
          publicPart: '400.00',
          publicFunderParts: city('400.00'),
        },
      },
    ]);
  });

  it('refuses without a submitted proof and with malformed costs', () => {
    given(granted()).when(acceptProof()).thenThrows('GRANT.INVALID_STATE');
    given(granted(submitProof()))
      .when(acceptProof('-1'))
      .thenThrows('MONEY.INVALID_AMOUNT', 'provenEligibleCosts');
  });
});

describe('MakePayout', () => {
  it('reimburses after proof of use', () => {
    given(proven())
      .when(payout('1000.00'))
      .then([
        {
          type: 'PayoutMade',
          data: {
            ...eventBaseOn('2024-06-01'),
            grantId: 'g-1',
            applicationId: 'a-1',
            payoutId: 'pay-1',
            valueDate: '2024-06-01',
            fiscalYear: 2024,
            amount: '1000.00',
            publicPart: '1000.00',
            privatePart: '0.00',
            publicFunderParts: city('1000.00'),
          },
        },
      ]);
  });

  it('never gives public money the extra cent of a pooled payout', () => {
    const [paid] = given(
      pooled(
        {},
        '3000.00',
        POOLED_SETTINGS,
        issueGrant('g-1', 'a-1', '1000.00'),
        submitProof(),
        acceptProof('1000.00'),
      ),
    )
      .when(payout('0.01'))
      .events();
    expect(paid).toMatchObject({
      type: 'PayoutMade',
      data: { amount: '0.01', publicPart: '0.00', privatePart: '0.01' },
    });
  });

  it('pays only what the advance left open', () => {
    given(granted(advance('300.00'), submitProof(), acceptProof()))
      .when(payout('700.01'))
      .thenThrows('PAYOUT.EXCEEDS_GRANT', 'amount');
    given(granted(advance('300.00'), submitProof(), acceptProof()))
      .when(payout('700.00'))
      .events();
  });

  it('refuses a payout before proof of use, twice the same payment id, and on a closed grant', () => {
    given(granted()).when(payout('1.00')).thenThrows('PAYOUT.PROOF_REQUIRED', 'grantId');
    given(proven(payout('1.00')))
      .when(payout('1.00'))
      .thenThrows('PAYOUT.DUPLICATE_ID', 'payoutId');
    given(proven(payout('1.00'), command('CloseGrant', { grantId: 'g-1' })))
      .when(payout('1.00', 'pay-2'))
      .thenThrows('GRANT.INVALID_STATE');
  });
});

describe('CloseGrant', () => {
  it('closes the grant and releases what was not paid', () => {
    given(proven(payout('600.00')))
      .when(command('CloseGrant', { grantId: 'g-1' }))
      .then([
        {
          type: 'GrantClosed',
          data: {
            ...base,
            grantId: 'g-1',
            applicationId: 'a-1',
            paid: {
              amount: '600.00',
              publicPart: '600.00',
              privatePart: '0.00',
              publicFunderParts: city('600.00'),
            },
          },
        },
        {
          type: 'GrantCommitmentReleased',
          data: {
            ...base,
            grantId: 'g-1',
            applicationId: 'a-1',
            reason: 'closed',
            fiscalYear: 2024,
            amount: '400.00',
            publicPart: '400.00',
            privatePart: '0.00',
            publicFunderParts: city('400.00'),
          },
        },
      ]);
  });

  it('refuses to close a grant whose proof of use has not been accepted', () => {
    given(granted())
      .when(command('CloseGrant', { grantId: 'g-1' }))
      .thenThrows('GRANT.INVALID_STATE', 'grantId');
  });
});

describe('ExpireGrant', () => {
  it('lets an unpaid grant expire and releases its commitment', () => {
    const events = given(granted())
      .when(command('ExpireGrant', { grantId: 'g-1', reason: 'Not carried out by the deadline' }))
      .events();
    expect(events).toEqual([
      {
        type: 'GrantExpired',
        data: { ...base, grantId: 'g-1', applicationId: 'a-1', reason: 'Not carried out by the deadline' },
      },
      expect.objectContaining({
        type: 'GrantCommitmentReleased',
        data: expect.objectContaining({ reason: 'expired', amount: '1000.00' }),
      }),
    ]);
  });

  it('refuses when money was paid (revocation is the way) and after proof of use', () => {
    given(granted(advance('1.00')))
      .when(command('ExpireGrant', { grantId: 'g-1', reason: 'x' }))
      .thenThrows('GRANT.PAYMENTS_MADE', 'grantId');
    given(proven())
      .when(command('ExpireGrant', { grantId: 'g-1', reason: 'x' }))
      .thenThrows('GRANT.INVALID_STATE');
  });
});
