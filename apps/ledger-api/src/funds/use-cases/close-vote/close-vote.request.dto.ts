import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty } from '@nestjs/swagger';
import { IsAmount } from '../../../common/validation';

/** The body of the request: close the vote on an application. */
export class CloseVoteRequestDto {
  @ApiProperty({
    description: 'The grant the motion approves if it carries, in EUR; at most the requested grant',
    example: '1000.00',
  })
  @IsAmount()
  approvedAmount!: string;

  @BusinessDateField('The day of the meeting that took the decision', '2024-03-12')
  meetingDate?: string;

  @CorrectsField()
  corrects?: string;
}
