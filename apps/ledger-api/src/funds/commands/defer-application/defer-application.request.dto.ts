import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText, TEXT_LENGTH_MAX } from '../../shared/request-fields';

/** The body of the request: defer an application. */
export class DeferApplicationRequestDto {
  @ApiProperty({
    description: 'Why the jury defers the decision',
    example: 'The jury asks for a second quote.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
