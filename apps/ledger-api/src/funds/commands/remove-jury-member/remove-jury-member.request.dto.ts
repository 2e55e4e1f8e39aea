import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText, TEXT_LENGTH_MAX } from '../../shared/request-fields';

/** The body of the request: record that a jury member leaves. */
export class RemoveJuryMemberRequestDto {
  @ApiProperty({
    description: 'Why the member leaves',
    example: 'Moved away from Dortmund.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
