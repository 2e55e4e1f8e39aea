import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsEntityId } from '../../../common/validation';
import { IsMultiLineText } from '../../request-fields/request-fields';

/** The body of the request: declare a conflict of interest. */
export class DeclareConflictOfInterestRequestDto {
  @ApiPropertyOptional({
    description:
      "The member who declares the conflict; left out, the seat the token's person was appointed to in this fund. Named, it must be that seat (403 otherwise)",
    example: 'member-03',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  memberId?: string;

  @ApiProperty({
    description: 'Why the member is not impartial',
    example: 'I chair the association that applies.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
