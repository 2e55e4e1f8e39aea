import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsAmount, IsEntityId } from '../../../common/validation';

/** The body of the request: issue a grant notice. */
export class IssueGrantNoticeRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new grant; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'grant-pianos-2024',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  grantId?: string;

  @ApiProperty({ description: 'The approved application', example: 'pianos-in-public-space', maxLength: 64 })
  @IsEntityId()
  applicationId!: string;

  @ApiProperty({
    description: 'Money the fund commits, in EUR; at most the approved amount',
    example: '1000.00',
  })
  @IsAmount()
  amount!: string;

  @BusinessDateField("The date of the grant notice; its year is the commitment's fiscal year", '2024-03-20')
  noticeDate?: string;

  @CorrectsField()
  corrects?: string;
}
