import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsAmount, IsEntityId } from '../../../common/validation';

/** The body of the request: record a repayment. */
export class RecordRepaymentRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new repayment; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'repayment-light-banner-1',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  repaymentId?: string;

  @ApiProperty({ description: 'Amount repaid in EUR', example: '1316.78' })
  @IsAmount()
  amount!: string;

  @BusinessDateField("The bank's value date of the repayment", '2024-12-02')
  valueDate?: string;

  @CorrectsField()
  corrects?: string;
}
