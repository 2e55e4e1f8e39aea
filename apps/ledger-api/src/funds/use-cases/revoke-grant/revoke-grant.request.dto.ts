import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../../common/validation';
import { IsAmountOrZero, IsMultiLineText, IsPercentRate } from '../../request-fields/request-fields';

/** The body of the request: revoke a grant. */
export class RevokeGrantRequestDto {
  @ApiProperty({
    description: 'Why the grant is revoked',
    example: 'The light banner was never put up.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;

  @ApiProperty({
    description: 'Part of the money paid out that must be repaid, in EUR; at most what was paid',
    example: '1300.00',
  })
  @IsAmountOrZero()
  repaymentPrincipal!: string;

  @ApiPropertyOptional({
    description:
      'A fixed yearly rate in percent the notice names; without it the amount bears interest at 5 percentage points above the base rate of each half-year (§ 49a VwVfG)',
    example: '6',
  })
  @IsOptional()
  @IsPercentRate()
  fixedInterestRatePercentPerYear?: string;

  @ApiPropertyOptional({
    description:
      'The day the grant became void (YYYY-MM-DD), from which the amount bears interest; left out: the notice date. Never after the notice; it may lie in a closed fiscal year.',
    example: '2024-09-01',
    format: 'date',
  })
  @ValidateIf((_request: object, value: unknown) => value !== undefined)
  @IsIsoDate()
  voidFrom?: string;

  @BusinessDateField("The date of the revocation notice, which is also the repayment demand's", '2024-11-04')
  noticeDate?: string;

  @CorrectsField()
  corrects?: string;
}
