import { VOTE_CHOICES } from '@fund-ledger/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsEntityId } from '../../../common/validation';
import { choiceMessage } from '../../request-fields/request-fields';

/** The body of the request: cast a vote. */
export class CastVoteRequestDto {
  @ApiPropertyOptional({
    description:
      "The member who votes; left out, the seat the token's person was appointed to in this fund. Named, it must be that seat (403 otherwise)",
    example: 'member-03',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  memberId?: string;

  @ApiProperty({
    description: 'The vote; abstentions count for the quorum only',
    enum: VOTE_CHOICES,
    example: 'yes',
  })
  @IsIn(VOTE_CHOICES, { message: choiceMessage(VOTE_CHOICES) })
  vote!: (typeof VOTE_CHOICES)[number];
}
