import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { SignInHttpController } from './sign-in/sign-in.http.controller';
import { TokenVerifier } from './token-verifier';

/**
 * Installs the global authentication guard (routes opt out with `@Public()` and narrow with `@Roles()`)
 * and tells the web application how to sign in.
 */
@Module({
  controllers: [SignInHttpController],
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenVerifier],
})
export class AuthModule {}
