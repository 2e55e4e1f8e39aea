/**
 * Goal: the whole life of a fund works over HTTP against a real store, through every fund endpoint:
 * opening and configuring a fund, public and private money with funder splits, the jury, applications
 * ending in every way (granted, rejected, deferred, ineligible, withdrawn, expired), advances, proofs of
 * use, payouts, a clawback with interest, and closing the fiscal year and the fund. The board the
 * treasury reads follows each application's lifecycle to its end (paid in part, paid, closed, revoked,
 * repayment due, settled, expired). The tests of this file build on each other in order, like the
 * fund's own history.
 */
import type { TestApp } from '../support';
import { bearer, describeEachStore, expectProblem } from '../support';
import {
  applicationBody,
  AUDITOR,
  FUND_MANAGER,
  FundDriver,
  juror,
  jurorSubject,
  PER_PROJECT_SETTINGS,
  SettableClock,
  START_OF_TEST,
  startFundsApp,
  TREASURER,
  YEAR,
} from './fund-driver';

describeEachStore('A fund from opening to clawback', (store) => {
  const clock = new SettableClock(START_OF_TEST);
  let testApp: TestApp;
  let fund: FundDriver;

  beforeAll(async () => {
    testApp = await startFundsApp(store, clock);
    fund = new FundDriver(testApp, 'city-fonds');
  });

  afterAll(() => testApp.close());

  it('opens a fund with its settings and shows them with the defaults filled in', async () => {
    const opened = await fund.command(FUND_MANAGER, '/funds', {
      fundId: 'city-fonds',
      name: 'City-Fonds Dortmund',
      area: 'Dortmund city centre',
      settings: PER_PROJECT_SETTINGS,
    });
    expect(opened).toMatchObject({ fundId: 'city-fonds', id: 'city-fonds', revision: 0 });
    expect(opened.events).toEqual([{ type: 'FundOpened', revision: 0, position: opened.position }]);

    await fund.command(FUND_MANAGER, fund.path('/settings'), {
      settings: { ...PER_PROJECT_SETTINGS, yearEndPolicy: 'carry-over', unusedMoneyGraceMonths: 2 },
    });
    const view = await fund.view();
    expect(view).toMatchObject({
      fundId: 'city-fonds',
      name: 'City-Fonds Dortmund',
      status: 'open',
      revision: 1,
    });
    expect(view.settings).toMatchObject({
      publicShareMax: '0.50',
      perProjectPublicCap: '10000.00',
      yearEndPolicy: 'carry-over',
      unusedMoneyGraceMonths: 2,
    });
  });

  it('receives public money within the budget and splits it among the funders to the cent', async () => {
    await fund.command(TREASURER, fund.path(`/budgets/${YEAR}`), { publicBudget: '90000.00' });
    const received = await fund.command(TREASURER, fund.path('/contributions/public'), {
      amount: '50000.01',
      valueDate: `${YEAR}-02-01`,
      reference: 'Budget 2024, first instalment',
    });
    expect(received.events.map((event) => event.type)).toEqual([
      'PublicContributionRecorded',
      'PublicContributionSplit',
    ]);
    expect(received.id).toBe(received.commandId);

    const view = await fund.view();
    expect(view.publicPot.received).toBe('50000.01');
    expect(view.funders.map(({ funderId, received: part }) => [funderId, part])).toEqual([
      ['city', '30000.01'],
      ['state', '20000.00'],
    ]);
  });

  it('appoints a jury and records a member leaving', async () => {
    await fund.appointJury(['member-01', 'member-02', 'member-03', 'member-04']);
    await fund.command(FUND_MANAGER, fund.path('/jury/members/member-04/departure'), {
      reason: 'Moved away.',
    });
    const members = (await fund.view()).juryMembers;
    expect(members.filter((member) => member.active).map((member) => member.memberId)).toEqual([
      'member-01',
      'member-02',
      'member-03',
    ]);
  });

  it('takes an application from submission through amendment, a vote with a recusal and a correction, to approval', async () => {
    const pianos = fund.path('/applications/pianos');
    await fund.command(
      FUND_MANAGER,
      fund.path('/applications'),
      applicationBody({ applicationId: 'pianos' }),
    );
    await fund.command(FUND_MANAGER, `${pianos}/incomplete`, {
      reason: 'The quote for the pianos is missing.',
    });
    const shortOfCosts = await fund.post(
      FUND_MANAGER,
      `${pianos}/amendments`,
      applicationBody({ eligibleCosts: '4400.00' }),
    );
    expectProblem(shortOfCosts, {
      status: 422,
      type: 'rule-violated',
      code: 'APPLICATION.OWN_CONTRIBUTION_TOO_LOW',
      field: 'ownContribution',
    });
    await fund.command(
      FUND_MANAGER,
      `${pianos}/amendments`,
      applicationBody({ eligibleCosts: '4400.00', ownContribution: '3400.00' }),
    );
    await fund.command(FUND_MANAGER, `${pianos}/eligibility`);
    const agenda = await fund.command(FUND_MANAGER, `${pianos}/agenda`, {
      meetingId: 'meeting-1',
      meetingDate: `${YEAR}-05-14`,
    });
    expect(agenda.id).toBe(agenda.commandId);
    await fund.command(FUND_MANAGER, `${pianos}/attendance`, {
      presentMemberIds: ['member-01', 'member-02', 'member-03'],
    });
    await fund.command(juror('member-03'), `${pianos}/conflicts`, {
      reason: 'I chair the applicant association.',
    });
    await fund.command(juror('member-01'), `${pianos}/votes`, { vote: 'yes' });
    await fund.command(juror('member-02'), `${pianos}/votes`, { memberId: 'member-02', vote: 'no' });
    await fund.command(juror('member-02'), `${pianos}/vote-corrections`, {
      vote: 'yes',
      reason: 'Wrong button.',
    });

    const closed = await fund.command(FUND_MANAGER, `${pianos}/vote-closing`, { approvedAmount: '1000.00' });
    expect(closed.events.map((event) => event.type)).toEqual(['JuryVoteClosed', 'ApplicationApproved']);
    const application = (await fund.view()).applications.find(
      (candidate) => candidate.applicationId === 'pianos',
    );
    expect(application).toMatchObject({
      status: 'approved',
      approvedAmount: '1000.00',
      eligibleCosts: '4400.00',
    });
    expect(application?.recusedMemberIds).toEqual(['member-03']);
  });

  it('records who acted in the metadata of every event', async () => {
    const votes = [];
    for await (const event of testApp.eventStore.readStream('fund-city-fonds')) {
      if (event.type === 'VoteCast') votes.push(event.metadata.actor);
    }
    expect(votes).toEqual([
      { subject: 'jury-member-01', role: 'jury-member' },
      { subject: 'jury-member-02', role: 'jury-member' },
    ]);
  });

  it('issues the grant, pays an advance, takes a rejected and an accepted proof of use, pays out and closes the grant', async () => {
    const grant = fund.path('/grants/grant-pianos');
    const issued = await fund.command(FUND_MANAGER, fund.path('/grants'), {
      grantId: 'grant-pianos',
      applicationId: 'pianos',
      amount: '1000.00',
    });
    expect(issued).toMatchObject({ id: 'grant-pianos', events: [{ type: 'GrantNoticeIssued' }] });
    await fund.command(TREASURER, `${grant}/advances`, {
      payoutId: 'advance-1',
      amount: '400.00',
      valueDate: `${YEAR}-06-03`,
    });
    expect((await fund.boardStatuses())['pianos']).toBe('paid-in-part');
    await fund.command(FUND_MANAGER, `${grant}/proofs-of-use`, {
      reportedCosts: '4400.00',
      reference: 'VN-17',
    });
    await fund.command(FUND_MANAGER, `${grant}/proof-rejection`, {
      reason: 'The invoices do not name the project.',
    });
    await fund.command(FUND_MANAGER, `${grant}/proofs-of-use`, {
      reportedCosts: '4400.00',
      reference: 'VN-17b',
    });
    await fund.command(FUND_MANAGER, `${grant}/proof-acceptance`, { provenEligibleCosts: '4400.00' });
    const payout = await fund.command(TREASURER, `${grant}/payouts`, {
      amount: '600.00',
      valueDate: `${YEAR}-06-03`,
    });
    expect(payout).toMatchObject({ id: payout.commandId, events: [{ type: 'PayoutMade' }] });
    expect((await fund.boardStatuses())['pianos']).toBe('paid');
    await fund.command(FUND_MANAGER, `${grant}/closing`);
    expect((await fund.boardStatuses())['pianos']).toBe('closed');

    const view = await fund.view();
    const closedGrant = view.grants.find((candidate) => candidate.grantId === 'grant-pianos');
    expect(closedGrant).toMatchObject({
      title: 'Pianos in public space',
      applicant: 'Klavierfreunde Dortmund e.V.',
      status: 'closed',
      paid: { amount: '1000.00', publicPart: '1000.00' },
    });
    expect(closedGrant?.paid.publicFunderParts).toEqual([
      { funderId: 'city', amount: '600.00' },
      { funderId: 'state', amount: '400.00' },
    ]);
    expect(view.publicPot).toMatchObject({ paid: '1000.00', committed: '0.00' });
  });

  it('revokes a grant that was paid in advance and settles the repayment with interest', async () => {
    await fund.grantedApplication('light-banner', 'grant-light-banner', '1300.00');
    expect((await fund.boardStatuses())['light-banner']).toBe('granted');
    const grant = fund.path('/grants/grant-light-banner');
    await fund.command(TREASURER, `${grant}/advances`, { amount: '1300.00', valueDate: `${YEAR}-06-03` });
    expect((await fund.boardStatuses())['light-banner']).toBe('paid');
    const revoked = await fund.command(FUND_MANAGER, `${grant}/revocation`, {
      reason: 'The banner was never put up.',
      repaymentPrincipal: '1300.00',
      voidFrom: `${YEAR}-04-03`,
      fixedInterestRatePercentPerYear: '5.12',
    });
    expect(revoked.events.map((event) => event.type)).toEqual(['GrantRevoked', 'RepaymentDemanded']);
    const demanded = (await fund.view()).grants.find(
      (candidate) => candidate.grantId === 'grant-light-banner',
    );
    expect(demanded?.repayment?.due.amount).toBe('1311.12');
    expect((await fund.boardStatuses())['light-banner']).toBe('repayment-due');

    await fund.command(TREASURER, `${grant}/repayments`, { amount: '311.12', valueDate: `${YEAR}-06-03` });
    expect((await fund.boardStatuses())['light-banner']).toBe('repayment-due');
    const repaid = await fund.command(TREASURER, `${grant}/repayments`, {
      amount: '1000.00',
      valueDate: `${YEAR}-06-03`,
    });
    expect(repaid.events.map((event) => event.type)).toEqual(['RepaymentReceived', 'RepaymentSettled']);
    const settled = await fund.view();
    expect(settled.publicPot.refunded).toBe('1311.12');
    expect(settled.applications.find((candidate) => candidate.applicationId === 'light-banner')?.status).toBe(
      'settled',
    );
    expect((await fund.boardStatuses())['light-banner']).toBe('settled');
  });

  it('keeps four eyes on payments once switched on: certified by one person, ordered by another, exported once', async () => {
    await fund.command(FUND_MANAGER, fund.path('/settings'), {
      settings: { ...PER_PROJECT_SETTINGS, fourEyesPayments: true },
    });
    await fund.grantedApplication('street-piano', 'grant-street-piano');
    const grant = fund.path('/grants/grant-street-piano');
    await fund.command(FUND_MANAGER, `${grant}/proofs-of-use`, {
      reportedCosts: '4200.00',
      reference: 'VN-31',
    });
    await fund.command(FUND_MANAGER, `${grant}/proof-acceptance`, { provenEligibleCosts: '4200.00' });
    const direct = await fund.post(TREASURER, `${grant}/payouts`, {
      amount: '1000.00',
      valueDate: `${YEAR}-06-03`,
    });
    expectProblem(direct, { status: 422, type: 'rule-violated', code: 'PAYMENT.FOUR_EYES_REQUIRED' });

    const wrongIban = await fund.post(FUND_MANAGER, `${grant}/payee`, {
      accountHolder: 'Klavierfreunde Dortmund e.V.',
      iban: 'DE89 3704 0044 0532 0130 01',
    });
    expectProblem(wrongIban, { status: 400, type: 'invalid-input', field: 'iban', detail: /check digits/ });
    await fund.command(FUND_MANAGER, `${grant}/payee`, {
      accountHolder: 'Klavierfreunde Dortmund e.V.',
      iban: 'DE89 3704 0044 0532 0130 00',
      bic: 'COBADEFFXXX',
    });
    const certified = await fund.command(FUND_MANAGER, `${grant}/certified-payments`, {
      paymentId: 'street-piano-1',
      kind: 'payout',
      amount: '1000.00',
      certifiedOn: `${YEAR}-06-03`,
    });
    expect(certified.events).toEqual([expect.objectContaining({ type: 'PaymentCertified' })]);

    const sameSubjectAsTreasurer = { role: 'treasurer' as const, subject: FUND_MANAGER.subject };
    const order = { orderedOn: `${YEAR}-06-03`, valueDate: `${YEAR}-06-03` };
    const ownOrder = await fund.post(
      sameSubjectAsTreasurer,
      fund.path('/payments/street-piano-1/order'),
      order,
    );
    expectProblem(ownOrder, {
      status: 422,
      type: 'rule-violated',
      code: 'PAYMENT.SAME_PERSON',
      detail: /another person must order it/,
    });
    const byManager = await fund.post(FUND_MANAGER, fund.path('/payments/street-piano-1/order'), order);
    expect(byManager.status).toBe(403);
    await fund.command(TREASURER, fund.path('/payments/street-piano-1/order'), order);

    const waiting = await fund.testApp
      .http()
      .get(fund.path('/payment-orders'))
      .set('Authorization', await bearer('treasurer', { subject: TREASURER.subject }));
    expect(waiting.status).toBe(200);
    expect(waiting.body.onTheirWay).toEqual([
      expect.objectContaining({
        paymentId: 'street-piano-1',
        certifiedBy: { subject: FUND_MANAGER.subject },
        order: expect.objectContaining({ orderedBy: { subject: TREASURER.subject } }),
      }),
    ]);
    const council = await fund.testApp
      .http()
      .get(fund.path('/payment-orders'))
      .set('Authorization', await bearer('council', { subject: 'council-member' }));
    expect(council.status).toBe(403);

    const debtor = { name: 'Stadtkasse Dortmund', iban: 'DE03 4405 0199 0000 1234 56' };
    const exported = await fund.command(TREASURER, fund.path('/payment-exports'), {
      exportId: 'PO-1',
      debtor,
    });
    expect(exported.events.map((event) => event.type)).toEqual(['PaymentOrdersExported', 'PayoutMade']);
    const again = await fund.post(TREASURER, fund.path('/payment-exports'), { exportId: 'PO-2', debtor });
    expectProblem(again, { status: 409, type: 'conflict', code: 'PAYMENT.NOTHING_TO_EXPORT' });

    const [payoutMade] = (await fund.eventsOfType('PayoutMade')).slice(-1);
    expect(payoutMade.data).toMatchObject({
      payoutId: 'street-piano-1',
      paymentOrder: {
        certifiedBy: { subject: FUND_MANAGER.subject },
        orderedBy: { subject: TREASURER.subject },
        exportId: 'PO-1',
      },
    });
    const files = fund.path('/payment-exports/PO-1/files');
    const xml = await fund.testApp
      .http()
      .get(`${files}/pain.001`)
      .set('Authorization', await bearer('treasurer', { subject: TREASURER.subject }));
    expect(xml.status).toBe(200);
    expect(xml.headers['content-disposition']).toBe('attachment; filename="PO-1.pain.001.xml"');
    expect(xml.text).toContain('<EndToEndId>street-piano-1</EndToEndId>');
    const csv = await fund.testApp
      .http()
      .get(`${files}/csv`)
      .set('Authorization', await bearer('auditor', { subject: AUDITOR.subject }));
    expect(csv.text).toContain('street-piano-1;grant-street-piano;street-piano;Auszahlung;1000,00');
    const juryDownload = await fund.testApp
      .http()
      .get(`${files}/csv`)
      .set('Authorization', await bearer('jury-member', { subject: jurorSubject('member-01') }));
    expect(juryDownload.status).toBe(403);
  });

  it('keeps four eyes on a repayment demand: certified by the revocation, owed once another person orders it', async () => {
    const grant = fund.path('/grants/grant-street-piano');
    const revoked = await fund.command(FUND_MANAGER, `${grant}/revocation`, {
      reason: 'The piano was sold.',
      repaymentPrincipal: '1000.00',
    });
    expect(revoked.events.map((event) => event.type)).toContain('RepaymentDemandCertified');
    expect(revoked.events.map((event) => event.type)).not.toContain('RepaymentDemanded');
    const early = await fund.post(TREASURER, `${grant}/repayments`, {
      amount: '1000.00',
      valueDate: `${YEAR}-06-03`,
    });
    expectProblem(early, { status: 409, type: 'conflict', code: 'REPAYMENT.DEMAND_AWAITS_ORDER' });

    const order = fund.path('/grants/grant-street-piano/repayment-demand/order');
    const sameSubjectAsTreasurer = { role: 'treasurer' as const, subject: FUND_MANAGER.subject };
    const own = await fund.post(sameSubjectAsTreasurer, order, { orderedOn: `${YEAR}-06-03` });
    expectProblem(own, { status: 422, type: 'rule-violated', code: 'REPAYMENT.SAME_PERSON' });
    const badDate = await fund.post(TREASURER, order, { orderedOn: '03.06.2024' });
    expectProblem(badDate, { status: 400, type: 'validation', field: 'orderedOn' });
    expect((await fund.post(FUND_MANAGER, order, { orderedOn: `${YEAR}-06-03` })).status).toBe(403);

    const ordered = await fund.command(TREASURER, order, { orderedOn: `${YEAR}-06-03` });
    expect(ordered.events.map((event) => event.type)).toEqual(['RepaymentDemanded']);
    const [demanded] = (await fund.eventsOfType('RepaymentDemanded')).slice(-1);
    expect(demanded.data).toMatchObject({
      amount: '1000.00',
      demandOrder: {
        certifiedBy: { subject: FUND_MANAGER.subject },
        orderedBy: { subject: TREASURER.subject },
        orderedOn: `${YEAR}-06-03`,
      },
    });
    const again = await fund.post(TREASURER, order, { orderedOn: `${YEAR}-06-03` });
    expectProblem(again, { status: 409, type: 'conflict', code: 'REPAYMENT.NO_DEMAND_CERTIFIED' });
    const repaid = await fund.command(TREASURER, `${grant}/repayments`, {
      amount: '1000.00',
      valueDate: `${YEAR}-06-03`,
    });
    expect(repaid.events.map((event) => event.type)).toEqual(['RepaymentReceived', 'RepaymentSettled']);
  });

  it('takes the minutes of a jury meeting once the fund minutes its meetings, by the same rules', async () => {
    await fund.command(FUND_MANAGER, fund.path('/settings'), {
      settings: { ...PER_PROJECT_SETTINGS, fourEyesPayments: true, juryVoting: 'minuted' },
    });
    for (const applicationId of ['bench-row', 'tree-lights']) {
      await fund.command(FUND_MANAGER, fund.path('/applications'), applicationBody({ applicationId }));
      await fund.command(FUND_MANAGER, fund.path(`/applications/${applicationId}/eligibility`));
      await fund.command(FUND_MANAGER, fund.path(`/applications/${applicationId}/agenda`), {
        meetingId: 'meeting-7',
        meetingDate: `${YEAR}-06-01`,
      });
    }
    const meetings = fund.path('/jury/meetings');
    const minutes = {
      meetingId: 'meeting-7',
      meetingDate: `${YEAR}-06-01`,
      presentMemberIds: ['member-01', 'member-02', 'member-03'],
      conflicts: [{ memberId: 'member-03', applicationId: 'bench-row', reason: 'I sell benches.' }],
      items: [
        {
          applicationId: 'bench-row',
          votes: [
            { memberId: 'member-01', vote: 'yes' },
            { memberId: 'member-02', vote: 'abstain' },
          ],
          approvedAmount: '1000.00',
        },
        {
          applicationId: 'tree-lights',
          showOfHands: { yes: 2, no: 1, abstain: 0 },
          approvedAmount: '900.00',
        },
      ],
    };

    const tooManyHands = await fund.post(FUND_MANAGER, meetings, {
      ...minutes,
      items: [minutes.items[0], { ...minutes.items[1], showOfHands: { yes: 3, no: 1, abstain: 0 } }],
    });
    expectProblem(tooManyHands, {
      status: 422,
      type: 'rule-violated',
      code: 'JURY.TALLY_CONTRADICTS_ATTENDANCE',
      field: 'items[1].showOfHands',
    });
    const recusedVote = await fund.post(FUND_MANAGER, meetings, {
      ...minutes,
      items: [{ ...minutes.items[0], votes: [{ memberId: 'member-03', vote: 'yes' }] }],
    });
    expectProblem(recusedVote, {
      status: 422,
      type: 'rule-violated',
      code: 'JURY.MEMBER_RECUSED',
      field: 'items[0].votes[0].memberId',
    });
    const stringTally = await fund.post(FUND_MANAGER, meetings, {
      ...minutes,
      items: [{ ...minutes.items[1], showOfHands: { yes: '2', no: 1, abstain: 0 } }],
    });
    expectProblem(stringTally, { status: 400, type: 'validation', field: 'items[0].showOfHands.yes' });
    const unknownField = await fund.post(FUND_MANAGER, meetings, { ...minutes, chair: 'member-01' });
    expect(unknownField.status).toBe(400);
    expect((await fund.post(juror('member-01'), meetings, minutes)).status).toBe(403);
    expect((await fund.view()).applications.find((a) => a.applicationId === 'bench-row')?.status).toBe(
      'on-agenda',
    );

    const recorded = await fund.command(FUND_MANAGER, meetings, minutes);
    expect(recorded.events.map((event) => event.type)).toEqual([
      'JuryMeetingMinuted',
      'JuryAttendanceRecorded',
      'ConflictOfInterestDeclared',
      'VoteCast',
      'VoteCast',
      'JuryVoteClosed',
      'ApplicationApproved',
      'JuryAttendanceRecorded',
      'JuryVoteClosed',
      'ApplicationApproved',
    ]);
    const [, byHands] = (await fund.eventsOfType('JuryVoteClosed')).slice(-2);
    expect(byHands.data).toMatchObject({
      votes: [],
      tally: { yes: 2, no: 1, abstain: 0 },
      showOfHands: true,
    });
    const ownVote = await fund.post(juror('member-01'), fund.path('/applications/bench-row/votes'), {
      vote: 'yes',
    });
    expectProblem(ownVote, { status: 422, type: 'rule-violated', code: 'JURY.VOTES_ARE_MINUTED' });

    await fund.command(FUND_MANAGER, fund.path('/settings'), {
      settings: { ...PER_PROJECT_SETTINGS, fourEyesPayments: true, unusedMoneyGraceMonths: 2 },
    });
  });

  it('demands interest on an advance not used within the fund’s grace under four eyes, refuses bad demands, and takes its repayment', async () => {
    clock.set(`${YEAR}-10-01T10:00:00Z`);
    const interest = fund.path('/grants/grant-pianos/unused-money-interest');
    const refusals: [object, Parameters<typeof expectProblem>[1]][] = [
      [
        { payoutId: 'advance-1', unusedAmount: '1e309' },
        { status: 400, type: 'validation', field: 'unusedAmount' },
      ],
      [
        { payoutId: 'advance-1', unusedAmount: 400 },
        { status: 400, type: 'validation', field: 'unusedAmount' },
      ],
      [
        { payoutId: 'advance-1', unusedAmount: '1.005' },
        { status: 400, type: 'validation', field: 'unusedAmount' },
      ],
      [
        { payoutId: 'advance-1', usedOn: '2024-02-30' },
        { status: 400, type: 'validation', field: 'usedOn' },
      ],
      [
        { payoutId: 'advance-1', bonus: '1.00' },
        { status: 400, type: 'validation', field: 'bonus' },
      ],
      [{}, { status: 400, type: 'validation', field: 'payoutId' }],
      [{ payoutId: 'advance-9' }, { status: 404, type: 'not-found', code: 'PAYOUT.NOT_FOUND' }],
      [
        { payoutId: 'advance-1', usedOn: `${YEAR}-07-01` },
        { status: 422, type: 'rule-violated', code: 'UNUSED_MONEY.NOTHING_OWED', field: 'usedOn' },
      ],
      [
        { payoutId: 'advance-1', unusedAmount: '400.01' },
        { status: 422, type: 'rule-violated', code: 'UNUSED_MONEY.EXCEEDS_PAYMENT', field: 'unusedAmount' },
      ],
    ];
    for (const [body, problem] of refusals) {
      expectProblem(await fund.post(FUND_MANAGER, interest, body), problem);
    }
    expectProblem(await fund.post(TREASURER, interest, { payoutId: 'advance-1' }), {
      status: 403,
      type: 'forbidden',
    });

    // The grace of 2 months ends on 3 August; 30 days to 2 September at 3.37 + 5 = 8.37 % on 400.00 EUR: 2.7517… → 2.75.
    const demanded = await fund.command(FUND_MANAGER, interest, {
      payoutId: 'advance-1',
      usedOn: `${YEAR}-09-02`,
    });
    expect(demanded.events.map((event) => event.type)).toEqual(['RepaymentDemandCertified']);
    expect((await fund.boardStatuses())['pianos']).toBe('closed');
    const order = fund.path('/grants/grant-pianos/repayment-demand/order');
    expectProblem(
      await fund.post({ role: 'treasurer', subject: FUND_MANAGER.subject }, order, {
        orderedOn: `${YEAR}-10-01`,
      }),
      { status: 422, type: 'rule-violated', code: 'REPAYMENT.SAME_PERSON' },
    );
    const ordered = await fund.command(TREASURER, order, { orderedOn: `${YEAR}-10-01` });
    expect(ordered.events.map((event) => event.type)).toEqual(['RepaymentDemanded']);
    const pianos = (await fund.view()).grants.find((candidate) => candidate.grantId === 'grant-pianos');
    expect(pianos?.repayment).toMatchObject({ principal: '0.00', due: { amount: '2.75' } });
    expect((await fund.boardStatuses())['pianos']).toBe('repayment-due');
    expectProblem(
      await fund.post(FUND_MANAGER, interest, { payoutId: 'advance-1', usedOn: `${YEAR}-09-02` }),
      {
        status: 409,
        type: 'conflict',
        code: 'UNUSED_MONEY.ALREADY_DEMANDED',
      },
    );

    const paid = await fund.command(TREASURER, fund.path('/grants/grant-pianos/repayments'), {
      amount: '2.75',
    });
    expect(paid.events.map((event) => event.type)).toEqual(['RepaymentReceived', 'RepaymentSettled']);
    expect((await fund.boardStatuses())['pianos']).toBe('closed');
  });

  it('ends applications as ineligible, deferred, withdrawn, rejected and expired', async () => {
    await fund.command(
      FUND_MANAGER,
      fund.path('/applications'),
      applicationBody({ applicationId: 'shop-sign' }),
    );
    await fund.command(FUND_MANAGER, fund.path('/applications/shop-sign/ineligibility'), {
      reason: 'It would raise the profits of a single company.',
    });
    await fund.applicationOnAgenda('festival');
    await fund.command(FUND_MANAGER, fund.path('/applications/festival/deferral'), {
      reason: 'A second quote is needed.',
    });
    await fund.command(
      FUND_MANAGER,
      fund.path('/applications'),
      applicationBody({ applicationId: 'pop-up-park' }),
    );
    await fund.command(FUND_MANAGER, fund.path('/applications/pop-up-park/withdrawal'), {
      reason: 'Funded elsewhere.',
    });
    await fund.applicationOnAgenda('window-art');
    for (const memberId of ['member-01', 'member-02']) {
      await fund.command(juror(memberId), fund.path('/applications/window-art/votes'), { vote: 'no' });
    }
    await fund.command(FUND_MANAGER, fund.path('/applications/window-art/vote-closing'), {
      approvedAmount: '1000.00',
    });
    await fund.grantedApplication('benches', 'grant-benches');
    await fund.command(FUND_MANAGER, fund.path('/grants/grant-benches/expiry'), {
      reason: 'Not carried out in time.',
    });

    const view = await fund.view();
    const statusOf = (id: string) =>
      view.applications.find((candidate) => candidate.applicationId === id)?.status;
    expect(['shop-sign', 'festival', 'pop-up-park', 'window-art'].map(statusOf)).toEqual([
      'ineligible',
      'deferred',
      'withdrawn',
      'rejected',
    ]);
    expect(view.grants.find((candidate) => candidate.grantId === 'grant-benches')?.status).toBe('expired');
    expect(await fund.boardStatuses()).toMatchObject({
      'shop-sign': 'ineligible',
      festival: 'deferred',
      'pop-up-park': 'withdrawn',
      'window-art': 'rejected',
      benches: 'expired',
      pianos: 'closed',
      'light-banner': 'settled',
    });
  });

  it('closes the fiscal year once it has ended, then the fund, after which nothing more happens', async () => {
    clock.set(`${YEAR + 1}-01-15T10:00:00Z`);
    const yearClosed = await fund.command(TREASURER, fund.path(`/fiscal-years/${YEAR}/closing`));
    expect(yearClosed.events.map((event) => event.type)).toEqual(['FiscalYearClosed']);
    await fund.command(FUND_MANAGER, fund.path('/closing'), { reason: 'The programme ended.' });
    expect((await fund.view()).status).toBe('closed');

    const late = await fund.post(TREASURER, fund.path(`/budgets/${YEAR + 1}`), { publicBudget: '1.00' });
    expectProblem(late, { status: 409, type: 'conflict', code: 'FUND.CLOSED' });
  });
});

describeEachStore('A pooled fund', (store) => {
  let testApp: TestApp;
  let fund: FundDriver;

  beforeAll(async () => {
    testApp = await startFundsApp(store);
    fund = new FundDriver(testApp, 'district-fund');
  });

  afterAll(() => testApp.close());

  it('takes private contributions and finances a grant half from each pot', async () => {
    await fund.command(FUND_MANAGER, '/funds', {
      fundId: 'district-fund',
      name: 'District fund',
      area: 'Nordstadt',
      settings: { ...PER_PROJECT_SETTINGS, matchingModel: 'pooled' },
    });
    await fund.command(TREASURER, fund.path(`/budgets/${YEAR}`), { publicBudget: '37500.00' });
    const privateMoney = await fund.command(TREASURER, fund.path('/contributions/private'), {
      contributionId: 'isg-2024',
      contributor: { name: 'ISG Nordstadt e.V.', kind: 'business-improvement-district' },
      amount: '5000.00',
      valueDate: `${YEAR}-03-01`,
      reference: 'ISG annual contribution',
    });
    expect(privateMoney).toMatchObject({ id: 'isg-2024', events: [{ type: 'PrivateContributionRecorded' }] });
    await fund.command(TREASURER, fund.path('/contributions/public'), {
      amount: '5000.00',
      valueDate: `${YEAR}-03-02`,
      reference: 'City share',
    });
    await fund.appointJury();
    await fund.grantedApplication('lantern-workshop', 'grant-lanterns', '2000.00');

    const grant = (await fund.view()).grants.find((candidate) => candidate.grantId === 'grant-lanterns');
    expect(grant?.granted).toMatchObject({
      amount: '2000.00',
      publicPart: '1000.00',
      privatePart: '1000.00',
    });
  });
});
