import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty } from '@nestjs/swagger';
import { IsAmount } from '../../../common/validation';
import { IsSingleLineText } from '../../request-fields/request-fields';

/** The body of the request: record a proof of use. */
export class SubmitProofOfUseRequestDto {
  @ApiProperty({ description: 'Costs the recipient reports as spent, in EUR', example: '4150.00' })
  @IsAmount()
  reportedCosts!: string;

  @ApiProperty({
    description: 'Reference of the proof document',
    example: 'VN-2024-017',
    maxLength: TEXT_LENGTH_MAX.reference,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.reference)
  reference!: string;

  @BusinessDateField('The day the proof of use was received', '2024-09-15')
  receivedDate?: string;

  @CorrectsField()
  corrects?: string;
}
