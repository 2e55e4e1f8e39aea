/**
 * Goal: the global validation pipe refuses unknown fields by name, never converts types implicitly,
 * names nested fields by their path, refuses prototype-polluting keys and non-object bodies, and
 * reports every problem as one problem+json validation error.
 */
import type { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ProblemException } from '../problems/problem.exception';
import { IsAmount } from './is-amount.decorator';
import { StrictValidationPipe } from './strict-validation.pipe';

class Part {
  @IsAmount()
  amount!: string;
}

class Contribution {
  @IsString()
  @MaxLength(20)
  contributor!: string;

  @IsAmount()
  amount!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Part)
  parts!: Part[];
}

const bodyMetadata: ArgumentMetadata = { type: 'body', metatype: Contribution };
const pipe = new StrictValidationPipe();

async function problemFor(body: unknown) {
  try {
    await pipe.transform(body, bodyMetadata);
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  throw new Error('expected the body to be refused');
}

describe('StrictValidationPipe', () => {
  it('turns a valid body into the DTO class', async () => {
    const result = await pipe.transform(
      { contributor: 'ISG City', amount: '500.00', parts: [{ amount: '500.00' }] },
      bodyMetadata,
    );
    expect(result).toBeInstanceOf(Contribution);
    expect((result as Contribution).parts[0]).toBeInstanceOf(Part);
  });

  it('refuses unknown fields and names them', async () => {
    const problem = await problemFor({ contributor: 'A', amount: '1.00', parts: [], isAdmin: true });
    expect(problem).toMatchObject({
      type: 'https://fund-ledger.example/problems/validation',
      status: 400,
      detail: 'isAdmin is not a field of this request',
      errors: [{ field: 'isAdmin', message: 'isAdmin is not a field of this request' }],
    });
  });

  it('does not convert a number into a string', async () => {
    const problem = await problemFor({ contributor: 42, amount: '1.00', parts: [] });
    expect(problem.errors).toContainEqual({ field: 'contributor', message: 'contributor must be a string' });
    expect(new Set(problem.errors?.map((error) => error.field))).toEqual(new Set(['contributor']));
  });

  it('names nested fields by their path and lists every problem', async () => {
    const problem = await problemFor({
      contributor: 'A',
      amount: 5,
      parts: [{ amount: '1.00' }, { amount: '1.001' }],
    });
    expect(problem.errors).toEqual([
      { field: 'amount', message: 'amount must be a string such as "1234.50", not a JSON number' },
      { field: 'parts[1].amount', message: 'amount must have at most two decimals (whole cents)' },
    ]);
    expect(problem.detail).toContain('2 problems with the fields amount, parts[1].amount');
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the key %s anywhere in the body',
    async (key) => {
      const body = JSON.parse(
        `{"contributor":"A","amount":"1.00","parts":[{"amount":"1.00","${key}":{"x":1}}]}`,
      );
      const problem = await problemFor(body);
      expect(problem.errors).toEqual([
        { field: `parts[0].${key}`, message: `parts[0].${key} is not an allowed field name` },
      ]);
    },
  );

  it.each([[[1, 2]], ['text'], [null]])('refuses a body that is not a JSON object: %j', async (body) => {
    const problem = await problemFor(body);
    expect(problem.errors).toEqual([{ field: 'body', message: 'The request body must be a JSON object' }]);
  });

  it('refuses a body nested deeper than the bound without walking it', async () => {
    let nested: Record<string, unknown> = { leaf: true };
    for (let depth = 0; depth < 40; depth += 1) nested = { inner: nested };
    const problem = await problemFor({ contributor: 'A', amount: '1.00', parts: [], deep: nested });
    expect(problem.errors?.[0]?.message).toContain('is nested deeper than 16 levels');
  });

  it('names every missing field of an absent body', async () => {
    const problem = await problemFor(undefined);
    expect(problem.errors?.map((error) => error.field)).toEqual([
      'contributor',
      'contributor',
      'amount',
      'parts',
    ]);
  });
});
