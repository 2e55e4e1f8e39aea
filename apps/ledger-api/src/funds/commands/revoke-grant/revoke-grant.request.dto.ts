import { BusinessDateField, CorrectsField } from '../../shared/business-date.dto';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsAmountOrZero, IsMultiLineText, IsPercentRate, TEXT_LENGTH_MAX } from '../../shared/request-fields';

/** Interest is counted for at most a hundred years: a bound, not a business rule. */
const INTEREST_DAYS_MAX = 36500;

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

  @ApiProperty({ description: 'Yearly interest rate in percent', example: '5.12' })
  @IsPercentRate()
  interestRatePercentPerYear!: string;

  @ApiProperty({
    description: 'Days of interest, from payment to the due date (actual/365)',
    example: 92,
    minimum: 0,
    maximum: INTEREST_DAYS_MAX,
  })
  @IsInt({ message: 'interestDays must be a whole number' })
  @Min(0)
  @Max(INTEREST_DAYS_MAX)
  interestDays!: number;

  @BusinessDateField("The date of the revocation notice, which is also the repayment demand's", '2024-11-04')
  noticeDate?: string;

  @CorrectsField()
  corrects?: string;
}
