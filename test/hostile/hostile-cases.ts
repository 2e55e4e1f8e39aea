/**
 * The table of hostile requests: malformed or malicious input an attacker or a broken client could send
 * to the fund endpoints, each with the 4xx problem it must get. The fund `hostile-fund` has a payable
 * grant `grant-1` and an application `on-agenda` on the jury's agenda; the fund `other-fund` has its own
 * grant and application, whose ids must not work through the first fund's paths.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Role } from '@fund-ledger/config';
import { badTokens, bearer, TEST_JWT_SECRET, tokenFor } from '../e2e/support';
import { applicationBody, jurorSubject, PER_PROJECT_SETTINGS, YEAR } from '../e2e/funds/fund-driver';
import type { ExpectedAnswer, RawRequest } from './support/raw-http';

export const HOSTILE_FUND = 'hostile-fund';
export const OTHER_FUND = 'other-fund';
/** Used once, successfully, before the table runs; the table sends it again with another body. */
export const REUSED_IDEMPOTENCY_KEY = 'hostile-reused-key-0001';

export interface Caller {
  readonly role: Role;
  readonly subject: string;
}

export const TREASURER: Caller = { role: 'treasurer', subject: 'city-treasury' };
export const FUND_MANAGER: Caller = { role: 'fund-manager', subject: 'citymanagement' };
const AUDITOR: Caller = { role: 'auditor', subject: 'audit-office' };
const COUNCIL: Caller = { role: 'council', subject: 'city-council' };
/** The person the fund driver appoints as member-01, in this fund and in the other one. */
const JUROR: Caller = { role: 'jury-member', subject: jurorSubject('member-01') };

export interface HostileRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /** A caller with a valid token (default: the treasurer), or `nobody` for no Authorization header. */
  readonly caller?: Caller | 'nobody';
  /** An Authorization header value to send instead of the caller's valid token. */
  readonly authorization?: () => Promise<string>;
  /** A JSON value to serialise, or the exact text or bytes to send. */
  readonly body?: unknown;
  readonly raw?: string | Buffer;
  /** Default `application/json` when there is a body; null sends none. */
  readonly contentType?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
  /** Headers sent a second time, after the others (Node would join them into one). */
  readonly repeatedHeaders?: readonly (readonly [string, string])[];
  /** Default: a fresh key on every POST; null sends none. */
  readonly idempotencyKey?: string | null;
}

export interface HostileCase {
  readonly name: string;
  readonly request: HostileRequest;
  readonly expected: ExpectedAnswer;
}

export async function toRawRequest(request: HostileRequest): Promise<RawRequest> {
  const method = request.method ?? 'POST';
  const body =
    request.raw !== undefined
      ? Buffer.from(request.raw)
      : request.body !== undefined
        ? Buffer.from(JSON.stringify(request.body))
        : undefined;
  const headers: Record<string, string> = { ...request.headers };
  const authorization = await authorizationOf(request);
  if (authorization !== undefined) headers['authorization'] = authorization;
  const contentType = request.contentType === undefined ? 'application/json' : request.contentType;
  if (body !== undefined && contentType !== null) headers['content-type'] = contentType;
  const key = request.idempotencyKey === undefined ? randomUUID() : request.idempotencyKey;
  if (method === 'POST' && key !== null) headers['idempotency-key'] = key;
  const contentTypeWithoutBody = body === undefined && contentType !== null && request.headers !== undefined;
  if (contentTypeWithoutBody) headers['content-type'] = contentType;
  return { method, path: request.path, headers, body, repeatedHeaders: request.repeatedHeaders ?? [] };
}

async function authorizationOf(request: HostileRequest): Promise<string | undefined> {
  if (request.authorization !== undefined) return request.authorization();
  if (request.caller === 'nobody') return undefined;
  const caller = request.caller ?? TREASURER;
  return bearer(caller.role, { subject: caller.subject });
}

const FUND = `/funds/${HOSTILE_FUND}`;
const PAYOUTS = `${FUND}/grants/grant-1/payouts`;
const PUBLIC_CONTRIBUTIONS = `${FUND}/contributions/public`;
const VOTES = `${FUND}/applications/on-agenda/votes`;
const VALUE_DATE = `${YEAR}-06-03`;

const payout = (overrides: Record<string, unknown>) => ({
  amount: '10.00',
  valueDate: VALUE_DATE,
  ...overrides,
});
const publicContribution = (overrides: Record<string, unknown>) => ({
  contributionId: `hostile-${randomUUID().slice(0, 8)}`,
  amount: '10.00',
  valueDate: `${YEAR}-02-01`,
  reference: 'Budget',
  ...overrides,
});
const invalidField = (field: string): ExpectedAnswer => ({ status: 400, type: 'validation', field });
/** A body that breaks JSON itself; answered before any field is looked at. */
const MALFORMED: ExpectedAnswer = { status: 400, type: 'malformed-json' };
/** Either answer is right for input that is structurally unacceptable: refused as JSON or as a field. */
const REFUSED_INPUT: ExpectedAnswer = {
  status: 400,
  type: ['validation', 'malformed-json', 'invalid-input'],
};
const UNAUTHENTICATED: ExpectedAnswer = { status: 401, type: 'unauthenticated' };
const FORBIDDEN: ExpectedAnswer = { status: 403, type: 'forbidden' };
const UNSUPPORTED: ExpectedAnswer = { status: 415, type: 'unsupported-media-type' };
const TOO_LARGE: ExpectedAnswer = { status: 413, type: 'payload-too-large' };

function withBytes(prefix: string, bytes: number[], suffix: string): Buffer {
  return Buffer.concat([Buffer.from(prefix), Buffer.from(bytes), Buffer.from(suffix)]);
}

const BAD_AMOUNT_STRINGS = [
  '-100.00',
  '0.00',
  '0',
  '-0.00',
  '100.005',
  '0.001',
  '1e309',
  '1e3',
  '+100.00',
  ' 100.00',
  '100.00 ',
  '1,000.00',
  '1.000,00',
  '.50',
  '100.',
  '0100.00',
  'NaN',
  'Infinity',
  '0x64',
  '',
  '１００.００',
  '١٠٠',
  '100.00\u0000',
  '1000000000.01',
  '99999999999999999999999.00',
];

const amountCases: HostileCase[] = [
  ...BAD_AMOUNT_STRINGS.map((amount) => ({
    name: `amount ${JSON.stringify(amount)}`,
    request: { path: PAYOUTS, body: payout({ amount }) },
    expected: invalidField('amount'),
  })),
  ...[100, 100.5, -1, 0, null, true, ['100.00'], { value: '100.00' }].map((amount) => ({
    name: `amount as JSON ${JSON.stringify(amount)}`,
    request: { path: PAYOUTS, body: payout({ amount }) },
    expected: invalidField('amount'),
  })),
  {
    name: 'amount as the JSON number 1e309 (Infinity once parsed)',
    request: { path: PAYOUTS, raw: `{"amount":1e309,"valueDate":"${VALUE_DATE}"}` },
    expected: REFUSED_INPUT,
  },
  {
    name: 'a huge JSON number in an unknown field',
    request: { path: PAYOUTS, raw: `{"amount":"10.00","valueDate":"${VALUE_DATE}","x":-1e400}` },
    expected: REFUSED_INPUT,
  },
];

const fieldCases: HostileCase[] = [
  ...['2024-02-30', '2024-13-01', '24-06-03', 'yesterday', 20240603, `${YEAR}-06-03T10:00:00Z`, '', null].map(
    (valueDate) => ({
      name: `valueDate ${JSON.stringify(valueDate)}`,
      request: { path: PAYOUTS, body: payout({ valueDate }) },
      expected: invalidField('valueDate'),
    }),
  ),
  ...[
    'x'.repeat(65),
    'pay out',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '-leading',
    '__proto__',
    42,
  ].map((payoutId) => ({
    name: `payoutId ${JSON.stringify(payoutId).slice(0, 40)}`,
    request: { path: PAYOUTS, body: payout({ payoutId }) },
    expected: invalidField('payoutId'),
  })),
  { name: 'a POST without a body', request: { path: PAYOUTS }, expected: invalidField('amount') },
  {
    name: 'an empty JSON body',
    request: { path: PAYOUTS, raw: '', contentType: 'application/json' },
    expected: invalidField('amount'),
  },
];

const pollutionCases: HostileCase[] = [
  {
    name: '__proto__ at the top level',
    request: {
      path: PAYOUTS,
      raw: `{"__proto__":{"isAdmin":true},"amount":"10.00","valueDate":"${VALUE_DATE}"}`,
    },
    expected: invalidField('__proto__'),
  },
  {
    name: 'constructor.prototype at the top level',
    request: {
      path: PAYOUTS,
      raw: `{"constructor":{"prototype":{"isAdmin":true}},"amount":"10.00","valueDate":"${VALUE_DATE}"}`,
    },
    expected: invalidField('constructor'),
  },
  {
    name: 'prototype at the top level',
    request: {
      path: PAYOUTS,
      raw: `{"prototype":{"polluted":1},"amount":"10.00","valueDate":"${VALUE_DATE}"}`,
    },
    expected: invalidField('prototype'),
  },
  {
    name: '__proto__ inside a nested object',
    request: {
      path: `${FUND}/applications`,
      raw: JSON.stringify(applicationBody({ applicationId: 'polluted' })).replace(
        '"applicant":{',
        '"applicant":{"__proto__":{"polluted":true},',
      ),
      caller: FUND_MANAGER,
    },
    expected: invalidField('applicant.__proto__'),
  },
  {
    name: 'constructor.prototype inside the fund settings',
    request: {
      path: '/funds',
      caller: FUND_MANAGER,
      raw: JSON.stringify({
        fundId: 'polluted-fund',
        name: 'X',
        area: 'Y',
        settings: PER_PROJECT_SETTINGS,
      }).replace('"settings":{', '"settings":{"constructor":{"prototype":{"polluted":true}},'),
    },
    expected: invalidField('settings.constructor'),
  },
  {
    name: '__proto__ inside a list element',
    request: {
      path: `${FUND}/applications/on-agenda/attendance`,
      caller: FUND_MANAGER,
      raw: '{"presentMemberIds":["member-01",{"__proto__":{"x":1}}]}',
    },
    expected: REFUSED_INPUT,
  },
  ...['isAdmin', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf'].map((key) => ({
    name: `the extra field ${key}`,
    request: { path: PAYOUTS, body: payout({ [key]: true }) },
    expected: invalidField(key),
  })),
];

const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

const structureCases: HostileCase[] = [
  { name: 'an empty array body', request: { path: PAYOUTS, raw: '[]' }, expected: invalidField('body') },
  {
    name: 'an array of amounts',
    request: { path: PAYOUTS, raw: '["10.00"]' },
    expected: invalidField('body'),
  },
  ...['"10.00"', '42', 'null', 'true'].map((raw) => ({
    name: `the JSON scalar ${raw} as body`,
    request: { path: PAYOUTS, raw },
    expected: MALFORMED,
  })),
  ...[
    ['an unterminated object', '{"amount":"10.00",'],
    ['a trailing comma', `{"amount":"10.00","valueDate":"${VALUE_DATE}",}`],
    ['trailing garbage', `{"amount":"10.00","valueDate":"${VALUE_DATE}"} x`],
    ['single quotes', "{'amount':'10.00'}"],
    ['a NaN literal', '{"amount":NaN}'],
    ['a comment', `// payout\n{"amount":"10.00","valueDate":"${VALUE_DATE}"}`],
    ['a raw NUL byte between fields', `{"amount":"10.00",\u0000"valueDate":"${VALUE_DATE}"}`],
    [
      'a raw NUL byte inside a string',
      `{"amount":"10.00","valueDate":"${VALUE_DATE}","payoutId":"a\u0000b"}`,
    ],
  ].map(([name, raw]) => ({ name, request: { path: PAYOUTS, raw }, expected: MALFORMED })),
  {
    name: 'an object nested 20 levels deep',
    request: { path: PAYOUTS, raw: `{"amount":"10.00","valueDate":"${VALUE_DATE}","x":${deepObject(20)}}` },
    expected: REFUSED_INPUT,
  },
  {
    name: 'a JSON bomb: 5,000 nested objects under the size limit',
    request: { path: PAYOUTS, raw: deepObject(5_000) },
    expected: REFUSED_INPUT,
  },
  {
    name: 'a JSON bomb: 20,000 nested arrays under the size limit',
    request: { path: PAYOUTS, raw: deepArray(20_000) },
    expected: REFUSED_INPUT,
  },
  {
    name: 'a JSON bomb: 100,000 nested arrays over the size limit',
    request: { path: PAYOUTS, raw: deepArray(100_000) },
    expected: TOO_LARGE,
  },
  {
    name: 'a 70 kB reference',
    request: { path: PUBLIC_CONTRIBUTIONS, body: publicContribution({ reference: 'x'.repeat(70_000) }) },
    expected: TOO_LARGE,
  },
  {
    name: 'a 2 MB body',
    request: { path: PAYOUTS, body: payout({ padding: 'x'.repeat(2_000_000) }) },
    expected: TOO_LARGE,
  },
  {
    name: '3,000 unknown fields',
    request: {
      path: PAYOUTS,
      body: Object.fromEntries(Array.from({ length: 3_000 }, (_, index) => [`k${index}`, 1])),
    },
    expected: invalidField('k0'),
  },
];

const INVALID_UTF8: [string, number[]][] = [
  ['bytes that are not UTF-8 (0xFF 0xFE)', [0xff, 0xfe]],
  ['an overlong encoding of "/" (0xC0 0xAF)', [0xc0, 0xaf]],
  ['an encoded lone surrogate (0xED 0xA0 0x80)', [0xed, 0xa0, 0x80]],
  ['a truncated multi-byte sequence (0xE2 0x82)', [0xe2, 0x82]],
];

const encodingCases: HostileCase[] = [
  ...[
    'text/plain',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
  ].map((contentType) => ({
    name: `the content type ${contentType}`,
    request: { path: PAYOUTS, raw: 'amount=10.00', contentType },
    expected: UNSUPPORTED,
  })),
  {
    name: 'a body without a content type',
    request: { path: PAYOUTS, raw: '{"amount":"10.00"}', contentType: null },
    expected: UNSUPPORTED,
  },
  {
    name: 'JSON declared as latin1',
    request: { path: PAYOUTS, body: payout({}), contentType: 'application/json; charset=latin1' },
    expected: UNSUPPORTED,
  },
  {
    name: 'UTF-8 bytes declared as UTF-16',
    request: { path: PAYOUTS, body: payout({}), contentType: 'application/json; charset=utf-16' },
    expected: UNSUPPORTED,
  },
  ...['gzip', 'deflate', 'br'].map((encoding) => ({
    name: `a ${encoding}-compressed body`,
    request: { path: PAYOUTS, body: payout({}), headers: { 'content-encoding': encoding } },
    expected: UNSUPPORTED,
  })),
  ...INVALID_UTF8.map(([name, bytes]) => ({
    name: `invalid UTF-8 in a text field: ${name}`,
    request: {
      path: PUBLIC_CONTRIBUTIONS,
      raw: withBytes(
        `{"contributionId":"utf8-${bytes.join('-')}","amount":"10.00","valueDate":"${YEAR}-02-01","reference":"`,
        bytes,
        '"}',
      ),
    },
    expected: REFUSED_INPUT,
  })),
  {
    name: 'an escaped NUL character in a text field',
    request: { path: PUBLIC_CONTRIBUTIONS, body: publicContribution({ reference: 'Budget\u0000 2024' }) },
    expected: invalidField('reference'),
  },
  {
    name: 'an escaped lone surrogate in a text field',
    request: {
      path: PUBLIC_CONTRIBUTIONS,
      raw: `{"contributionId":"lone-surrogate","amount":"10.00","valueDate":"${YEAR}-02-01","reference":"\\ud800"}`,
    },
    expected: invalidField('reference'),
  },
  {
    name: 'an escaped NUL character in an application title',
    request: {
      path: `${FUND}/applications`,
      caller: FUND_MANAGER,
      body: applicationBody({ applicationId: 'nul-title', title: 'Pianos\u0000' }),
    },
    expected: invalidField('title'),
  },
];

const unknownRoleToken = () =>
  new SignJWT({ roles: ['admin'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('mallory')
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
const notYetValidToken = () =>
  new SignJWT({ roles: ['treasurer'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('mallory')
    .setNotBefore('1h')
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
const tamperedToken = async () => {
  const [header, , signature] = (await tokenFor('auditor')).split('.');
  const claims = Buffer.from(
    JSON.stringify({ sub: 'mallory', roles: ['treasurer'], exp: Math.floor(Date.now() / 1000) + 600 }),
  ).toString('base64url');
  return `${header}.${claims}.${signature}`;
};

const authenticationCases: HostileCase[] = [
  {
    name: 'no Authorization header',
    request: { path: PAYOUTS, body: payout({}), caller: 'nobody' },
    expected: UNAUTHENTICATED,
  },
  ...(
    [
      ['Basic credentials', async () => 'Basic YWRtaW46YWRtaW4='],
      ['an empty bearer token', async () => 'Bearer '],
      ['a token that is not a JWT', async () => 'Bearer abc.def.ghi'],
      ['a token signed with another secret', async () => `Bearer ${await badTokens.forged()}`],
      ['an expired token', async () => `Bearer ${await badTokens.expired()}`],
      ['an unsigned token (alg none)', async () => `Bearer ${await badTokens.unsigned()}`],
      ['a token signed with HS512', async () => `Bearer ${await badTokens.wrongAlgorithm()}`],
      ['a token without expiry', async () => `Bearer ${await badTokens.withoutExpiry()}`],
      ['a token not valid yet', async () => `Bearer ${await notYetValidToken()}`],
      ['an auditor token with forged treasurer claims', async () => `Bearer ${await tamperedToken()}`],
      ['a valid token with trailing characters', async () => `Bearer ${await tokenFor('treasurer')}x`],
    ] as const
  ).map(([name, authorization]) => ({
    name,
    request: { path: PAYOUTS, body: payout({}), authorization },
    expected: UNAUTHENTICATED,
  })),
  {
    name: 'a token with an unknown role only',
    request: {
      path: PAYOUTS,
      body: payout({}),
      authorization: async () => `Bearer ${await unknownRoleToken()}`,
    },
    expected: FORBIDDEN,
  },
];

interface GuardedRoute {
  readonly path: string;
  readonly allowed: readonly Role[];
  readonly body: unknown;
}

/** Routes that change the ledger, with the roles they admit and a body that would be valid. */
const GUARDED_ROUTES: readonly GuardedRoute[] = [
  {
    path: '/funds',
    allowed: ['fund-manager'],
    body: { fundId: 'role-fund', name: 'X', area: 'Y', settings: PER_PROJECT_SETTINGS },
  },
  { path: `${FUND}/budgets/${YEAR + 1}`, allowed: ['treasurer'], body: { publicBudget: '1000.00' } },
  { path: PUBLIC_CONTRIBUTIONS, allowed: ['treasurer'], body: publicContribution({}) },
  {
    path: `${FUND}/jury/members`,
    allowed: ['fund-manager'],
    body: { memberId: 'member-99', name: 'M', group: 'politics' },
  },
  {
    path: `${FUND}/applications`,
    allowed: ['fund-manager'],
    body: applicationBody({ applicationId: 'role-app' }),
  },
  { path: VOTES, allowed: ['jury-member'], body: { vote: 'yes' } },
  {
    path: `${FUND}/applications/on-agenda/vote-closing`,
    allowed: ['fund-manager'],
    body: { approvedAmount: '100.00' },
  },
  {
    path: `${FUND}/grants`,
    allowed: ['fund-manager'],
    body: { grantId: 'role-grant', applicationId: 'on-agenda', amount: '100.00' },
  },
  { path: PAYOUTS, allowed: ['treasurer'], body: payout({}) },
  { path: `${FUND}/grants/grant-1/advances`, allowed: ['treasurer'], body: payout({}) },
  {
    path: `${FUND}/grants/grant-1/revocation`,
    allowed: ['fund-manager'],
    body: { reason: 'Misuse', interestRatePercent: '5' },
  },
  { path: `${FUND}/fiscal-years/${YEAR}/closing`, allowed: ['treasurer'], body: {} },
  { path: `${FUND}/closing`, allowed: ['fund-manager'], body: { reason: 'Programme ended' } },
];

const ROLE_CALLERS: readonly Caller[] = [FUND_MANAGER, TREASURER, AUDITOR, COUNCIL, JUROR];

const roleCases: HostileCase[] = GUARDED_ROUTES.flatMap((route) =>
  ROLE_CALLERS.filter((caller) => !route.allowed.includes(caller.role)).map((caller) => ({
    name: `${caller.role} on POST ${route.path.replace(FUND, '/funds/:fundId')}`,
    request: { path: route.path, caller, body: route.body },
    expected: FORBIDDEN,
  })),
);

const OTHER = `/funds/${OTHER_FUND}`;
const foreignIdCases: HostileCase[] = [
  {
    name: "a payout through this fund on another fund's grant",
    request: { path: `${FUND}/grants/grant-other/payouts`, body: payout({}) },
    expected: { status: 404, type: 'not-found', code: 'GRANT.NOT_FOUND' },
  },
  {
    name: "a vote through this fund on another fund's application",
    request: { path: `${FUND}/applications/other-on-agenda/votes`, caller: JUROR, body: { vote: 'yes' } },
    expected: { status: 404, type: 'not-found' },
  },
  {
    name: "a grant notice in this fund for another fund's application",
    request: {
      path: `${FUND}/grants`,
      caller: FUND_MANAGER,
      body: { grantId: 'stolen', applicationId: 'other-on-agenda', amount: '100.00' },
    },
    expected: { status: 404, type: 'not-found' },
  },
  {
    name: "a proof acceptance in this fund for another fund's grant",
    request: {
      path: `${FUND}/grants/grant-other/proof-acceptance`,
      caller: FUND_MANAGER,
      body: { provenEligibleCosts: '100.00' },
    },
    expected: { status: 404, type: 'not-found' },
  },
  {
    name: 'a payout on a fund that does not exist',
    request: { path: '/funds/no-such-fund/grants/grant-1/payouts', body: payout({}) },
    expected: { status: 404, type: 'not-found', code: 'FUND.NOT_OPEN' },
  },
  {
    name: 'a jury member voting as another member',
    request: { path: VOTES, caller: JUROR, body: { vote: 'yes', memberId: 'member-02' } },
    expected: { status: 403, type: 'forbidden', field: 'memberId' },
  },
  {
    name: 'a jury member who is not on the jury',
    request: {
      path: VOTES,
      caller: { role: 'jury-member', subject: 'jury-stranger' },
      body: { vote: 'yes' },
    },
    expected: { status: 403, type: 'forbidden', code: 'JURY.NOT_APPOINTED' },
  },
  ...[
    ['a fund id with path traversal', '/funds/..%2f..%2fetc%2fpasswd/grants/grant-1/payouts', 'fundId'],
    ['a fund id with an encoded NUL', '/funds/fund%00x/grants/grant-1/payouts', 'fundId'],
    ['a fund id of 65 characters', `/funds/${'f'.repeat(65)}/grants/grant-1/payouts`, 'fundId'],
    [
      'a fund id with non-ASCII letters',
      `/funds/${encodeURIComponent('fönd')}/grants/grant-1/payouts`,
      'fundId',
    ],
    ['a grant id with an encoded slash', `${FUND}/grants/grant-1%2F..%2Fgrant-2/payouts`, 'grantId'],
    ['a fiscal year that is not a number', `${FUND}/budgets/abc`, 'year'],
    ['a fiscal year of five digits', `${FUND}/budgets/99999`, 'year'],
  ].map(([name, path, field]) => ({
    name,
    request: { path, body: path.includes('budgets') ? { publicBudget: '1.00' } : payout({}) },
    expected: invalidField(field),
  })),
  {
    name: "reading another fund's data through a malformed path",
    request: { method: 'GET', path: `${OTHER}%2F..%2F${HOSTILE_FUND}`, caller: TREASURER },
    expected: invalidField('fundId'),
  },
];

const ruleCases: HostileCase[] = [
  {
    name: 'a payout above the grant',
    request: { path: PAYOUTS, body: payout({ amount: '1000.01' }) },
    expected: { status: 422, type: 'rule-violated', code: 'PAYOUT.EXCEEDS_GRANT' },
  },
  {
    name: 'opening a fund that is already open',
    request: {
      path: '/funds',
      caller: FUND_MANAGER,
      body: { fundId: HOSTILE_FUND, name: 'X', area: 'Y', settings: PER_PROJECT_SETTINGS },
    },
    expected: { status: 409, type: 'conflict', code: 'FUND.ALREADY_OPEN' },
  },
  {
    name: 'a public share above 1',
    request: {
      path: '/funds',
      caller: FUND_MANAGER,
      body: {
        fundId: 'share-fund',
        name: 'X',
        area: 'Y',
        settings: { ...PER_PROJECT_SETTINGS, publicShareMax: '1.5' },
      },
    },
    expected: invalidField('settings.publicShareMax'),
  },
  {
    name: '1,000 public funders',
    request: {
      path: '/funds',
      caller: FUND_MANAGER,
      body: {
        fundId: 'many-funders',
        name: 'X',
        area: 'Y',
        settings: {
          ...PER_PROJECT_SETTINGS,
          publicFunders: Array.from({ length: 1_000 }, (_, index) => ({
            funderId: `f${index}`,
            name: 'F',
            share: '0.001',
          })),
        },
      },
    },
    expected: invalidField('settings.publicFunders'),
  },
  {
    name: 'a title of 10,000 characters',
    request: {
      path: `${FUND}/applications`,
      caller: FUND_MANAGER,
      body: applicationBody({ applicationId: 'long-title', title: 'T'.repeat(10_000) }),
    },
    expected: invalidField('title'),
  },
  {
    name: 'an unknown applicant kind',
    request: {
      path: `${FUND}/applications`,
      caller: FUND_MANAGER,
      body: applicationBody({ applicationId: 'bad-kind', applicant: { name: 'A', kind: 'government' } }),
    },
    expected: invalidField('applicant.kind'),
  },
  {
    name: 'a negative budget',
    request: { path: `${FUND}/budgets/${YEAR + 1}`, body: { publicBudget: '-1.00' } },
    expected: invalidField('publicBudget'),
  },
  {
    name: 'attendance of a thousand members',
    request: {
      path: `${FUND}/applications/on-agenda/attendance`,
      caller: FUND_MANAGER,
      body: { presentMemberIds: Array.from({ length: 1_000 }, (_, index) => `member-${index}`) },
    },
    expected: invalidField('presentMemberIds'),
  },
  {
    name: 'a vote that is not yes, no or abstain',
    request: { path: VOTES, caller: JUROR, body: { vote: 'YES' } },
    expected: invalidField('vote'),
  },
];

/**
 * Ids named like members of Object.prototype: valid ids that no fund holds, on every route that looks
 * one up. Each is an unknown thing (404 naming it), never a 500 or a 409 about "undefined".
 */
const PROTOTYPE_NAMED_IDS = ['constructor', 'valueOf', 'toString', 'hasOwnProperty'];
const BY_APPLICATION: readonly {
  readonly suffix: string;
  readonly caller: Caller;
  readonly body: unknown;
}[] = [
  { suffix: 'votes', caller: JUROR, body: { vote: 'yes' } },
  {
    suffix: 'agenda',
    caller: FUND_MANAGER,
    body: { decisionId: 'proto-decision', meetingId: 'm-1', meetingDate: `${YEAR}-05-14` },
  },
  { suffix: 'attendance', caller: FUND_MANAGER, body: { presentMemberIds: ['member-01'] } },
  { suffix: 'vote-closing', caller: FUND_MANAGER, body: { approvedAmount: '100.00' } },
  { suffix: 'deferral', caller: FUND_MANAGER, body: { reason: 'More information needed' } },
  { suffix: 'vote-corrections', caller: JUROR, body: { vote: 'no', reason: 'Misheard' } },
  { suffix: 'eligibility', caller: FUND_MANAGER, body: {} },
  { suffix: 'withdrawal', caller: FUND_MANAGER, body: { reason: 'Project cancelled' } },
  { suffix: 'conflicts', caller: JUROR, body: { reason: 'I chair the applicant' } },
];
const BY_GRANT: readonly { readonly suffix: string; readonly body: unknown }[] = [
  { suffix: 'payouts', body: payout({}) },
  { suffix: 'closing', body: {} },
  { suffix: 'repayments', body: { amount: '10.00', valueDate: VALUE_DATE } },
];
const notFound = (code: string, id: string): ExpectedAnswer => ({
  status: 404,
  type: 'not-found',
  code,
  detail: new RegExp(`\\b${id}\\b`),
});

const prototypeIdCases: HostileCase[] = PROTOTYPE_NAMED_IDS.flatMap((id) => [
  ...BY_APPLICATION.map(({ suffix, caller, body }) => ({
    name: `application id ${id} on ${suffix}`,
    request: { path: `${FUND}/applications/${id}/${suffix}`, caller, body },
    expected: notFound('APPLICATION.NOT_FOUND', id),
  })),
  {
    name: `application id ${id} in a grant notice`,
    request: {
      path: `${FUND}/grants`,
      caller: FUND_MANAGER,
      body: { grantId: `proto-grant-${id}`, applicationId: id, amount: '100.00' },
    },
    expected: notFound('APPLICATION.NOT_FOUND', id),
  },
  ...BY_GRANT.map(({ suffix, body }) => ({
    name: `grant id ${id} on ${suffix}`,
    request: {
      path: `${FUND}/grants/${id}/${suffix}`,
      caller: suffix === 'closing' ? FUND_MANAGER : TREASURER,
      body,
    },
    expected: notFound('GRANT.NOT_FOUND', id),
  })),
  {
    name: `member id ${id} in the attendance`,
    request: {
      path: `${FUND}/applications/on-agenda/attendance`,
      caller: FUND_MANAGER,
      body: { presentMemberIds: ['member-01', id] },
    },
    expected: notFound('JURY.MEMBER_NOT_FOUND', id),
  },
]);

/**
 * Texts that attack a terminal or a reader: control characters (an ESC sequence that erases a line
 * and forges another, BEL, C1), bidirectional overrides and isolates, and texts that show nothing.
 * Single-line fields take none of them, multi-line fields allow line feeds and tabs only.
 */
const ATTACKING_TEXTS: readonly [string, string][] = [
  ['an ESC sequence forging a line', 'Harmless\u001b[2K\r\u001b[1AFAKE LINE'],
  ['a BEL character', 'Ring\u0007'],
  ['a C1 control (CSI)', 'Left\u009b2J'],
  ['a right-to-left override', 'invoice\u202efdp.exe'],
  ['a left-to-right isolate', '\u2066Name\u2069'],
  ['only zero-width characters', '\u200b\u200c\u200d\u2060'],
  ['only blanks of other scripts', '\u3000\u00a0\u3164'],
];
const FORGED_NAME = 'Harmless\u001b[2K\r\u001b[1AFAKE LINE';

const textCases: HostileCase[] = [
  ...ATTACKING_TEXTS.map(([name, text]) => ({
    name: `a fund name with ${name}`,
    request: {
      path: '/funds',
      caller: FUND_MANAGER,
      body: { fundId: 'text-fund', name: text, area: 'Centre', settings: PER_PROJECT_SETTINGS },
    },
    expected: invalidField('name'),
  })),
  ...ATTACKING_TEXTS.map(([name, text]) => ({
    name: `an application title with ${name}`,
    request: {
      path: `${FUND}/applications`,
      caller: FUND_MANAGER,
      body: applicationBody({ applicationId: 'text-title', title: text }),
    },
    expected: invalidField('title'),
  })),
  ...ATTACKING_TEXTS.map(([name, text]) => ({
    name: `a withdrawal reason with ${name}`,
    request: {
      path: `${FUND}/applications/on-agenda/withdrawal`,
      caller: FUND_MANAGER,
      body: { reason: text },
    },
    expected: invalidField('reason'),
  })),
  {
    name: 'a jury member name with a forged terminal line',
    request: {
      path: `${FUND}/jury/members`,
      caller: FUND_MANAGER,
      body: { memberId: 'member-77', name: FORGED_NAME, group: 'politics', subject: 'someone' },
    },
    expected: invalidField('name'),
  },
  {
    name: 'a subject with a line feed',
    request: {
      path: `${FUND}/jury/members`,
      caller: FUND_MANAGER,
      body: { memberId: 'member-77', name: 'M', group: 'politics', subject: 'someone\nelse' },
    },
    expected: invalidField('subject'),
  },
  {
    name: 'an applicant name with a line feed',
    request: {
      path: `${FUND}/applications`,
      caller: FUND_MANAGER,
      body: applicationBody({ applicationId: 'text-applicant', applicant: { name: 'A\nB', kind: 'club' } }),
    },
    expected: invalidField('applicant.name'),
  },
  {
    name: 'a contribution reference with a carriage return',
    request: { path: PUBLIC_CONTRIBUTIONS, body: publicContribution({ reference: 'Budget\r2024' }) },
    expected: invalidField('reference'),
  },
];

/** Duplicate member names: parsers disagree on which value wins, so the body is refused before any is read. */
const duplicateMemberCases: HostileCase[] = [
  {
    name: 'the member amount twice',
    request: { path: PAYOUTS, raw: `{"amount":"1.00","amount":"999.00","valueDate":"${VALUE_DATE}"}` },
    expected: { status: 400, type: 'malformed-json', field: 'amount', detail: /"amount" appears twice/ },
  },
  {
    name: 'the member name twice inside the applicant',
    request: {
      path: `${FUND}/applications`,
      caller: FUND_MANAGER,
      raw: JSON.stringify(applicationBody({ applicationId: 'dup-applicant' })).replace(
        '"applicant":{',
        '"applicant":{"name":"Mallory",',
      ),
    },
    expected: { status: 400, type: 'malformed-json', field: 'applicant.name' },
  },
  {
    name: 'a member twice, once written with an escape',
    request: { path: PAYOUTS, raw: `{"amount":"1.00","\\u0061mount":"999.00","valueDate":"${VALUE_DATE}"}` },
    expected: { status: 400, type: 'malformed-json', field: 'amount' },
  },
];

const headerCases: HostileCase[] = [
  ...['utf-16le', 'utf-16', 'iso-8859-1', 'us-ascii'].map((charset) => ({
    name: `an ASCII body declared as ${charset}`,
    request: { path: PAYOUTS, body: payout({}), contentType: `application/json; charset=${charset}` },
    expected: UNSUPPORTED,
  })),
  {
    name: 'two Idempotency-Key headers',
    request: { path: PAYOUTS, body: payout({}), repeatedHeaders: [['idempotency-key', 'second-key']] },
    expected: { status: 400, type: 'idempotency-key', detail: /more than once/ },
  },
  {
    name: 'a declared body of 1 GiB that never comes',
    request: { path: PAYOUTS, headers: { 'content-length': '1073741824' }, contentType: 'application/json' },
    expected: TOO_LARGE,
  },
];

const idempotencyCases: HostileCase[] = [
  ...(
    [
      ['no Idempotency-Key', null],
      ['an empty Idempotency-Key', ''],
      ['an Idempotency-Key of 200 characters', 'k'.repeat(200)],
      ['an Idempotency-Key with non-ASCII characters', 'schlüssel'],
    ] as const
  ).map(([name, idempotencyKey]) => ({
    name,
    request: { path: PAYOUTS, body: payout({}), idempotencyKey },
    expected: { status: 400, type: 'idempotency-key' } as ExpectedAnswer,
  })),
  {
    name: 'an Idempotency-Key reused with a different body',
    request: {
      path: PUBLIC_CONTRIBUTIONS,
      body: publicContribution({ amount: '999.00' }),
      idempotencyKey: REUSED_IDEMPOTENCY_KEY,
    },
    expected: { status: 422, type: 'idempotency-key-reused' },
  },
];

const routeCases: HostileCase[] = [
  ...(
    [
      ['PUT', '/funds'],
      ['DELETE', FUND],
      ['PATCH', FUND],
      ['GET', PAYOUTS],
      ['POST', `${FUND}/admin`],
      ['POST', '/admin/reset'],
    ] as const
  ).map(([method, path]) => ({
    name: `${method} ${path}`,
    request: { method, path, body: method === 'GET' ? undefined : payout({}) },
    expected: { status: 404, type: 'not-found' } as ExpectedAnswer,
  })),
];

export const HOSTILE_CASES: readonly HostileCase[] = [
  ...amountCases,
  ...fieldCases,
  ...pollutionCases,
  ...structureCases,
  ...encodingCases,
  ...authenticationCases,
  ...roleCases,
  ...foreignIdCases,
  ...ruleCases,
  ...idempotencyCases,
  ...routeCases,
  ...prototypeIdCases,
  ...textCases,
  ...duplicateMemberCases,
  ...headerCases,
];
