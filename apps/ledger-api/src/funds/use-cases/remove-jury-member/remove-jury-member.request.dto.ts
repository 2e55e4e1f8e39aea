import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText } from '../../request-fields/request-fields';

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
