/**
 * Goal: private and public money enters the fund as documented; each public contribution is split
 * among the funders to the cent; budgets, the matching model and closed years are respected.
 */
import {
  command,
  DORTMUND_SETTINGS,
  eventsOf,
  FUND_ID,
  openFund,
  POOLED_SETTINGS,
  privateContribution,
  publicContribution,
  setBudget,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { FundCommand } from '../fund.commands';

const pooledFund = (...more: FundCommand[]) =>
  eventsOf([openFund(POOLED_SETTINGS), setBudget(2024, '100000.00'), ...more]);

describe('RecordPrivateContribution', () => {
  it('records private money paid into a pooled fund', () => {
    given(pooledFund())
      .when(privateContribution('p-1', '2500.5', '2024-02-01'))
      .then([
        {
          type: 'PrivateContributionRecorded',
          data: {
            fundId: FUND_ID,
            occurredAt: '2024-02-01T12:00:00Z',
            contributionId: 'p-1',
            contributor: { name: 'Cityring Dortmund e.V.', kind: 'association' },
            amount: '2500.50',
            valueDate: '2024-02-01',
            fiscalYear: 2024,
            reference: 'SP-p-1',
          },
        },
      ]);
  });

  it('refuses private money in a per-project fund, where the own contribution stays with the project', () => {
    given(eventsOf([openFund(DORTMUND_SETTINGS)]))
      .when(privateContribution('p-1', '100.00'))
      .thenThrows('CONTRIBUTION.PRIVATE_NOT_POOLED');
  });

  it('refuses a contribution id already used', () => {
    given(pooledFund(privateContribution('p-1', '1.00')))
      .when(privateContribution('p-1', '1.00'))
      .thenThrows('CONTRIBUTION.DUPLICATE_ID', 'contributionId');
  });

  it.each([
    ['a negative amount', { amount: '-5.00' }, 'MONEY.INVALID_AMOUNT', 'amount'],
    ['a zero amount', { amount: '0.00' }, 'MONEY.INVALID_AMOUNT', 'amount'],
    [
      'an unknown contributor kind',
      { contributor: { name: 'X', kind: 'bank' } },
      'COMMAND.INVALID_INPUT',
      'contributor.kind',
    ],
    [
      'a contributor without name',
      { contributor: { name: '', kind: 'sponsor' } },
      'COMMAND.INVALID_INPUT',
      'contributor.name',
    ],
    ['an impossible value date', { valueDate: '2024-13-01' }, 'COMMAND.INVALID_INPUT', 'valueDate'],
  ])('refuses %s', (_label, change, code, field) => {
    given(pooledFund())
      .when({ ...privateContribution('p-1', '1.00'), ...change } as ReturnType<typeof privateContribution>)
      .thenThrows(code, field);
  });
});

describe('RecordPublicContribution', () => {
  it('records public money and splits it among federal, state and municipal funders to the cent', () => {
    given(pooledFund())
      .when(publicContribution('c-1', '1000.00', '2024-01-15'))
      .then([
        {
          type: 'PublicContributionRecorded',
          data: {
            fundId: FUND_ID,
            occurredAt: '2024-01-15T12:00:00Z',
            contributionId: 'c-1',
            amount: '1000.00',
            valueDate: '2024-01-15',
            fiscalYear: 2024,
            reference: 'HH-c-1',
          },
        },
        {
          type: 'PublicContributionSplit',
          data: {
            fundId: FUND_ID,
            occurredAt: '2024-01-15T12:00:00Z',
            contributionId: 'c-1',
            amount: '1000.00',
            fiscalYear: 2024,
            parts: [
              { funderId: 'federal', amount: '333.30' },
              { funderId: 'state', amount: '333.30' },
              { funderId: 'city', amount: '333.40' },
            ],
          },
        },
      ]);
  });

  it('refuses public money beyond the budget of its fiscal year', () => {
    given(pooledFund(publicContribution('c-1', '99999.99')))
      .when(publicContribution('c-2', '0.02'))
      .thenThrows('FISCAL_YEAR.BUDGET_EXCEEDED', 'amount');
  });

  it('refuses public money for a year without a budget', () => {
    given(pooledFund())
      .when(publicContribution('c-1', '10.00', '2025-01-15'))
      .thenThrows('FISCAL_YEAR.NO_BUDGET', 'valueDate');
  });

  it('refuses a contribution id already used, whether public or private', () => {
    given(pooledFund(privateContribution('x-1', '5.00')))
      .when(publicContribution('x-1', '5.00'))
      .thenThrows('CONTRIBUTION.DUPLICATE_ID', 'contributionId');
  });

  it('refuses a malformed amount', () => {
    given(pooledFund()).when(publicContribution('c-1', '1e4')).thenThrows('MONEY.INVALID_AMOUNT', 'amount');
  });

  it('refuses a reference longer than 200 characters', () => {
    given(pooledFund())
      .when(
        command('RecordPublicContribution', {
          contributionId: 'c-1',
          amount: '1.00',
          valueDate: '2024-01-15',
          reference: 'x'.repeat(201),
        }),
      )
      .thenThrows('COMMAND.INVALID_INPUT', 'reference');
  });
});
