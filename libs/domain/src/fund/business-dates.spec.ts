/**
 * Goal: one rule for every dated command. The command gives the business date or it is today in the
 * fund's time zone; the date is a real day, never after today, never in a closed fiscal year (a
 * correction goes into an open year and names what it corrects), and never before the date of what it
 * follows in the same application or among the settings changes. Events recorded before dates were
 * kept still fold, and count by the day they were recorded.
 */
import type { EventEnvelope } from '../decider';
import {
  appointJury,
  approveByJury,
  approvedApplication,
  command,
  DORTMUND_SETTINGS,
  eventsOf,
  FUND_OFFICE,
  historyOf,
  issueGrant,
  noonOf,
  openFund,
  POOLED_SETTINGS,
  privateContribution,
  publicContribution,
  recordedOn,
  setBudget,
  submitApplication,
} from '../testing/fund.fixtures';
import { given } from '../testing/given-when-then';
import type { FundCommand } from './fund.commands';
import { effectiveDatesOf, eventsEffectiveOn, ownBusinessDateOf } from './fund.business-dates';
import { replayFund } from './fund.decider';
import type { FundEvent } from './fund.events';

/** Dortmund with the pianos approved on 1 March 2024 (the fixtures' default instant) and granted. */
const granted = (...more: FundCommand[]) =>
  eventsOf([
    openFund(),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    ...approvedApplication('a-1', '1000.00'),
    issueGrant('g-1', 'a-1', '1000.00'),
    ...more,
  ]);
const advance = (valueDate?: string) =>
  command('PayAdvance', { grantId: 'g-1', payoutId: `adv-${valueDate}`, amount: '100.00', valueDate });
const proof = (receivedDate?: string) =>
  command('SubmitProofOfUse', { grantId: 'g-1', reportedCosts: '4200.00', reference: 'VN', receivedDate });

describe('a dated command without a date', () => {
  it('is dated today in the fund’s time zone: 23:30 UTC on 1 March is 2 March in Berlin', () => {
    const [paid] = given(granted())
      .when({ ...advance(), issuedAt: '2024-03-01T23:30:00Z' })
      .events();
    expect(paid.data).toMatchObject({ valueDate: '2024-03-02', fiscalYear: 2024 });
  });

  it('follows a fund’s own time zone', () => {
    const newYork = { ...DORTMUND_SETTINGS, timeZone: 'America/New_York' };
    const [opened] = given([]).when(openFund(newYork)).events();
    expect(opened.data).toMatchObject({ settings: { timeZone: 'America/New_York' } });
    const [contribution] = given(eventsOf([openFund(newYork), setBudget(2024)]))
      .when({ ...publicContribution('c-1', '10.00'), valueDate: undefined, issuedAt: '2024-03-02T03:00:00Z' })
      .events();
    expect(contribution.data).toMatchObject({ valueDate: '2024-03-01' });
  });

  it('refuses a time zone the fund cannot keep', () => {
    given([])
      .when(openFund({ ...DORTMUND_SETTINGS, timeZone: 'Mars/Olympus' }))
      .thenThrows('FUND.INVALID_SETTINGS', 'settings.timeZone');
  });
});

describe('a business date', () => {
  /** Each dated command, with a date the rule refuses put into its date field. */
  const dated: readonly [string, (date: string) => FundCommand, FundEvent[]][] = [
    [
      'valueDate of a public contribution',
      (date) => ({ ...publicContribution('c-2', '1.00'), valueDate: date, issuedAt: noonOf('2024-03-01') }),
      granted(),
    ],
    [
      'valueDate of a private contribution',
      (date) => ({ ...privateContribution('p-1', '1.00'), valueDate: date, issuedAt: noonOf('2024-03-01') }),
      eventsOf([openFund(POOLED_SETTINGS)]),
    ],
    [
      'effectiveDate of a settings change',
      (date) => command('ChangeFundSettings', { settings: DORTMUND_SETTINGS, effectiveDate: date }),
      granted(),
    ],
    [
      'meetingDate of a jury decision',
      (date) => ({ ...approveByJury('a-2', '1000.00').at(-1)!, meetingDate: date }),
      eventsOf([
        openFund(),
        setBudget(2024),
        ...appointJury(),
        submitApplication('a-2'),
        command('DeclareApplicationEligible', { applicationId: 'a-2' }),
        ...approveByJury('a-2', '1000.00').slice(0, -1),
      ]),
    ],
    [
      'noticeDate of a grant notice',
      (date) => ({ ...issueGrant('g-2', 'a-1', '1000.00'), noticeDate: date }),
      granted().slice(0, -1),
    ],
    ['valueDate of an advance', (date) => advance(date), granted()],
    ['receivedDate of a proof of use', (date) => proof(date), granted()],
  ];

  it.each(dated)('%s must be a real day', (_field, withDate, history) => {
    const refusal = given(history).when(withDate('2024-02-30')).thenThrows('COMMAND.INVALID_INPUT');
    expect(refusal.message).toContain('YYYY-MM-DD');
  });

  it.each(dated)('%s may not lie in the future', (_field, withDate, history) => {
    const refusal = given(history).when(withDate('2024-03-02')).thenThrows('BUSINESS_DATE.IN_FUTURE');
    expect(refusal.message).toContain('2024-03-01');
  });

  it('may not lie in a closed fiscal year; the correction is booked in an open year and names what it corrects', () => {
    const closed = granted(
      command('CloseFiscalYear', { fiscalYear: 2024, issuedAt: '2025-01-05T09:00:00Z' }),
    );
    const late = { ...advance('2024-12-30'), issuedAt: '2025-01-06T09:00:00Z' };
    given(closed).when(late).thenThrows('FISCAL_YEAR.CLOSED', 'valueDate');
    const [corrected] = given(closed)
      .when({ ...late, valueDate: '2025-01-06', corrects: 'Bank statement 47: advance of 30.12.2024' })
      .events();
    expect(corrected.data).toMatchObject({
      valueDate: '2025-01-06',
      fiscalYear: 2025,
      corrects: 'Bank statement 47: advance of 30.12.2024',
    });
  });

  it('of a payment may not lie before the grant notice, nor a proof before an advance', () => {
    given(granted()).when(advance('2024-02-29')).thenThrows('BUSINESS_DATE.BEFORE_PREVIOUS', 'valueDate');
    given(granted(recordedOn('2024-03-20', advance('2024-03-20'))))
      .when(recordedOn('2024-03-25', proof('2024-03-19')))
      .thenThrows('BUSINESS_DATE.BEFORE_PREVIOUS', 'receivedDate');
  });

  it('of a payment may be earlier than the day it is recorded, and earlier than undated steps before it', () => {
    const [paid] = given(granted(recordedOn('2024-04-10', proof('2024-03-05'))))
      .when(
        recordedOn(
          '2024-04-11',
          command('AcceptProofOfUse', {
            certifier: FUND_OFFICE,
            grantId: 'g-1',
            provenEligibleCosts: '4200.00',
          }),
        ),
      )
      .events();
    expect(paid.type).toBe('ProofOfUseAccepted');
    const history = granted(
      recordedOn('2024-04-10', proof('2024-03-05')),
      recordedOn(
        '2024-04-11',
        command('AcceptProofOfUse', {
          certifier: FUND_OFFICE,
          grantId: 'g-1',
          provenEligibleCosts: '4200.00',
        }),
      ),
    );
    const [payout] = given(history)
      .when(
        recordedOn(
          '2024-04-12',
          command('MakePayout', { grantId: 'g-1', payoutId: 'p', amount: '1.00', valueDate: '2024-03-06' }),
        ),
      )
      .events();
    expect(payout.data).toMatchObject({ valueDate: '2024-03-06' });
  });

  it('of a jury decision may not lie before the application’s previous decision', () => {
    const deferredOnMarch12 = eventsOf([
      openFund(),
      ...appointJury(),
      submitApplication('a-1'),
      command('DeclareApplicationEligible', { applicationId: 'a-1' }),
      ...approveByJury('a-1', '1000.00').slice(0, 2),
      recordedOn(
        '2024-03-20',
        command('DeferApplication', { applicationId: 'a-1', reason: 'x', meetingDate: '2024-03-12' }),
      ),
      recordedOn(
        '2024-03-20',
        command('PutApplicationOnAgenda', {
          applicationId: 'a-1',
          decisionId: 'd-2',
          meetingId: 'm-2',
          meetingDate: '2024-06-18',
        }),
      ),
    ]);
    given(deferredOnMarch12)
      .when(
        recordedOn(
          '2024-06-20',
          command('DeferApplication', { applicationId: 'a-1', reason: 'y', meetingDate: '2024-03-11' }),
        ),
      )
      .thenThrows('BUSINESS_DATE.BEFORE_PREVIOUS', 'meetingDate');
  });

  it('of a settings change may not lie before the previous change', () => {
    const changed = eventsOf([
      openFund(),
      recordedOn(
        '2024-05-01',
        command('ChangeFundSettings', { settings: DORTMUND_SETTINGS, effectiveDate: '2024-04-01' }),
      ),
    ]);
    given(changed)
      .when(
        recordedOn(
          '2024-05-02',
          command('ChangeFundSettings', { settings: DORTMUND_SETTINGS, effectiveDate: '2024-03-31' }),
        ),
      )
      .thenThrows('BUSINESS_DATE.BEFORE_PREVIOUS', 'effectiveDate');
  });
});

/** The events as they were stored before business dates were kept: without the new fields. */
function withoutBusinessDates(events: readonly FundEvent[]): FundEvent[] {
  const newFields = ['noticeDate', 'meetingDate', 'receivedDate', 'effectiveDate', 'timeZone'];
  return events.map((event) => {
    const data: Record<string, unknown> = { ...event.data };
    if (event.type !== 'ApplicationPutOnAgenda') for (const field of newFields) delete data[field];
    if ('settings' in data) {
      const { timeZone: _timeZone, ...settings } = data['settings'] as Record<string, unknown>;
      data['settings'] = settings;
    }
    return { ...event, data } as unknown as FundEvent;
  });
}

describe('events recorded before business dates were kept', () => {
  it('still fold, and the fund takes new dated commands', () => {
    const old = withoutBusinessDates(granted());
    expect(old.some((event) => event.type === 'GrantNoticeIssued' && 'noticeDate' in event.data)).toBe(false);
    const [paid] = given(old).when(advance('2024-03-01')).events();
    expect(paid.data).toMatchObject({ valueDate: '2024-03-01' });
    expect(
      replayFund(old.map((event, index) => ({ event, commandId: `old-${index}` }))).settings?.timeZone,
    ).toBeUndefined();
  });

  it('count by the day they were recorded', () => {
    const old = withoutBusinessDates(granted()).map((event, index) => ({ event, commandId: `old-${index}` }));
    const notice = old.findIndex(({ event }) => event.type === 'GrantNoticeIssued');
    expect(ownBusinessDateOf(old[notice].event)).toBeNull();
    expect(effectiveDatesOf(old)[notice]).toBe('2024-03-01');
  });
});

describe('the day each event counts on', () => {
  /** Typed in on 6 December: an application decided at the meeting of 12 March, granted on 20 March, paid on 2 April. */
  const typedInLater: EventEnvelope<FundEvent>[] = historyOf(
    [
      openFund(DORTMUND_SETTINGS, noonOf('2024-01-02')),
      recordedOn('2024-01-02', setBudget(2024)),
      publicContribution('c-1', '90000.00', '2024-01-15'),
      ...appointJury().map((next) => recordedOn('2024-01-03', next)),
      ...approvedApplication('a-1', '1000.00').map((next) => recordedOn('2024-12-06', next)),
    ]
      .map((next) => (next.type === 'CloseVote' ? { ...next, meetingDate: '2024-03-12' } : next))
      .concat([
        recordedOn('2024-12-06', { ...issueGrant('g-1', 'a-1', '1000.00'), noticeDate: '2024-03-20' }),
        recordedOn('2024-12-06', { ...advance('2024-04-02'), payoutId: 'adv-1' }),
        recordedOn('2024-12-07', submitApplication('a-2')),
      ]),
  );
  const dates = effectiveDatesOf(typedInLater);
  const dateOf = (type: FundEvent['type'], nth = 0) =>
    dates[typedInLater.map(({ event }) => event.type).indexOf(type, nth)];

  it('is the business date of events that have one, and of the other events of their command', () => {
    expect(dateOf('PublicContributionRecorded')).toBe('2024-01-15');
    expect(dateOf('PublicContributionSplit')).toBe('2024-01-15');
    expect(dateOf('JuryVoteClosed')).toBe('2024-03-12');
    expect(dateOf('ApplicationApproved')).toBe('2024-03-12');
    expect(dateOf('GrantNoticeIssued')).toBe('2024-03-20');
    expect(dateOf('AdvancePaid')).toBe('2024-04-02');
  });

  it('is the contribution’s value date for its split, also where the split stands in a command of its own', () => {
    const typedInInDecember = (event: FundEvent): FundEvent =>
      event.type === 'PublicContributionSplit'
        ? { ...event, data: { ...event.data, occurredAt: '2024-12-06T12:00:00.000Z' } }
        : event;
    const apart = typedInLater.map(({ event }, index) => ({
      event: typedInInDecember(event),
      commandId: `apart-${index}`,
    }));
    const split = apart.findIndex(({ event }) => event.type === 'PublicContributionSplit');
    expect(effectiveDatesOf(apart)[split]).toBe('2024-01-15');
  });

  it('is the recording day of undated events, pulled back to the decisions that followed from them', () => {
    expect(dateOf('JuryMemberAppointed')).toBe('2024-01-03');
    expect(dateOf('ApplicationSubmitted')).toBe('2024-03-12');
    expect(dateOf('VoteCast')).toBe('2024-03-12');
    const secondSubmission = typedInLater.findIndex(
      ({ event }) => event.type === 'ApplicationSubmitted' && event.data.applicationId === 'a-2',
    );
    expect(dates[secondSubmission]).toBe('2024-12-07');
  });

  it('cuts the history so that every application stands as it did on the day', () => {
    const onMarch15 = eventsEffectiveOn(typedInLater, '2024-03-15');
    const types = onMarch15.map(({ event }) => event.type);
    expect(types).toContain('ApplicationApproved');
    expect(types).not.toContain('GrantNoticeIssued');
    expect(replayFund(onMarch15).applications.get('a-1')?.status).toBe('approved');
    expect(replayFund(eventsEffectiveOn(typedInLater, '2024-01-14')).publicPot.received).toBe('0.00');
  });
});
