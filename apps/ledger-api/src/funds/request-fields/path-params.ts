import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy } from 'class-validator';
import { IsEntityId } from '../../common/validation';

/**
 * The ids in the paths of fund routes, validated like body fields: a malformed id is refused with
 * a problem naming it, before any stream is read.
 */
export class FundPath {
  @ApiProperty({ description: 'Id of the fund', example: 'dortmund-city-fonds' })
  @IsEntityId()
  fundId!: string;
}

export class ApplicationPath extends FundPath {
  @ApiProperty({ description: 'Id of the application', example: 'pianos-in-public-space' })
  @IsEntityId()
  applicationId!: string;
}

export class GrantPath extends FundPath {
  @ApiProperty({ description: 'Id of the grant', example: 'grant-pianos-2024' })
  @IsEntityId()
  grantId!: string;
}

export class PaymentPath extends FundPath {
  @ApiProperty({ description: 'Id of the payment', example: 'pianos-payout-1' })
  @IsEntityId()
  paymentId!: string;
}

export class JuryMemberPath extends FundPath {
  @ApiProperty({ description: 'Id of the jury member', example: 'member-01' })
  @IsEntityId()
  memberId!: string;
}

const FISCAL_YEAR_PATTERN = /^\d{4}$/;

function IsFiscalYearText(): PropertyDecorator {
  return ValidateBy({
    name: 'isFiscalYearText',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        FISCAL_YEAR_PATTERN.test(value) &&
        Number(value) >= FISCAL_YEAR_MIN &&
        Number(value) <= FISCAL_YEAR_MAX,
      defaultMessage: () =>
        `year must be a fiscal year from ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX}, such as 2024`,
    },
  });
}

export class FiscalYearPath extends FundPath {
  @ApiProperty({
    description: `Fiscal year (a calendar year from ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX})`,
    example: '2024',
    pattern: FISCAL_YEAR_PATTERN.source,
  })
  @IsFiscalYearText()
  year!: string;
}

/** The fiscal year of a validated path as a number. */
export function fiscalYearOf(path: FiscalYearPath): number {
  return Number(path.year);
}
