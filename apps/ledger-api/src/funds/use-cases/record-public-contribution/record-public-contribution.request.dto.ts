import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsAmount, IsEntityId } from '../../../common/validation';
import { IsSingleLineText } from '../../request-fields/request-fields';

/** The body of the request: record a public contribution. */
export class RecordPublicContributionRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new contribution; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'city-budget-2024-1',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  contributionId?: string;

  @ApiProperty({ description: 'Amount received in EUR', example: '45000.00' })
  @IsAmount()
  amount!: string;

  @ApiProperty({
    description: 'Bank or booking reference',
    example: 'HH 2024 Produkt 15.01',
    maxLength: TEXT_LENGTH_MAX.reference,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.reference)
  reference!: string;

  @BusinessDateField("The bank's value date of the money", '2024-01-15')
  valueDate?: string;

  @CorrectsField()
  corrects?: string;
}
