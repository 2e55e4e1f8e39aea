import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsAmount, IsEntityId } from '../../../common/validation';
import { IsSingleLineText } from '../../request-fields/request-fields';
import { ContributorDto } from './contributor.dto';

/** The body of the request: record a private contribution. */
export class RecordPrivateContributionRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new contribution; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'isg-westenhellweg-2024-q1',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  contributionId?: string;

  @ApiProperty({ description: 'Who paid', type: ContributorDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ContributorDto)
  contributor!: ContributorDto;

  @ApiProperty({ description: 'Amount received in EUR', example: '5000.00' })
  @IsAmount()
  amount!: string;

  @ApiProperty({
    description: 'Bank or booking reference',
    example: 'Kontoauszug 2024/031',
    maxLength: TEXT_LENGTH_MAX.reference,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.reference)
  reference!: string;

  @BusinessDateField("The bank's value date of the money", '2024-02-01')
  valueDate?: string;

  @CorrectsField()
  corrects?: string;
}
