/**
 * Goal: an application moves submitted → (incomplete ⇄ submitted) → eligible | ineligible, and may
 * be withdrawn until money is paid; a withdrawn grant releases its commitment.
 */
import {
  applicationDetails,
  approvedApplication,
  appointJury,
  command,
  eventsOf,
  issueGrant,
  openFund,
  publicContribution,
  setBudget,
  submitApplication,
  EVENT_BASE as base,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { FundCommand } from '../fund.commands';

const fundWith = (...more: FundCommand[]) =>
  eventsOf([openFund(), setBudget(2024), publicContribution('c-1', '90000.00'), ...appointJury(), ...more]);
const submitted = () => fundWith(submitApplication('a-1'));
const incomplete = () =>
  fundWith(
    submitApplication('a-1'),
    command('MarkApplicationIncomplete', { applicationId: 'a-1', reason: 'Cost plan missing' }),
  );
const eligible = () =>
  fundWith(submitApplication('a-1'), command('DeclareApplicationEligible', { applicationId: 'a-1' }));
const granted = () => fundWith(...approvedApplication('a-1', '1000.00'), issueGrant('g-1', 'a-1', '1000.00'));

describe('SubmitApplication', () => {
  it('records the application with its cost and financing plan', () => {
    given(fundWith())
      .when(
        submitApplication('a-1', { eligibleCosts: '4200', ownContribution: '3200', requestedGrant: '1000' }),
      )
      .then([
        { type: 'ApplicationSubmitted', data: { ...base, applicationId: 'a-1', ...applicationDetails() } },
      ]);
  });

  it('refuses an application id already used', () => {
    given(submitted()).when(submitApplication('a-1')).thenThrows('APPLICATION.DUPLICATE_ID', 'applicationId');
  });

  it('refuses a request above the eligible costs', () => {
    given(fundWith())
      .when(submitApplication('a-1', { eligibleCosts: '1000.00', requestedGrant: '1000.01' }))
      .thenThrows('APPLICATION.REQUEST_EXCEEDS_COSTS', 'requestedGrant');
  });

  it.each([
    ['no title', { title: '' }, 'COMMAND.INVALID_INPUT', 'title'],
    [
      'an unknown measure type',
      { measure: { type: 'consumptive', kind: 'event' } },
      'COMMAND.INVALID_INPUT',
      'measure.type',
    ],
    [
      'an unknown applicant kind',
      { applicant: { name: 'X', kind: 'company' } },
      'COMMAND.INVALID_INPUT',
      'applicant.kind',
    ],
    ['costs of zero', { eligibleCosts: '0.00' }, 'MONEY.INVALID_AMOUNT', 'eligibleCosts'],
    ['a negative own contribution', { ownContribution: '-1.00' }, 'MONEY.INVALID_AMOUNT', 'ownContribution'],
    [
      'a description above 10,000 characters',
      { description: 'x'.repeat(10001) },
      'COMMAND.INVALID_INPUT',
      'description',
    ],
  ])('refuses %s', (_label, change, code, field) => {
    given(fundWith())
      .when(submitApplication('a-1', change as never))
      .thenThrows(code, field);
  });

  it('refuses a malformed application id', () => {
    given(fundWith()).when(submitApplication('a 1')).thenThrows('COMMAND.INVALID_INPUT', 'applicationId');
  });
});

describe('MarkApplicationIncomplete', () => {
  it('asks the applicant for what is missing', () => {
    given(submitted())
      .when(command('MarkApplicationIncomplete', { applicationId: 'a-1', reason: 'Cost plan missing' }))
      .then([
        {
          type: 'ApplicationMarkedIncomplete',
          data: { ...base, applicationId: 'a-1', reason: 'Cost plan missing' },
        },
      ]);
  });

  it('refuses an unknown application and one that is not freshly submitted', () => {
    given(fundWith())
      .when(command('MarkApplicationIncomplete', { applicationId: 'nope', reason: 'x' }))
      .thenThrows('APPLICATION.NOT_FOUND', 'applicationId');
    given(eligible())
      .when(command('MarkApplicationIncomplete', { applicationId: 'a-1', reason: 'x' }))
      .thenThrows('APPLICATION.INVALID_STATE', 'applicationId');
  });
});

describe('AmendApplication', () => {
  it('replaces the plan of an incomplete application and submits it again', () => {
    const details = applicationDetails({ eligibleCosts: '5000.00', ownContribution: '4000.00' });
    given(incomplete())
      .when(command('AmendApplication', { applicationId: 'a-1', ...details }))
      .then([{ type: 'ApplicationAmended', data: { ...base, applicationId: 'a-1', ...details } }]);
  });

  it('refuses to amend an application already declared eligible', () => {
    given(eligible())
      .when(command('AmendApplication', { applicationId: 'a-1', ...applicationDetails() }))
      .thenThrows('APPLICATION.INVALID_STATE');
  });

  it('checks the amended plan like a submission', () => {
    given(incomplete())
      .when(
        command('AmendApplication', {
          applicationId: 'a-1',
          ...applicationDetails({ requestedGrant: '5000.00' }),
        }),
      )
      .thenThrows('APPLICATION.REQUEST_EXCEEDS_COSTS', 'requestedGrant');
  });
});

describe('DeclareApplicationEligible', () => {
  it('declares a submitted application eligible', () => {
    given(submitted())
      .when(command('DeclareApplicationEligible', { applicationId: 'a-1' }))
      .then([{ type: 'ApplicationDeclaredEligible', data: { ...base, applicationId: 'a-1' } }]);
  });

  it('refuses an incomplete application', () => {
    given(incomplete())
      .when(command('DeclareApplicationEligible', { applicationId: 'a-1' }))
      .thenThrows('APPLICATION.INVALID_STATE');
  });
});

describe('DeclareApplicationIneligible', () => {
  it('declares an application ineligible with the reason', () => {
    given(incomplete())
      .when(
        command('DeclareApplicationIneligible', {
          applicationId: 'a-1',
          reason: 'Raises a single company’s profits',
        }),
      )
      .then([
        {
          type: 'ApplicationDeclaredIneligible',
          data: { ...base, applicationId: 'a-1', reason: 'Raises a single company’s profits' },
        },
      ]);
  });

  it('refuses once the application is eligible', () => {
    given(eligible())
      .when(command('DeclareApplicationIneligible', { applicationId: 'a-1', reason: 'x' }))
      .thenThrows('APPLICATION.INVALID_STATE');
  });
});

describe('WithdrawApplication', () => {
  it('withdraws an application before any decision', () => {
    given(submitted())
      .when(command('WithdrawApplication', { applicationId: 'a-1', reason: 'Project cancelled' }))
      .then([
        {
          type: 'ApplicationWithdrawn',
          data: { ...base, applicationId: 'a-1', reason: 'Project cancelled' },
        },
      ]);
  });

  it('releases the commitment of a granted application that has received nothing', () => {
    given(granted())
      .when(command('WithdrawApplication', { applicationId: 'a-1', reason: 'Project cancelled' }))
      .then([
        {
          type: 'ApplicationWithdrawn',
          data: { ...base, applicationId: 'a-1', reason: 'Project cancelled' },
        },
        {
          type: 'GrantCommitmentReleased',
          data: {
            ...base,
            grantId: 'g-1',
            applicationId: 'a-1',
            reason: 'withdrawn',
            fiscalYear: 2024,
            amount: '1000.00',
            publicPart: '1000.00',
            privatePart: '0.00',
            publicFunderParts: [{ funderId: 'city', amount: '1000.00' }],
          },
        },
      ]);
  });

  it('refuses once money has been paid: the grant must be revoked instead', () => {
    given(
      fundWith(
        ...approvedApplication('a-1', '1000.00'),
        issueGrant('g-1', 'a-1', '1000.00'),
        command('PayAdvance', {
          grantId: 'g-1',
          payoutId: 'adv-1',
          amount: '200.00',
          valueDate: '2024-03-01',
        }),
      ),
    )
      .when(command('WithdrawApplication', { applicationId: 'a-1', reason: 'x' }))
      .thenThrows('APPLICATION.ALREADY_PAID', 'applicationId');
  });

  it('refuses a rejected or already withdrawn application', () => {
    given(
      fundWith(
        submitApplication('a-1'),
        command('WithdrawApplication', { applicationId: 'a-1', reason: 'x' }),
      ),
    )
      .when(command('WithdrawApplication', { applicationId: 'a-1', reason: 'again' }))
      .thenThrows('APPLICATION.INVALID_STATE');
  });
});
