/**
 * Goal: every route needs a valid bearer token unless it is public; a missing, malformed, forged,
 * expired, unsigned or wrongly signed token is a 401 problem with a WWW-Authenticate challenge; a
 * valid token without an admitted role is a 403 problem; the actor reaches the handler with the role
 * it was admitted under and, for jury members, the member id.
 */
import { SignJWT } from 'jose';
import { badTokens, expectProblem, startTestApp, type TestApp, tokenFor } from '../support';
import { TEST_JWT_SECRET } from '../support/tokens';
import { ProbeModule } from './probe/probe.module';

describe('authentication and roles', () => {
  let service: TestApp;

  beforeAll(async () => {
    service = await startTestApp({ imports: [ProbeModule] });
  });
  afterAll(async () => service.close());

  const getAudit = (authorization?: string) => {
    const request = service.http().get('/probe/audit');
    return authorization === undefined ? request : request.set('Authorization', authorization);
  };

  it('admits a token with an admitted role and passes the actor to the handler', async () => {
    const response = await getAudit(
      `Bearer ${await tokenFor('council', { subject: 'councillor-ida' })}`,
    ).expect(200);
    expect(response.body).toEqual({ subject: 'councillor-ida', role: 'council' });
  });

  it("gives the actor the token's issuer, and takes nothing from a memberId claim", async () => {
    const token = await new SignJWT({ roles: ['jury-member'], memberId: 'member-4' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('juror-jo')
      .setIssuer('https://login.city.example')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const response = await service.http().get('/probe/anyone').auth(token, { type: 'bearer' }).expect(200);
    expect(response.body).toEqual({
      subject: 'juror-jo',
      issuer: 'https://login.city.example',
      role: 'jury-member',
    });
  });

  it('answers public routes without a token', async () => {
    await service.http().get('/probe/public').expect(200, { ok: true });
  });

  it('refuses a request without a token with 401 and a bearer challenge', async () => {
    const response = await getAudit();
    expectProblem(response, { status: 401, type: 'unauthenticated', detail: 'needs a bearer token' });
    expect(response.headers['www-authenticate']).toBe('Bearer realm="fund-ledger"');
  });

  it.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer two tokens', 'bearer'])(
    'refuses the malformed Authorization header %j with 401',
    async (header) => {
      const response = await getAudit(header);
      expectProblem(response, {
        status: 401,
        type: 'unauthenticated',
        detail: 'must have the form "Bearer <token>"',
      });
      expect(response.headers['www-authenticate']).toContain('error="invalid_request"');
    },
  );

  it.each([
    ['forged', badTokens.forged, 'The token signature is not valid'],
    ['expired', badTokens.expired, 'The token has expired'],
    ['unsigned (alg none)', badTokens.unsigned, /algorithm|well-formed/],
    ['signed with HS512', badTokens.wrongAlgorithm, 'algorithm this service does not accept'],
    ['without expiry', badTokens.withoutExpiry, '"exp" claim'],
  ] as const)('refuses a %s token with 401', async (_kind, mint, detail) => {
    const response = await getAudit(`Bearer ${await mint('auditor')}`);
    expectProblem(response, { status: 401, type: 'unauthenticated', detail });
    expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('admits a jury-member token without a member id: the person is the subject', async () => {
    const token = await tokenFor('jury-member', { subject: 'juror-jo' });
    const response = await service.http().get('/probe/anyone').auth(token, { type: 'bearer' }).expect(200);
    expect(response.body).toEqual({ subject: 'juror-jo', role: 'jury-member' });
  });

  it.each(['treasurer', 'fund-manager'] as const)(
    'refuses the %s role on an auditor route with 403',
    async (role) => {
      const response = await getAudit(`Bearer ${await tokenFor(role)}`);
      expectProblem(response, {
        status: 403,
        type: 'forbidden',
        detail: `This request needs one of the roles auditor, council; the token has the roles ${role}`,
      });
    },
  );

  it('checks the token before the body: a POST without a token is 401 even with a bad body', async () => {
    const response = await service
      .http()
      .post('/probe/counters/c1/additions')
      .set('Idempotency-Key', 'k1')
      .send({ amount: 'bad' });
    expectProblem(response, { status: 401, type: 'unauthenticated' });
  });

  it('checks the role before the Idempotency-Key', async () => {
    const response = await service
      .http()
      .post('/probe/counters/c1/additions')
      .auth(await tokenFor('auditor'), { type: 'bearer' })
      .send({ amount: '1.00', note: 'x' });
    expectProblem(response, { status: 403, type: 'forbidden' });
  });
});
