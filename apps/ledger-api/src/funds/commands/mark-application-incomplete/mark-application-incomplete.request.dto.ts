import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText, TEXT_LENGTH_MAX } from '../../shared/request-fields';

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
