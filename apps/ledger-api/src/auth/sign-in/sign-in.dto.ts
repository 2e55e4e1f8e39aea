import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@fund-ledger/config';

export class SignInMethodResponse {
  @ApiProperty({
    description:
      '`oidc`: sign in with the identity provider below (authorization code flow with PKCE); `development`: the local development sign-in (POST /auth/development-token); `none`: the service takes tokens issued elsewhere',
    enum: ['oidc', 'development', 'none'],
    example: 'oidc',
  })
  method!: 'oidc' | 'development' | 'none';

  @ApiPropertyOptional({
    description: "The identity provider's issuer URL",
    example: 'https://id.example/realms/city',
  })
  issuerUrl?: string;

  @ApiPropertyOptional({ description: 'The public client id of the web application', example: 'ledger-web' })
  clientId?: string;

  @ApiPropertyOptional({ description: 'The scopes to ask for', example: 'openid profile' })
  scope?: string;
}

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
