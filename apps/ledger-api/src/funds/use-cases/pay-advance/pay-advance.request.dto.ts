import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsAmount, IsEntityId } from '../../../common/validation';

/** The body of the request: pay an advance. */
export class PayAdvanceRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new advance; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'advance-winter-lighting-1',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  payoutId?: string;

  @ApiProperty({ description: 'Amount paid in EUR', example: '2000.00' })
  @IsAmount()
  amount!: string;

  @BusinessDateField('The day the money leaves the fund', '2024-04-02')
  valueDate?: string;

  @CorrectsField()
  corrects?: string;
}
