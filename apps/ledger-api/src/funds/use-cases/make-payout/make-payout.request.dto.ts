import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsAmount, IsEntityId } from '../../../common/validation';

/** The body of the request: make a payout. */
export class MakePayoutRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new payout; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'payout-pianos-1',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  payoutId?: string;

  @ApiProperty({ description: 'Amount paid in EUR', example: '1000.00' })
  @IsAmount()
  amount!: string;

  @BusinessDateField('The day the money leaves the fund', '2024-09-30')
  valueDate?: string;

  @CorrectsField()
  corrects?: string;
}
