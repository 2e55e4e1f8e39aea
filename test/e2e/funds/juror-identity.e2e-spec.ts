/**
 * Goal: a juror is the person appointed, fund by fund. The same member id sits in two funds for two
 * people: each person votes, declares, corrects and reads only in the fund that appointed them, a
 * token's `memberId` claim grants nothing, and a removed member loses every access at once. Refused
 * requests write nothing. On SQLite and PostgreSQL.
 */
import { SignJWT } from 'jose';
import { bearer, describeEachStore, expectProblem, type TestApp } from '../support';
import { TEST_JWT_SECRET } from '../support/tokens';
import { FUND_MANAGER, FundDriver, JURY_MEMBER_IDS, juror, startFundsApp, type Caller } from './fund-driver';

/** Carol sits as member-01 in fund B; in fund A, member-01 is another person (jury-member-01). */
const CAROL: Caller = { role: 'jury-member', subject: 'carol' };
const ALICE = juror('member-01');

describeEachStore('Jurors bound to the person appointed', (store) => {
  let testApp: TestApp;
  let fundA: FundDriver;
  let fundB: FundDriver;

  beforeAll(async () => {
    testApp = await startFundsApp(store);
    fundA = new FundDriver(testApp, 'fund-a');
    fundB = new FundDriver(testApp, 'fund-b');
    await fundA.openWithPublicMoney();
    await fundA.appointJury();
    await fundA.applicationOnAgenda('pianos');
    await fundB.openWithPublicMoney();
    await fundB.appointJury(JURY_MEMBER_IDS.filter((memberId) => memberId !== 'member-01'));
    await fundB.command(FUND_MANAGER, fundB.path('/jury/members'), {
      memberId: 'member-01',
      name: 'Carol Weber',
      group: 'politics',
      subject: 'carol',
    });
    await fundB.applicationOnAgenda('benches');
  }, 60_000);

  afterAll(() => testApp.close());

  const votes = (fund: FundDriver, applicationId: string) =>
    fund.path(`/applications/${applicationId}/votes`);

  it('lets each person vote in the fund that appointed them, as their own seat', async () => {
    expect((await fundB.post(CAROL, votes(fundB, 'benches'), { vote: 'yes' })).status).toBe(201);
    expect(
      (await fundA.post(ALICE, votes(fundA, 'pianos'), { memberId: 'member-01', vote: 'yes' })).status,
    ).toBe(201);
  });

  it("refuses a person in the other fund's jury, with or without naming the shared member id", async () => {
    const head = await fundA.headPosition();
    expectProblem(await fundA.post(CAROL, votes(fundA, 'pianos'), { vote: 'no' }), {
      status: 403,
      type: 'forbidden',
      code: 'JURY.NOT_APPOINTED',
    });
    expectProblem(await fundA.post(CAROL, votes(fundA, 'pianos'), { memberId: 'member-01', vote: 'no' }), {
      status: 403,
      type: 'forbidden',
      code: 'JURY.NOT_THIS_MEMBER',
      field: 'memberId',
    });
    expectProblem(
      await fundA.post(CAROL, fundA.path('/applications/pianos/conflicts'), { reason: 'Not my fund' }),
      { status: 403, type: 'forbidden', code: 'JURY.NOT_APPOINTED' },
    );
    expectProblem(
      await fundA.post(CAROL, fundA.path('/applications/pianos/vote-corrections'), {
        memberId: 'member-01',
        vote: 'no',
        reason: 'Changed my mind',
      }),
      { status: 403, type: 'forbidden', code: 'JURY.NOT_THIS_MEMBER' },
    );
    expectProblem(await fundB.post(ALICE, votes(fundB, 'benches'), { vote: 'no' }), {
      status: 403,
      type: 'forbidden',
      code: 'JURY.NOT_APPOINTED',
    });
    expect(await fundA.headPosition()).toBe(head);
  });

  it('takes nothing from a memberId claim in the token', async () => {
    const token = await new SignJWT({ roles: ['jury-member'], memberId: 'member-01' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('carol')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const response = await testApp
      .http()
      .post(votes(fundA, 'pianos'))
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'forged-member-claim')
      .send({ vote: 'yes' });
    expectProblem(response, { status: 403, type: 'forbidden', code: 'JURY.NOT_APPOINTED' });
  });

  it("reads only the fund and board of the person's own jury", async () => {
    const read = async (path: string) =>
      testApp
        .http()
        .get(path)
        .set('Authorization', await bearer('jury-member', { subject: 'carol' }));
    expect((await read('/funds/fund-b')).status).toBe(200);
    expect((await read('/funds/fund-b/board')).status).toBe(200);
    expectProblem(await read('/funds/fund-a'), {
      status: 403,
      type: 'forbidden',
      detail: /carol does not sit/,
    });
    expectProblem(await read('/funds/fund-a/board'), { status: 403, type: 'forbidden' });
  });

  it('takes every access from a removed member at once, to the past as it was while they sat too', async () => {
    const sittingUntil = await fundB.headPosition();
    await fundB.command(FUND_MANAGER, fundB.path('/jury/members/member-01/departure'), {
      reason: 'Resigned',
    });
    const head = await fundB.headPosition();
    expectProblem(
      await fundB.post(CAROL, fundB.path('/applications/benches/vote-corrections'), {
        vote: 'no',
        reason: 'x',
      }),
      { status: 422, type: 'rule-violated', code: 'JURY.NOT_A_MEMBER' },
    );
    const authorization = await bearer('jury-member', { subject: 'carol' });
    expectProblem(await testApp.http().get('/funds/fund-b').set('Authorization', authorization), {
      status: 403,
      type: 'forbidden',
    });
    expectProblem(await testApp.http().get('/funds/fund-b/board').set('Authorization', authorization), {
      status: 403,
      type: 'forbidden',
    });
    expectProblem(
      await testApp
        .http()
        .get(`/funds/fund-b/board?asOf=${sittingUntil}`)
        .set('Authorization', authorization),
      { status: 403, type: 'forbidden' },
    );
    expect(await fundB.headPosition()).toBe(head);
  });
});
