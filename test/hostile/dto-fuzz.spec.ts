/**
 * Goal: the edge's validation (the global validation pipe with the request DTO classes) holds against
 * random input, checked with fast-check:
 *
 * - any JSON body, for every command's DTO, is either accepted or refused with a 400 problem, never with
 *   another error (which the service would answer with a 5xx);
 * - an amount is accepted exactly when an independent oracle says it is a canonical euro amount
 *   (digits, at most two decimals, more than zero, at most one billion): never an accepted invalid
 *   amount, never a refused valid one;
 * - a body with any field the DTO does not declare, including prototype names such as `__proto__`,
 *   `constructor` or `toString`, is refused.
 */
import type { ArgumentMetadata } from '@nestjs/common';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { ProblemException } from '../../apps/ledger-api/src/common/problems/problem.exception';
import { StrictValidationPipe } from '../../apps/ledger-api/src/common/validation/strict-validation.pipe';
import { AcceptProofOfUseRequestDto } from '../../apps/ledger-api/src/funds/use-cases/accept-proof-of-use/accept-proof-of-use.request.dto';
import { AppointJuryMemberRequestDto } from '../../apps/ledger-api/src/funds/use-cases/appoint-jury-member/appoint-jury-member.request.dto';
import { CastVoteRequestDto } from '../../apps/ledger-api/src/funds/use-cases/cast-vote/cast-vote.request.dto';
import { IssueGrantNoticeRequestDto } from '../../apps/ledger-api/src/funds/use-cases/issue-grant-notice/issue-grant-notice.request.dto';
import { MakePayoutRequestDto } from '../../apps/ledger-api/src/funds/use-cases/make-payout/make-payout.request.dto';
import { OpenFundRequestDto } from '../../apps/ledger-api/src/funds/use-cases/open-fund/open-fund.request.dto';
import { PayAdvanceRequestDto } from '../../apps/ledger-api/src/funds/use-cases/pay-advance/pay-advance.request.dto';
import { RecordPrivateContributionRequestDto } from '../../apps/ledger-api/src/funds/use-cases/record-private-contribution/record-private-contribution.request.dto';
import { RecordPublicContributionRequestDto } from '../../apps/ledger-api/src/funds/use-cases/record-public-contribution/record-public-contribution.request.dto';
import { SetFiscalYearBudgetRequestDto } from '../../apps/ledger-api/src/funds/use-cases/set-fiscal-year-budget/set-fiscal-year-budget.request.dto';
import { SubmitApplicationRequestDto } from '../../apps/ledger-api/src/funds/use-cases/submit-application/submit-application.request.dto';
import { applicationBody, PER_PROJECT_SETTINGS } from '../e2e/funds/fund-driver';

type DtoClass = ArgumentMetadata['metatype'];

interface DtoUnderTest {
  readonly name: string;
  readonly dto: DtoClass;
  /** A body the DTO accepts. */
  readonly valid: Record<string, unknown>;
  /** Fields holding an amount that must be more than zero. */
  readonly amountFields: readonly string[];
}

const VALUE_DATE = '2024-06-03';

const DTOS: readonly DtoUnderTest[] = [
  {
    name: 'make payout',
    dto: MakePayoutRequestDto,
    valid: { amount: '10.00', valueDate: VALUE_DATE },
    amountFields: ['amount'],
  },
  {
    name: 'pay advance',
    dto: PayAdvanceRequestDto,
    valid: { amount: '10.00', valueDate: VALUE_DATE },
    amountFields: ['amount'],
  },
  {
    name: 'record private contribution',
    dto: RecordPrivateContributionRequestDto,
    valid: {
      contributor: { name: 'ISG', kind: 'business' },
      amount: '10.00',
      valueDate: VALUE_DATE,
      reference: 'R',
    },
    amountFields: ['amount'],
  },
  {
    name: 'record public contribution',
    dto: RecordPublicContributionRequestDto,
    valid: { amount: '10.00', valueDate: VALUE_DATE, reference: 'R' },
    amountFields: ['amount'],
  },
  {
    name: 'issue grant notice',
    dto: IssueGrantNoticeRequestDto,
    valid: { applicationId: 'a-1', amount: '10.00' },
    amountFields: ['amount'],
  },
  {
    name: 'accept proof of use',
    dto: AcceptProofOfUseRequestDto,
    valid: { provenEligibleCosts: '10.00' },
    amountFields: ['provenEligibleCosts'],
  },
  {
    name: 'submit application',
    dto: SubmitApplicationRequestDto,
    valid: applicationBody({ applicationId: 'a-1' }),
    amountFields: ['eligibleCosts', 'requestedGrant'],
  },
  {
    name: 'set budget',
    dto: SetFiscalYearBudgetRequestDto,
    valid: { publicBudget: '90000.00' },
    amountFields: [],
  },
  { name: 'cast vote', dto: CastVoteRequestDto, valid: { vote: 'yes' }, amountFields: [] },
  {
    name: 'appoint jury member',
    dto: AppointJuryMemberRequestDto,
    valid: { memberId: 'member-01', name: 'M', group: 'politics', subject: 'm.person' },
    amountFields: [],
  },
  {
    name: 'open fund',
    dto: OpenFundRequestDto,
    valid: { fundId: 'f-1', name: 'City-Fonds', area: 'City', settings: PER_PROJECT_SETTINGS },
    amountFields: [],
  },
];

const pipe = new StrictValidationPipe();

type Outcome = { readonly accepted: true } | { readonly accepted: false; readonly status: number };

/** Runs the body through the pipe as Nest does for a handler's `@Body()`; any error but a problem escapes. */
async function validate(dto: DtoClass, body: unknown): Promise<Outcome> {
  try {
    await pipe.transform(body, { type: 'body', metatype: dto, data: undefined });
    return { accepted: true };
  } catch (error) {
    if (error instanceof ProblemException) return { accepted: false, status: error.getStatus() };
    throw error;
  }
}

/** The rule for amounts, written independently of the service's validators. */
function isValidAmount(value: unknown): boolean {
  if (typeof value !== 'string' || !/^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/.test(value) || value.length > 13)
    return false;
  const amount = new Decimal(value);
  return amount.greaterThan(0) && amount.lessThanOrEqualTo('1000000000');
}

/** Strings close to amounts (where mistakes hide) and anything else. */
const amountCandidates: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(fc.nat({ max: 2_000_000_000 }), fc.nat({ max: 999 }), fc.integer({ min: 0, max: 3 }))
    .map(([whole, fraction, decimals]) =>
      decimals === 0 ? `${whole}` : `${whole}.${String(fraction).padStart(decimals, '0').slice(0, decimals)}`,
    ),
  fc.stringMatching(/^[-+ 0-9.,eE]{0,14}$/),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map(String),
  fc.constantFrom(
    '0.00',
    '0',
    '1000000000.00',
    '1000000000.01',
    '0.01',
    '00.01',
    '1e3',
    'Infinity',
    '١٠',
    '１',
    '10.00\u0000',
  ),
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** JSON bodies of any shape, with keys that sometimes are the DTO's own field names. */
function anyBody(fieldNames: readonly string[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    fc.constantFrom(...fieldNames, '__proto__', 'constructor', 'toString'),
    fc.string({ maxLength: 8 }),
  );
  const value = fc.jsonValue({ maxDepth: 3 });
  return fc.oneof(
    value,
    fc
      .dictionary(key, fc.oneof(value, amountCandidates), { maxKeys: 8 })
      .map((body) => JSON.parse(JSON.stringify(body)) as unknown),
  );
}

/** Adds a field as an own property, the way JSON.parse does, even for names such as `__proto__`. */
function withExtraField(body: Record<string, unknown>, field: string): unknown {
  // A replacer function, because a replacement string would give `$'` and `$&` in the name a meaning.
  return JSON.parse(JSON.stringify(body).replace(/^\{/, () => `{${JSON.stringify(field)}:true,`)) as unknown;
}

describe('Validation of request bodies under random input', () => {
  describe.each(DTOS)('$name', ({ dto, valid, amountFields }) => {
    it('accepts its valid example', async () => {
      expect(await validate(dto, valid)).toEqual({ accepted: true });
    });

    it('answers any JSON body with acceptance or a 400 problem, never another error', async () => {
      await fc.assert(
        fc.asyncProperty(anyBody(Object.keys(valid)), async (body) => {
          const outcome = await validate(dto, body);
          expect(outcome.accepted || outcome.status === 400).toBe(true);
        }),
        { numRuns: 150 },
      );
    });

    it('refuses every field it does not declare, prototype names included', async () => {
      const unknownField = fc.oneof(
        fc.constantFrom(
          '__proto__',
          'constructor',
          'prototype',
          'toString',
          'valueOf',
          'hasOwnProperty',
          'isAdmin',
        ),
        fc.string({ minLength: 1, maxLength: 12 }),
      );
      await fc.assert(
        fc.asyncProperty(
          unknownField.filter((field) => !Object.keys(valid).includes(field) && !isOptionalField(dto, field)),
          async (field) => {
            expect(await validate(dto, withExtraField(valid, field))).toEqual({
              accepted: false,
              status: 400,
            });
          },
        ),
        { numRuns: 60 },
      );
    });

    if (amountFields.length > 0) {
      it('accepts an amount exactly when it is a canonical positive euro amount', async () => {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...amountFields), amountCandidates, async (field, amount) => {
            const outcome = await validate(dto, { ...valid, [field]: amount });
            expect({ amount, accepted: outcome.accepted }).toEqual({
              amount,
              accepted: isValidAmount(amount),
            });
          }),
          { numRuns: 300 },
        );
      });
    }
  });
});

/** Optional fields the valid example leaves out (ids the service can derive) are declared, not unknown. */
function isOptionalField(dto: DtoClass, field: string): boolean {
  const optional: Record<string, readonly string[]> = {
    MakePayoutRequestDto: ['payoutId'],
    PayAdvanceRequestDto: ['payoutId'],
    RecordPrivateContributionRequestDto: ['contributionId'],
    RecordPublicContributionRequestDto: ['contributionId'],
    IssueGrantNoticeRequestDto: ['grantId'],
    CastVoteRequestDto: ['memberId'],
    OpenFundRequestDto: ['fundId'],
    SubmitApplicationRequestDto: ['applicationId'],
  };
  return (optional[(dto as { name: string }).name] ?? []).includes(field);
}
