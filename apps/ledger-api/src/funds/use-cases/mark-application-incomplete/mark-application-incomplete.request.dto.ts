import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText } from '../../request-fields/request-fields';

/** The body of the request: mark an application incomplete. */
export class MarkApplicationIncompleteRequestDto {
  @ApiProperty({
    description: 'What is missing, in words the applicant understands',
    example: 'The cost plan lacks the quote for the pianos.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
