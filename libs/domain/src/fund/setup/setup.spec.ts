/**
 * Goal: opening a fund, changing its settings, setting budgets, closing fiscal years and closing
 * the fund produce the documented events, and each refusal comes with its code.
 */
import {
  approvedApplication,
  appointJury,
  command,
  DEFAULT_ISSUED_AT,
  DORTMUND_SETTINGS,
  eventsOf,
  FUND_ID,
  issueGrant,
  openFund,
  POOLED_SETTINGS,
  privateContribution,
  publicContribution,
  setBudget,
  THREE_FUNDERS,
  EVENT_BASE as base,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { FundCommand } from '../fund.commands';
import type { FundSettingsInput } from '../fund.settings';

const opened = () => eventsOf([openFund()]);

describe('OpenFund', () => {
  it('opens a fund with the Dortmund settings, filling in the defaults', () => {
    const open = openFund(DORTMUND_SETTINGS, DEFAULT_ISSUED_AT);
    given([])
      .when(open)
      .then([
        {
          type: 'FundOpened',
          data: {
            ...base,
            name: 'City-Fonds Dortmund',
            area: 'Dortmund City',
            settings: {
              fundingSource: 'municipal-budget',
              publicShareMax: '0.50',
              matchingModel: 'per-project',
              publicFunders: [{ funderId: 'city', name: 'Stadt Dortmund', share: '1' }],
              perProjectPublicCap: '10000.00',
              publicMoneyInvestiveOnly: false,
              yearEndPolicy: 'carry-over',
              jury: { quorum: { kind: 'more-than-half' }, majority: 'simple' },
              timeZone: 'Europe/Berlin',
              fourEyesPayments: false,
              juryVoting: 'members-vote',
            },
          },
        },
      ]);
  });

  it('restricts urban development funding to investive measures by default', () => {
    const [event] = given([]).when(openFund(POOLED_SETTINGS)).events();
    expect(event.type === 'FundOpened' && event.data.settings).toMatchObject({
      publicMoneyInvestiveOnly: true,
      publicShareMax: '0.50',
      perProjectPublicCap: null,
    });
  });

  it('takes funder shares written as exact fractions and splits public money by them to the cent', () => {
    const thirds = [
      { funderId: 'federal', name: 'Bund', share: '1/3' },
      { funderId: 'state', name: 'Land NRW', share: '1/3' },
      { funderId: 'city', name: 'Stadt', share: '1/3' },
    ];
    const [opening] = given([])
      .when(openFund({ ...POOLED_SETTINGS, publicFunders: thirds }))
      .events();
    expect(opening).toMatchObject({ data: { settings: { publicFunders: thirds } } });
    const split = given(eventsOf([openFund({ ...POOLED_SETTINGS, publicFunders: thirds }), setBudget(2024)]))
      .when(publicContribution('c-1', '45000.01'))
      .events()
      .find((event) => event.type === 'PublicContributionSplit');
    expect(split?.data).toMatchObject({
      parts: [
        { funderId: 'federal', amount: '15000.01' },
        { funderId: 'state', amount: '15000.00' },
        { funderId: 'city', amount: '15000.00' },
      ],
    });
  });

  it('refuses fractions that do not add up to exactly 1, naming their sum', () => {
    const shares = ['1/3', '1/3', '0.3333'].map((share, index) => ({
      funderId: `f-${index}`,
      name: 'F',
      share,
    }));
    const error = given([])
      .when(openFund({ ...POOLED_SETTINGS, publicFunders: shares }))
      .thenThrows('FUND.INVALID_SETTINGS', 'settings.publicFunders');
    expect(error.message).toContain('they add up to 29999/30000');
  });

  it('refuses to open a fund twice', () => {
    given(opened()).when(openFund()).thenThrows('FUND.ALREADY_OPEN', 'fundId');
  });

  it('does nothing when the same command arrives again', () => {
    const open = openFund();
    given([]).when(open).events();
    given(eventsOf([open]).map((event) => ({ event, commandId: open.commandId })))
      .when(open)
      .thenNothingHappened();
  });

  it.each([
    [
      'shares that do not add up to 1',
      { publicFunders: [{ funderId: 'a', name: 'A', share: '0.5' }] },
      'settings.publicFunders',
    ],
    [
      'a funder named twice',
      {
        publicFunders: [
          { funderId: 'a', name: 'A', share: '0.5' },
          { funderId: 'a', name: 'A', share: '0.5' },
        ],
      },
      'settings.publicFunders',
    ],
    ['no funder', { publicFunders: [] }, 'settings.publicFunders'],
    [
      'a zero share',
      { publicFunders: [{ funderId: 'a', name: 'A', share: '0' }, THREE_FUNDERS[0]] },
      'settings.publicFunders[0].share',
    ],
    ['a public share above 1', { publicShareMax: '1.5' }, 'settings.publicShareMax'],
    ['a public share of 0', { publicShareMax: '0' }, 'settings.publicShareMax'],
    ['an unknown matching model', { matchingModel: 'shared' }, 'settings.matchingModel'],
    ['a cap that is not an amount', { perProjectPublicCap: '10,000' }, 'settings.perProjectPublicCap'],
    [
      'a quorum of nobody',
      { jury: { quorum: { kind: 'minimum-present', count: 0 } } },
      'settings.jury.quorum.count',
    ],
    ['an unknown majority rule', { jury: { majority: 'unanimous' } }, 'settings.jury.majority'],
    [
      'urban development funding paying non-investive measures',
      { fundingSource: 'urban-development-funding', publicMoneyInvestiveOnly: false },
      'settings.publicMoneyInvestiveOnly',
    ],
  ])('refuses settings with %s', (_label, change, field) => {
    const settings = { ...DORTMUND_SETTINGS, ...change } as typeof DORTMUND_SETTINGS;
    given([]).when(openFund(settings)).thenThrows('FUND.INVALID_SETTINGS', field);
  });

  it.each([
    ['an empty name', { name: ' ' }, 'name'],
    ['a malformed fund id', { fundId: 'city fonds!' }, 'fundId'],
    ['an instant without offset', { issuedAt: '2024-03-01T10:00:00' }, 'issuedAt'],
    ['an impossible date', { issuedAt: '2024-02-30T10:00:00Z' }, 'issuedAt'],
    ['a missing command id', { commandId: '' }, 'commandId'],
  ])('refuses %s', (_label, change, field) => {
    given([])
      .when({ ...openFund(), ...change } as FundCommand)
      .thenThrows('COMMAND.INVALID_INPUT', field);
  });
});

describe('commands on a fund that is not open', () => {
  it('refuses anything before the fund is opened', () => {
    given([]).when(setBudget(2024)).thenThrows('FUND.NOT_OPEN', 'fundId');
  });

  it('refuses a command addressed to another fund', () => {
    given(opened())
      .when({ ...setBudget(2024), fundId: 'other-fund' })
      .thenThrows('COMMAND.WRONG_FUND', 'fundId');
  });

  it('refuses everything once the fund is closed', () => {
    given(eventsOf([openFund(), command('CloseFund', { reason: 'Programme ended' })]))
      .when(setBudget(2024))
      .thenThrows('FUND.CLOSED');
  });
});

describe('ChangeFundSettings', () => {
  it('records the complete new settings', () => {
    const settings = { ...DORTMUND_SETTINGS, publicFunders: THREE_FUNDERS, yearEndPolicy: 'lapse' as const };
    const [event] = given(opened()).when(command('ChangeFundSettings', { settings })).events();
    expect(event).toMatchObject({
      type: 'FundSettingsChanged',
      data: {
        ...base,
        settings: { publicFunders: THREE_FUNDERS, yearEndPolicy: 'lapse', perProjectPublicCap: '10000.00' },
      },
    });
  });

  it('allows another matching model while no money has moved', () => {
    given(opened())
      .when(command('ChangeFundSettings', { settings: { ...DORTMUND_SETTINGS, matchingModel: 'pooled' } }))
      .events();
  });

  it('refuses another matching model once money has moved', () => {
    given(eventsOf([openFund(), setBudget(2024), publicContribution('c-1', '100.00')]))
      .when(command('ChangeFundSettings', { settings: { ...DORTMUND_SETTINGS, matchingModel: 'pooled' } }))
      .thenThrows('FUND.MATCHING_MODEL_LOCKED', 'settings.matchingModel');
  });

  it('refuses invalid settings', () => {
    given(opened())
      .when(command('ChangeFundSettings', { settings: { ...DORTMUND_SETTINGS, publicShareMax: '0.555555' } }))
      .thenThrows('FUND.INVALID_SETTINGS', 'settings.publicShareMax');
  });
});

describe('SetFiscalYearBudget', () => {
  it('sets the public budget of a year', () => {
    given(opened())
      .when(command('SetFiscalYearBudget', { fiscalYear: 2024, publicBudget: '90000' }))
      .then([{ type: 'FiscalYearBudgetSet', data: { ...base, fiscalYear: 2024, publicBudget: '90000.00' } }]);
  });

  it('refuses a budget below the public money already received for the year', () => {
    given(eventsOf([openFund(), setBudget(2024), publicContribution('c-1', '50000.00')]))
      .when(command('SetFiscalYearBudget', { fiscalYear: 2024, publicBudget: '49999.99' }))
      .thenThrows('FISCAL_YEAR.BUDGET_BELOW_RECEIVED', 'publicBudget');
  });

  it('refuses a budget for a closed year', () => {
    given(eventsOf([openFund(), setBudget(2024), closeYear(2024)]))
      .when(command('SetFiscalYearBudget', { fiscalYear: 2024, publicBudget: '1.00' }))
      .thenThrows('FISCAL_YEAR.CLOSED', 'fiscalYear');
  });

  it('refuses a year outside 2000 to 2100 and an amount that is not canonical', () => {
    given(opened())
      .when(command('SetFiscalYearBudget', { fiscalYear: 1999, publicBudget: '1.00' }))
      .thenThrows('COMMAND.INVALID_INPUT', 'fiscalYear');
    given(opened())
      .when(command('SetFiscalYearBudget', { fiscalYear: 2024, publicBudget: '90.000,00' }))
      .thenThrows('MONEY.INVALID_AMOUNT', 'publicBudget');
  });
});

function closeYear(fiscalYear: number) {
  return command('CloseFiscalYear', { fiscalYear, issuedAt: `${fiscalYear + 1}-01-10T09:00:00Z` });
}

describe('CloseFiscalYear', () => {
  const lapsing: FundSettingsInput = {
    ...DORTMUND_SETTINGS,
    publicFunders: THREE_FUNDERS,
    yearEndPolicy: 'lapse',
  };
  const yearWithGrant = (settings = lapsing) => [
    openFund(settings),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    ...approvedApplication('pianos', '1000.00'),
    issueGrant('g-1', 'pianos', '1000.00'),
  ];

  it('seals the year and lets uncommitted public money lapse, split among funders by what each has available', () => {
    given(eventsOf(yearWithGrant()))
      .when(closeYear(2024))
      .then([
        {
          type: 'FiscalYearClosed',
          data: {
            fundId: FUND_ID,
            occurredAt: '2025-01-10T09:00:00Z',
            fiscalYear: 2024,
            yearEndPolicy: 'lapse',
            figures: {
              publicBudget: '90000.00',
              publicReceived: '90000.00',
              privateReceived: '0.00',
              publicCommitted: '1000.00',
              privateCommitted: '0.00',
              publicReleased: '0.00',
              privateReleased: '0.00',
              publicPaid: '0.00',
              privatePaid: '0.00',
              publicRefunded: '0.00',
              privateRefunded: '0.00',
            },
            closingBalances: {
              publicAvailable: '89000.00',
              privateAvailable: '0.00',
              publicOpenCommitments: '1000.00',
              privateOpenCommitments: '0.00',
            },
            publicCarriedOver: '0.00',
            privateCarriedOver: '0.00',
            publicLapsed: '89000.00',
            publicLapsedFunderParts: [
              { funderId: 'federal', amount: '29663.70' },
              { funderId: 'state', amount: '29663.70' },
              { funderId: 'city', amount: '29672.60' },
            ],
          },
        },
      ]);
  });

  it('carries everything over under the carry-over policy', () => {
    const [event] = given(eventsOf(yearWithGrant({ ...lapsing, yearEndPolicy: 'carry-over' })))
      .when(closeYear(2024))
      .events();
    expect(event).toMatchObject({
      type: 'FiscalYearClosed',
      data: { publicCarriedOver: '89000.00', publicLapsed: '0.00', publicLapsedFunderParts: [] },
    });
  });

  it('refuses to close a year before it has ended in the fund’s time zone', () => {
    given(eventsOf([openFund(), setBudget(2024)]))
      .when(command('CloseFiscalYear', { fiscalYear: 2024, issuedAt: '2024-12-31T22:59:59Z' }))
      .thenThrows('FISCAL_YEAR.NOT_ENDED', 'fiscalYear');
    // 23:00 UTC on New Year's Eve is already 1 January in Berlin.
    const [closed] = given(eventsOf([openFund(), setBudget(2024)]))
      .when(command('CloseFiscalYear', { fiscalYear: 2024, issuedAt: '2024-12-31T23:00:00Z' }))
      .events();
    expect(closed.type).toBe('FiscalYearClosed');
  });

  it('refuses to close a year twice or a year without a budget', () => {
    given(eventsOf([openFund(), setBudget(2024), closeYear(2024)]))
      .when(closeYear(2024))
      .thenThrows('FISCAL_YEAR.CLOSED', 'fiscalYear');
    given(opened()).when(closeYear(2023)).thenThrows('FISCAL_YEAR.NO_BUDGET', 'fiscalYear');
  });

  it('refuses to book money in a closed year', () => {
    given(eventsOf([openFund(POOLED_SETTINGS), setBudget(2024), closeYear(2024)]))
      .when(privateContribution('p-1', '100.00', '2024-12-30'))
      .thenThrows('FISCAL_YEAR.CLOSED', 'valueDate');
  });
});

describe('CloseFund', () => {
  it('closes a fund with nothing open', () => {
    given(opened())
      .when(command('CloseFund', { reason: 'Programme ended' }))
      .then([{ type: 'FundClosed', data: { ...base, reason: 'Programme ended' } }]);
  });

  it('refuses while a grant is still committed', () => {
    given(
      eventsOf([
        openFund(),
        setBudget(2024),
        publicContribution('c-1', '90000.00'),
        ...appointJury(),
        ...approvedApplication('pianos', '1000.00'),
        issueGrant('g-1', 'pianos', '1000.00'),
      ]),
    )
      .when(command('CloseFund', { reason: 'Programme ended' }))
      .thenThrows('FUND.OPEN_COMMITMENTS');
  });

  it('refuses without a reason', () => {
    given(opened())
      .when(command('CloseFund', { reason: '' }))
      .thenThrows('COMMAND.INVALID_INPUT', 'reason');
  });
});
