import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExcludeEndpoint,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import { resolveJwtVerificationKey, webSignInOf, type Settings } from '@fund-ledger/config';
import { signDevelopmentToken } from '@fund-ledger/config/development-token';
import { CLOCK, type Clock } from '../../common/clock';
import { ProblemException } from '../../common/problems/problem.exception';
import { SETTINGS } from '../../config/settings.module';
import { Public } from '../auth.decorators';
import { DevelopmentTokenRequestDto, DevelopmentTokenResponse, type SignInMethod } from './sign-in.dto';

/** A working day: as long as `ledger-cli token` signs by default. */
export const DEVELOPMENT_TOKEN_LIFETIME_SECONDS = 8 * 3600;
const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * How the web application signs people in. With an identity provider configured, the browser runs the
 * OpenID Connect code flow with PKCE against it and the service only verifies the tokens. Without one,
 * while the service runs on its local secret (never with NODE_ENV=production), a development sign-in
 * mints a token for a chosen role and subject, like `ledger-cli token`, for requests from this machine only.
 */
@ApiTags('Sign-in')
@Controller('auth')
@Public()
export class SignInHttpController {
  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Left out of the OpenAPI document, like the health checks: it is how the web application starts,
   * not part of the ledger's API, and answers the same to everyone.
   */
  @Get('sign-in-method')
  @ApiExcludeEndpoint()
  method(): SignInMethod {
    const oidc = this.settings.oidc;
    if (oidc !== undefined) {
      return { method: 'oidc', issuerUrl: oidc.issuerUrl, clientId: oidc.clientId, scope: oidc.scope };
    }
    return { method: webSignInOf(this.settings) === 'development' ? 'development' : 'none' };
  }

  @Post('development-token')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Development sign-in: a token for a chosen role and subject',
    description: `Exists only while the service runs with its local secret (no JWT_SECRET, no JWKS_URL, NODE_ENV not production), and only for requests from this machine; otherwise 404. The token lasts ${DEVELOPMENT_TOKEN_LIFETIME_SECONDS / 3600} hours. No token needed.`,
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'A unique value per sign-in' })
  @ApiOkResponse({ type: DevelopmentTokenResponse })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid' })
  @ApiNotFoundResponse({ description: 'The development sign-in does not exist on this service' })
  async developmentToken(
    @Body() body: DevelopmentTokenRequestDto,
    @Req() request: IncomingMessage,
  ): Promise<DevelopmentTokenResponse> {
    this.assertDevelopmentSignIn(request);
    const key = resolveJwtVerificationKey(this.settings);
    if (key.kind !== 'secret') throw new Error('The development sign-in needs the local secret');
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    const accessToken = await signDevelopmentToken({
      secret: key.secret,
      subject: body.subject,
      role: body.role,
      lifetimeSeconds: DEVELOPMENT_TOKEN_LIFETIME_SECONDS,
      issuedAt,
      ...(this.settings.jwt.issuer !== undefined ? { issuer: this.settings.jwt.issuer } : {}),
      ...(this.settings.jwt.audience !== undefined ? { audience: this.settings.jwt.audience } : {}),
    });
    const expiresAt = new Date((issuedAt + DEVELOPMENT_TOKEN_LIFETIME_SECONDS) * 1000).toISOString();
    return { accessToken, tokenType: 'Bearer', expiresAt };
  }

  private assertDevelopmentSignIn(request: IncomingMessage): void {
    if (webSignInOf(this.settings) !== 'development') {
      throw ProblemException.of('notFound', {
        detail:
          'The development sign-in exists only while the service runs with its local secret, never with NODE_ENV=production',
      });
    }
    if (!LOOPBACK_ADDRESSES.has(request.socket.remoteAddress ?? '')) {
      throw ProblemException.of('notFound', {
        detail: 'The development sign-in answers only requests from the machine the service runs on',
      });
    }
  }
}
