import { BusinessDateField } from '../../request-fields/business-date.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateIf } from 'class-validator';
import { IsAmount, IsEntityId, IsIsoDate } from '../../../common/validation';
import { IsPercentRate } from '../../request-fields/request-fields';

/** The body of the request: demand interest on money not used in time. */
export class DemandUnusedMoneyInterestRequestDto {
  @ApiProperty({
    description: 'Id of the advance or payout of this grant whose money lay unused',
    example: 'advance-winter-lighting-1',
    maxLength: 64,
  })
  @IsEntityId()
  payoutId!: string;

  @ApiPropertyOptional({
    description: 'The part of the payment that lay unused, in EUR; left out: the whole payment',
    example: '1500.00',
  })
  @IsOptional()
  @IsAmount()
  unusedAmount?: string;

  @ApiPropertyOptional({
    description:
      'The day the money was used for its purpose (YYYY-MM-DD), to which interest runs; left out while it is still unused, and interest runs to the notice date. Not before the payment, not after the notice; it may lie in a closed fiscal year.',
    example: '2025-05-01',
    format: 'date',
  })
  @ValidateIf((_request: object, value: unknown) => value !== undefined)
  @IsIsoDate()
  usedOn?: string;

  @ApiPropertyOptional({
    description:
      'A fixed yearly rate in percent the notice names; without it the money bears interest at 5 percentage points above the base rate of each half-year (§ 49a VwVfG)',
    example: '6',
  })
  @IsOptional()
  @IsPercentRate()
  fixedInterestRatePercentPerYear?: string;

  @BusinessDateField('The date of the notice demanding the interest', '2025-06-02')
  noticeDate?: string;
}
