import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { BusinessDateField, CorrectsField } from '../../request-fields/business-date.dto';
import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText } from '../../request-fields/request-fields';

/** The body of the request: defer an application. */
export class DeferApplicationRequestDto {
  @ApiProperty({
    description: 'Why the jury defers the decision',
    example: 'The jury asks for a second quote.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;

  @BusinessDateField('The day of the meeting that deferred the application', '2024-03-12')
  meetingDate?: string;

  @CorrectsField()
  corrects?: string;
}
