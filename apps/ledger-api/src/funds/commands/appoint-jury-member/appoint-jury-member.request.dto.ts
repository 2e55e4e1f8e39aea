import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsEntityId } from '../../../common/validation';
import { choiceMessage, JURY_GROUPS } from '../../shared/domain-choices';
import { IsBoundedText, TEXT_LENGTH_MAX } from '../../shared/request-fields';

/** The body of the request: appoint a jury member. */
export class AppointJuryMemberRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new jury member; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'member-03',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  memberId?: string;

  @ApiProperty({
    description: 'Name of the member',
    example: 'Dr. Aylin Yilmaz',
    maxLength: TEXT_LENGTH_MAX.name,
  })
  @IsBoundedText(TEXT_LENGTH_MAX.name)
  name!: string;

  @ApiProperty({ description: 'The group the member sits for', enum: JURY_GROUPS, example: 'private-actor' })
  @IsIn(JURY_GROUPS, { message: choiceMessage(JURY_GROUPS) })
  group!: (typeof JURY_GROUPS)[number];
}
