import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@fund-ledger/config';

/**
 * How the web application signs in: with the identity provider named (authorization code flow with
 * PKCE), with the local development sign-in, or not at all (the service takes tokens issued elsewhere).
 */
export type SignInMethod =
  | { readonly method: 'oidc'; readonly issuerUrl: string; readonly clientId: string; readonly scope: string }
  | { readonly method: 'development' | 'none' };

export class DevelopmentTokenRequestDto {
  @ApiProperty({ enum: ROLES, example: 'treasurer' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @ApiProperty({
    description:
      'Who signs in: the subject that goes into every event as the actor; a jury member signs in as the subject recorded when they were appointed',
    example: 'anna.kaemmerei',
  })
  @IsString({ message: 'subject must be a text' })
  @MinLength(1, { message: 'subject must not be empty' })
  @MaxLength(100, { message: 'subject must be at most 100 characters long' })
  @Matches(/^\S(.*\S)?$/, { message: 'subject must not start or end with white space' })
  subject!: string;
}

export class DevelopmentTokenResponse {
  @ApiProperty({ description: 'A bearer token for the Authorization header' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'When the token expires', example: '2024-06-30T18:00:00.000Z' })
  expiresAt!: string;
}
