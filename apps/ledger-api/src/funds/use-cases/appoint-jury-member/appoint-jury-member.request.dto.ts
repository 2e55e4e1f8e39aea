import { JURY_GROUPS, IDENTITY_LENGTH_MAX, TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsEntityId } from '../../../common/validation';
import { choiceMessage, IsSingleLineText } from '../../request-fields/request-fields';

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
  @IsSingleLineText(TEXT_LENGTH_MAX.name)
  name!: string;

  @ApiProperty({ description: 'The group the member sits for', enum: JURY_GROUPS, example: 'private-actor' })
  @IsIn(JURY_GROUPS, { message: choiceMessage(JURY_GROUPS) })
  group!: (typeof JURY_GROUPS)[number];

  @ApiProperty({
    description:
      "The subject of the person's account (the `sub` of their tokens): only this person may vote, declare conflicts and read the board as this member. It identifies, it is not shown as a name",
    example: 'a.yilmaz',
    maxLength: IDENTITY_LENGTH_MAX,
  })
  @IsSingleLineText(IDENTITY_LENGTH_MAX)
  subject!: string;

  @ApiPropertyOptional({
    description:
      "The issuer of the person's account (the `iss` of their tokens). Required when tokens come from an identity provider (JWKS_URL or JWT_ISSUER is set), and then equal to JWT_ISSUER when that is set",
    example: 'https://login.dortmund.example/realms/city',
    maxLength: IDENTITY_LENGTH_MAX,
  })
  @IsOptional()
  @IsSingleLineText(IDENTITY_LENGTH_MAX)
  issuer?: string;
}
