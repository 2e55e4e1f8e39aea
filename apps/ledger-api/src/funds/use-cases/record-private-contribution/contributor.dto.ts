import { CONTRIBUTOR_KINDS, TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { choiceMessage, IsSingleLineText } from '../../request-fields/request-fields';

/** Who paid private money into the fund. */
export class ContributorDto {
  @ApiProperty({
    description: 'Name of the contributor',
    example: 'ISG Westenhellweg e.V.',
    maxLength: TEXT_LENGTH_MAX.name,
  })
  @IsSingleLineText(TEXT_LENGTH_MAX.name)
  name!: string;

  @ApiProperty({
    description: 'Kind of contributor',
    enum: CONTRIBUTOR_KINDS,
    example: 'business-improvement-district',
  })
  @IsIn(CONTRIBUTOR_KINDS, { message: choiceMessage(CONTRIBUTOR_KINDS) })
  kind!: (typeof CONTRIBUTOR_KINDS)[number];
}
